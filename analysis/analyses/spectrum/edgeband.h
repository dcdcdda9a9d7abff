#pragma once

#include <Eigen/Core>

namespace core {

/// FPGM's edge region of a binary mask (values 0 and 1): the 3x3 Sobel magnitude with zero padding,
/// a 3x3 max-filter dilation (pixels outside the mask do not count) and the threshold > 0.5. On a
/// straight boundary the band is 4 pixels wide, 2 on each side. Returns 1 inside the band, else 0.
Eigen::MatrixXd edgeBand(const Eigen::Ref<const Eigen::MatrixXd> &mask);

} // namespace core

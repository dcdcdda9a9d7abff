#pragma once

#include "data/tensor.h"

#include <Eigen/Core>

#include <string>
#include <vector>

namespace core {

/// One real plane of an image: the grey luma or one colour channel, in double precision.
struct ImagePlane
{
    std::string name; ///< "grey", "red", "green" or "blue"
    Eigen::MatrixXd values;
};

/// How colour images become planes: one luma plane (0.299 R + 0.587 G + 0.114 B, ITU-R BT.601, in
/// double precision, alpha ignored) or R, G and B separately. Grey images give one plane "grey" either way.
enum class PlaneMode { Grey, PerChannel };

/// Splits an image tensor (H, W), (H, W, 1), (H, W, 3) or (H, W, 4) into planes. `what` names the image
/// in errors. Throws AnalysisError for other shapes, more than 64 M pixels and NaN/Inf pixels.
std::vector<ImagePlane> imagePlanes(const Tensor &image, PlaneMode mode, const std::string &what = "image");

/// A plane resized to rows x cols by OpenCV's bilinear INTER_LINEAR (pixel centres aligned, as
/// torch's interpolate with align_corners=False for upscaling).
Eigen::MatrixXd resizeBilinear(const Eigen::Ref<const Eigen::MatrixXd> &plane, Eigen::Index rows, Eigen::Index cols);

/// The planes as one float64 tensor: (H, W) for one plane, (H, W, C) otherwise.
Tensor planesToTensor(const std::vector<ImagePlane> &planes);

} // namespace core

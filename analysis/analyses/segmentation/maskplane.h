#pragma once

#include "analyses/segmentation/binarymask.h"
#include "data/tensor.h"

#include <Eigen/Core>

#include <string>
#include <vector>

namespace core {

/// One mask (or probability map, logits, label map) as a plane of doubles: (H, W), (H, W, 1), or
/// (H, W, 3|4) whose colour channels are equal (a grey PNG saved as RGB). Throws AnalysisError naming
/// `what` for other shapes, colour masks and NaN/Inf.
Eigen::MatrixXd maskPlane(const Tensor &tensor, const std::string &what);

/// Nearest-neighbour resize of a plane to rows × cols (OpenCV's INTER_NEAREST: source index
/// floor(destination index × source size / destination size)).
Eigen::MatrixXd resizeNearest(const Eigen::MatrixXd &plane, Eigen::Index rows, Eigen::Index cols);

/// Foreground where the value is above `threshold` (0: any positive value).
BinaryMask thresholdMask(const Eigen::Ref<const Eigen::MatrixXd> &plane, double threshold);
/// Where the value equals `label`.
BinaryMask labelMask(const Eigen::Ref<const Eigen::MatrixXd> &plane, double label);
/// For binary mode: a warning when a ground-truth plane holds more than two values (a label map or
/// an anti-aliased mask, where every value above the threshold counts as foreground), else "".
std::string binaryMaskWarning(const Eigen::Ref<const Eigen::MatrixXd> &plane, const std::string &what);

/// The distinct positive values of the planes, sorted (the classes of label maps; 0 is background).
/// Throws AnalysisError for non-integer values or more than `maximum` classes.
std::vector<double> labelValues(const std::vector<const Eigen::MatrixXd *> &planes, int maximum);

} // namespace core

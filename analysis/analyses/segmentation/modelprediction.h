#pragma once

#include "data/tensor.h"

#include <Eigen/Core>

#include <string>
#include <vector>

namespace core {

class TorchScriptModule;

/// How seg.dataset feeds images to a TorchScript segmentation model, written into the result so that
/// the run can be repeated.
struct ModelPreprocessing
{
    int size = 0;                      ///< resize to size × size (bilinear) first; 0 keeps the image's size
    std::vector<double> mean{0.0};     ///< per channel (one value: every channel), after scaling to 0 … 1
    std::vector<double> std{1.0};
    enum class Activation { Sigmoid, Softmax, None } activation = Activation::Sigmoid;
};

/// Runs the model on one image: scaled to 0 … 1 (8-bit / 255, 16-bit / 65535, floats as they are),
/// resized, normalised ((x − mean) / std), laid out (1, C, H, W) in float32. The output (1, K, h, w)
/// or (K, h, w) or (h, w) becomes a plane at the mask's size (nearest neighbour): K = 1 the
/// sigmoid probability (or the logit with no activation), K > 1 the arg-max class (softmax).
/// Throws AnalysisError naming the image for an output that does not fit.
Eigen::MatrixXd predictMask(const TorchScriptModule &model, const Tensor &image, const ModelPreprocessing &pre,
                            Eigen::Index maskRows, Eigen::Index maskCols, const std::string &name);

} // namespace core

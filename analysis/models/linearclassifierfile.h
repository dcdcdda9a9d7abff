#pragma once

#include <Eigen/Core>

#include <string>

namespace core {

/// Writes a TorchScript linear classifier, forward(x) = x.flatten(1) weightᵀ + bias (weight: classes x
/// features), to `path` through the LibTorch module (loaded on first use). Examples use it to hand a
/// generated classifier to analyses that read TorchScript files. Throws AnalysisError (with LibTorch's
/// message) if it cannot be written, ModuleUnavailableError without the module.
void writeLinearClassifier(const std::string &path, const Eigen::Ref<const Eigen::MatrixXd> &weight,
                           const Eigen::Ref<const Eigen::VectorXd> &bias);

} // namespace core

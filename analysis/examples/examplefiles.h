#pragma once

#include "data/tensor.h"

#include <Eigen/Core>

#include <string>

namespace core {

/// Writes `values` as a float64 .npy at `path`, atomically (a generated input of an example).
void writeExampleNpy(const Eigen::MatrixXd &values, const std::string &path);
/// Writes any tensor as .npy (its dtype and shape) at `path`, atomically.
void writeExampleNpy(const Tensor &tensor, const std::string &path);

} // namespace core

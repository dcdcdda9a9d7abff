#pragma once

#include "registry/parameterspec.h"
#include "registry/parametervalues.h"

#include <Eigen/Core>

#include <cstdint>
#include <vector>

namespace core {

/// Parameters and helpers that every mutual-information analysis (mi.*) shares.
ParameterSpec unitsParameter();
ParameterSpec surrogatesParameter();
/// Converts nats to the chosen unit ("units": nats or bits).
double inUnits(double nats, const ParameterValues &params);
/// Rows (labels) reordered: row i becomes row permutation[i], for permutation surrogates.
Eigen::MatrixXd permutedRows(const Eigen::MatrixXd &values, const std::vector<int> &permutation);
std::vector<std::int64_t> permutedLabels(const std::vector<std::int64_t> &labels, const std::vector<int> &permutation);

inline constexpr const char *kNanPolicy = " Samples with NaN or Inf are refused with an error (remove them first).";

} // namespace core

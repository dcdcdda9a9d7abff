#pragma once

#include "registry/dataobject.h"

#include <Eigen/Core>

#include <cstdint>
#include <string>
#include <vector>

namespace core {

/// The array an input holds: its tensor, or the only array of a collection. Throws AnalysisError
/// naming `slot` (and the CLI's FILE::ARRAY form) if a collection holds none or several.
Tensor singleTensor(const DataObject &data, const std::string &slot);
/// An (N, ...) array as an N x d double matrix (trailing axes flattened per sample; 1-d = one column).
/// A collection holding exactly one array is accepted too. Throws AnalysisError naming `slot`.
Eigen::MatrixXd sampleMatrix(const DataObject &data, const std::string &slot);
Eigen::MatrixXd sampleMatrix(const Tensor &tensor, const std::string &slot);
/// Integer labels: an (N,) integer array, an (N,) float array of whole numbers, or (N, K) one-hot rows
/// (their arg-max). Throws AnalysisError naming `slot`.
std::vector<std::int64_t> labelVector(const DataObject &data, const std::string &slot);
std::vector<std::int64_t> labelVector(const Tensor &tensor, const std::string &slot);
/// One symbol per row: identical rows get the same symbol (0, 1, ... in order of first appearance).
std::vector<std::int64_t> rowSymbols(const Eigen::Ref<const Eigen::MatrixXd> &rows);

} // namespace core

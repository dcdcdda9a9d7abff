#pragma once

#include <Eigen/Core>

#include <cstdint>
#include <string>

namespace core {

/// Projects the rows of `values` onto `dimension` directions before a k-NN estimate, in the spirit
/// of Butakov et al. (2023): "pca" keeps the leading principal components (of the centred data),
/// "random" uses a Gaussian random matrix with orthonormalised columns (seeded). Data already
/// at or below `dimension` columns are returned unchanged.
Eigen::MatrixXd projectRows(const Eigen::Ref<const Eigen::MatrixXd> &values, int dimension, const std::string &method,
                            std::uint64_t seed);

} // namespace core

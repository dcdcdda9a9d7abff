#pragma once

#include <Eigen/Core>

namespace core {

/// Eigenvalues (descending) and orthonormal eigenvectors (columns, in the same order) of a real symmetric matrix.
struct SymmetricEigen
{
    Eigen::VectorXd values;
    Eigen::MatrixXd vectors;
};

/// The eigen-decomposition of the symmetric matrix whose lower triangle `lower` holds, by LAPACK's dsyevr
/// (relatively robust representations; the system LAPACK, OpenBLAS's on Debian). For n = 256 it takes a third
/// of Eigen's SelfAdjointEigenSolver's time, which matters beside a Gram matrix formed at the BLAS's speed.
/// Throws std::runtime_error when LAPACK reports a failure.
SymmetricEigen symmetricEigen(const Eigen::Ref<const Eigen::MatrixXd> &lower);

} // namespace core

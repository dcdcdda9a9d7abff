#pragma once

#include <Eigen/Core>

#include <string>

namespace core {

/// Eigenpairs of a real square operator, by |λ| descending; conjugate pairs with the positive
/// imaginary part first (the order DMD and EDMD report and the fixtures use).
struct SortedEigen
{
    Eigen::VectorXcd values;
    Eigen::MatrixXcd vectors; ///< column k for values[k]
};

/// Throws AnalysisError naming `what` if the eigensolver does not converge.
SortedEigen sortedEigen(const Eigen::Ref<const Eigen::MatrixXd> &matrix, const std::string &what);

} // namespace core

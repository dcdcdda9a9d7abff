#include "analyses/koopman/sortedeigen.h"

#include "errors/analysiserror.h"

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <numeric>
#include <vector>

namespace core {

SortedEigen sortedEigen(const Eigen::Ref<const Eigen::MatrixXd> &matrix, const std::string &what)
{
    const Eigen::EigenSolver<Eigen::MatrixXd> eigen(matrix);
    if (eigen.info() != Eigen::Success)
        throw AnalysisError("the eigenvalues of " + what + " did not converge");
    const Eigen::VectorXcd lambda = eigen.eigenvalues();
    const Eigen::Index n = lambda.size();
    std::vector<Eigen::Index> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), Eigen::Index(0));
    std::stable_sort(order.begin(), order.end(), [&](Eigen::Index a, Eigen::Index b) {
        if (std::abs(lambda[a]) != std::abs(lambda[b]))
            return std::abs(lambda[a]) > std::abs(lambda[b]);
        return lambda[a].imag() > lambda[b].imag();
    });
    SortedEigen sorted;
    sorted.values.resize(n);
    sorted.vectors.resize(n, n);
    for (Eigen::Index k = 0; k < n; ++k) {
        sorted.values[k] = lambda[order[std::size_t(k)]];
        sorted.vectors.col(k) = eigen.eigenvectors().col(order[std::size_t(k)]);
    }
    return sorted;
}

} // namespace core

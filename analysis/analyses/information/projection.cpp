#include "analyses/information/projection.h"

#include "errors/analysiserror.h"

#include <Eigen/Eigenvalues>
#include <Eigen/QR>

#include <random>

namespace core {

Eigen::MatrixXd projectRows(const Eigen::Ref<const Eigen::MatrixXd> &values, int dimension, const std::string &method,
                            std::uint64_t seed)
{
    if (dimension < 1)
        throw AnalysisError("the projection dimension must be at least 1");
    if (values.cols() <= dimension)
        return values;
    const Eigen::MatrixXd centred = values.rowwise() - values.colwise().mean();
    Eigen::MatrixXd basis;
    if (method == "pca") {
        const Eigen::MatrixXd covariance = centred.transpose() * centred / double(std::max<Eigen::Index>(1, values.rows() - 1));
        const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(covariance);
        basis = solver.eigenvectors().rightCols(dimension).rowwise().reverse(); // largest variance first
    } else if (method == "random") {
        std::mt19937_64 generator(seed);
        std::normal_distribution<double> normal;
        Eigen::MatrixXd gaussian(values.cols(), dimension);
        for (Eigen::Index i = 0; i < gaussian.size(); ++i)
            gaussian.data()[i] = normal(generator);
        const Eigen::HouseholderQR<Eigen::MatrixXd> qr(gaussian);
        basis = qr.householderQ() * Eigen::MatrixXd::Identity(values.cols(), dimension);
    } else {
        throw AnalysisError("unknown projection '" + method + "' (pca or random)");
    }
    return centred * basis;
}

} // namespace core

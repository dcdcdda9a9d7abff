#include "analyses/information/gaussianinformation.h"

#include "errors/analysiserror.h"

#include <Eigen/Cholesky>

#include <cmath>

namespace core {

namespace {

double logDeterminant(const Eigen::MatrixXd &covariance, const char *what)
{
    const Eigen::LLT<Eigen::MatrixXd> cholesky(covariance);
    if (cholesky.info() != Eigen::Success)
        throw AnalysisError(std::string("the covariance of ") + what
                            + " is singular (a constant or duplicated column?); Gaussian MI is undefined");
    return 2.0 * cholesky.matrixL().toDenseMatrix().diagonal().array().log().sum();
}

} // namespace

double gaussianMutualInformation(const Eigen::Ref<const Eigen::MatrixXd> &x, const Eigen::Ref<const Eigen::MatrixXd> &y)
{
    if (x.rows() != y.rows())
        throw AnalysisError("x has " + std::to_string(x.rows()) + " samples but y has " + std::to_string(y.rows()));
    if (x.rows() < x.cols() + y.cols() + 1)
        throw AnalysisError("too few samples for the covariance of " + std::to_string(x.cols() + y.cols()) + " dimensions");
    if (!x.allFinite() || !y.allFinite())
        throw AnalysisError("Gaussian MI refuses NaN or infinite values");
    Eigen::MatrixXd joint(x.rows(), x.cols() + y.cols());
    joint << x, y;
    const Eigen::MatrixXd centred = joint.rowwise() - joint.colwise().mean();
    const Eigen::MatrixXd covariance = centred.transpose() * centred / double(joint.rows() - 1);
    const Eigen::Index dx = x.cols();
    const Eigen::Index dy = y.cols();
    return 0.5 * (logDeterminant(covariance.topLeftCorner(dx, dx), "x") + logDeterminant(covariance.bottomRightCorner(dy, dy), "y")
                  - logDeterminant(covariance, "(x, y)"));
}

} // namespace core

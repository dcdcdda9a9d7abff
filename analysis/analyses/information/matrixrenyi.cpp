#include "analyses/information/matrixrenyi.h"

#include "errors/analysiserror.h"

#include <Eigen/Eigenvalues>

#include <cmath>

namespace core {

Eigen::MatrixXd gaussianGram(const Eigen::Ref<const Eigen::MatrixXd> &values, double sigma)
{
    if (!(sigma > 0.0))
        throw AnalysisError("the kernel width must be positive");
    const Eigen::VectorXd norms = values.rowwise().squaredNorm();
    Eigen::MatrixXd distances = (-2.0 * values * values.transpose()).rowwise() + norms.transpose();
    distances.colwise() += norms;
    return (-distances.cwiseMax(0.0) / (2.0 * sigma * sigma)).array().exp().matrix();
}

double silvermanWidth(const Eigen::Ref<const Eigen::MatrixXd> &values)
{
    const double mean = values.mean();
    const double std = std::sqrt((values.array() - mean).square().mean());
    if (!(std > 0.0))
        throw AnalysisError("a constant variable has no kernel width (Silverman's rule gives 0)");
    return 1.06 * std * std::pow(double(values.rows()), -0.2);
}

double renyiEntropy(const Eigen::Ref<const Eigen::MatrixXd> &gram, double alpha)
{
    if (!(alpha > 0.0))
        throw AnalysisError("alpha must be positive");
    const Eigen::MatrixXd a = gram / gram.trace();
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(a, Eigen::EigenvaluesOnly);
    if (solver.info() != Eigen::Success)
        throw AnalysisError("the eigen-decomposition of the Gram matrix did not converge");
    const Eigen::VectorXd lambda = solver.eigenvalues().cwiseMax(0.0); // rounding can make PSD eigenvalues negative
    if (std::abs(alpha - 1.0) < 1e-12) {
        double h = 0.0;
        for (Eigen::Index i = 0; i < lambda.size(); ++i)
            if (lambda(i) > 0.0)
                h -= lambda(i) * std::log2(lambda(i));
        return h;
    }
    return std::log2(lambda.array().pow(alpha).sum()) / (1.0 - alpha);
}

RenyiTerms renyiTerms(const Eigen::Ref<const Eigen::MatrixXd> &gramX, const Eigen::Ref<const Eigen::MatrixXd> &gramY, double alpha)
{
    if (gramX.rows() != gramY.rows())
        throw AnalysisError("x and y have different numbers of samples");
    RenyiTerms terms;
    terms.entropyX = renyiEntropy(gramX, alpha);
    terms.entropyY = renyiEntropy(gramY, alpha);
    terms.jointEntropy = renyiEntropy(gramX.cwiseProduct(gramY), alpha);
    terms.mutualInformation = terms.entropyX + terms.entropyY - terms.jointEntropy;
    return terms;
}

double renyiMutualInformation(const Eigen::Ref<const Eigen::MatrixXd> &gramX, const Eigen::Ref<const Eigen::MatrixXd> &gramY,
                              double alpha)
{
    return renyiTerms(gramX, gramY, alpha).mutualInformation;
}

double cauchySchwarzMutualInformation(const Eigen::Ref<const Eigen::MatrixXd> &gramX, const Eigen::Ref<const Eigen::MatrixXd> &gramY)
{
    if (gramX.rows() != gramY.rows())
        throw AnalysisError("x and y have different numbers of samples");
    const double n = double(gramX.rows());
    const double joint = gramX.cwiseProduct(gramY).sum() / (n * n);
    const double marginals = gramX.sum() * gramY.sum() / (n * n * n * n);
    const double cross = (gramX.colwise().sum() * gramY.rowwise().sum()).value() / (n * n * n);
    return std::log2(joint * marginals / (cross * cross));
}

} // namespace core

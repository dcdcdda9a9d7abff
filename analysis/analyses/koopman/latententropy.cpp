#include "analyses/koopman/latententropy.h"

#include "errors/analysiserror.h"

#include <Eigen/Eigenvalues>

#include <cmath>

namespace core {

LatentEntropy latentEntropy(const Eigen::Ref<const Eigen::MatrixXd> &latents)
{
    if (latents.rows() < 2 || latents.cols() < 1)
        throw AnalysisError("the von Neumann entropy needs at least 2 latent vectors; got "
                            + std::to_string(latents.rows()));
    if (!latents.allFinite())
        throw AnalysisError("the latents hold NaN or Inf");
    const Eigen::MatrixXd centred = latents.rowwise() - latents.colwise().mean();
    Eigen::MatrixXd sigma = centred.transpose() * centred / double(latents.rows() - 1);
    sigma.diagonal().array() += 1e-8;
    const Eigen::MatrixXd rho = sigma / sigma.trace();
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(rho, Eigen::EigenvaluesOnly);
    LatentEntropy result;
    result.spectrum = eigen.eigenvalues().reverse().cwiseMax(1e-8);
    for (Eigen::Index i = 0; i < result.spectrum.size(); ++i)
        result.entropy -= result.spectrum[i] * std::log(result.spectrum[i]);
    result.effectiveRank = std::exp(result.entropy);
    return result;
}

} // namespace core

#pragma once

#include <Eigen/Core>

namespace core {

/// The information in a set of latents (rows as samples): what "Information Shapes Koopman
/// Representation" (Cheng et al., ICLR 2026) regularises.
struct LatentEntropy
{
    double entropy = 0.0;       ///< S = −Σ λ ln λ of ρ = Σ / tr Σ (nats), in [0, ln H]
    double effectiveRank = 0.0; ///< exp(S): 1 for a line, H for isotropic latents
    Eigen::VectorXd spectrum;   ///< eigenvalues of ρ, descending (sum 1)
};

/// Σ = ZᵀZ/(N−1) + 1e-8·I of the centred rows, ρ = Σ / tr Σ, eigenvalues clamped at ≥ 1e-8, as the
/// paper's code (model/physical_simulation/base.py). Throws AnalysisError for fewer than 2 rows or
/// NaN/Inf.
LatentEntropy latentEntropy(const Eigen::Ref<const Eigen::MatrixXd> &latents);

} // namespace core

#pragma once

#include <Eigen/Core>

namespace core {

/// Matrix-based Rényi α-entropy (Sánchez Giraldo, Rao & Príncipe 2015; Yu et al.) and the
/// Cauchy–Schwarz quadratic MI (Yu et al., ICLR 2024), on Gaussian Gram matrices
/// K_ij = exp(−‖x_i − x_j‖² / (2σ²)). All results in bits.
///   A = K / tr K,  S_α(A) = log2(Σ λ_i^α) / (1 − α)  (α = 1: −Σ λ log2 λ),  eigenvalues clipped at 0
///   I_α(X;Y) = S_α(A_x) + S_α(A_y) − S_α(A_x ∘ A_y / tr(A_x ∘ A_y))
///   I_CS(X;Y) = log2[ (ΣKx∘Ky / N²) (ΣKx ΣKy / N⁴) / (1ᵀ Kx Ky 1 / N³)² ]
Eigen::MatrixXd gaussianGram(const Eigen::Ref<const Eigen::MatrixXd> &values, double sigma);
/// Silverman-style width used by default: σ = 1.06 · std · N^(−1/5), std over all entries (ddof 0).
double silvermanWidth(const Eigen::Ref<const Eigen::MatrixXd> &values);
double renyiEntropy(const Eigen::Ref<const Eigen::MatrixXd> &gram, double alpha);
/// The three entropies and the MI of one Rényi estimate (bits).
struct RenyiTerms
{
    double entropyX = 0.0;
    double entropyY = 0.0;
    double jointEntropy = 0.0;
    double mutualInformation = 0.0;
};
RenyiTerms renyiTerms(const Eigen::Ref<const Eigen::MatrixXd> &gramX, const Eigen::Ref<const Eigen::MatrixXd> &gramY, double alpha);
double renyiMutualInformation(const Eigen::Ref<const Eigen::MatrixXd> &gramX, const Eigen::Ref<const Eigen::MatrixXd> &gramY,
                              double alpha);
double cauchySchwarzMutualInformation(const Eigen::Ref<const Eigen::MatrixXd> &gramX, const Eigen::Ref<const Eigen::MatrixXd> &gramY);

} // namespace core

#pragma once

#include <Eigen/Core>

#include <vector>

namespace core {

/// FPGM's frequency perturbation of one plane (Xi, Liu & Li 2025, FreqPerturbation): the radial
/// amplitude profile P_u of the plane's orthonormal, fftshifted amplitude is mixed in shape with the
/// prior, p_mix = (1 - gamma) P_u / (E_u + eps) + gamma P_prior / (sum P_prior + eps) with
/// E_u = sum P_u and eps = 1e-6, rescaled by E_u, and written to every frequency at its radius (radii
/// beyond the profile take its last bin), so the new amplitude is isotropic; the plane's phase is kept
/// and the real part of the inverse DFT returned. gamma = 0 returns the plane unchanged, as the
/// reference does. Throws AnalysisError if the prior's length is not min(H//2, W//2).
Eigen::MatrixXd fpgmPerturbPlane(const Eigen::Ref<const Eigen::MatrixXd> &plane, const std::vector<double> &prior,
                                 double gamma);

} // namespace core

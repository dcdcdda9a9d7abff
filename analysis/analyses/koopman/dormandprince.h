#pragma once

#include "task/canceltoken.h"

#include <Eigen/Core>

#include <functional>

namespace core {

/// dx/dt = f(x) (autonomous): writes f(x) into its second argument.
using VectorField = std::function<void(const Eigen::Ref<const Eigen::VectorXd> &, Eigen::Ref<Eigen::VectorXd>)>;

struct IntegratorOptions
{
    double relativeTolerance = 1e-10;
    double absoluteTolerance = 1e-12;
    long maximumSteps = 50'000'000; ///< internal steps over the whole run: refuses a stiff system rather than hang
};

/// Integrates x' = f(x) from x0 with the Dormand–Prince 5(4) pair (Hairer, Nørsett & Wanner, Solving
/// ODEs I, Table 5.2): adaptive steps under the error norm max_i |e_i| / (atol + rtol·max(|x_i|, |x̂_i|)),
/// step factor 0.9·err^(−1/5) clamped to [0.2, 5], every output time t_k = k·dt hit exactly (the step
/// is shortened to it). Returns the (dim × (steps + 1)) snapshots, x0 first. Throws AnalysisError if
/// the state leaves the finite numbers or the step budget is spent; polls `cancel` between outputs.
Eigen::MatrixXd integrateDormandPrince(const VectorField &f, const Eigen::Ref<const Eigen::VectorXd> &x0, double dt,
                                       int steps, const CancelToken &cancel, const IntegratorOptions &options = {});

} // namespace core

#include "analyses/koopman/dormandprince.h"

#include "errors/analysiserror.h"

#include <algorithm>
#include <cmath>

namespace core {

namespace {

// Butcher tableau of Dormand & Prince (1980), RK5(4)7M.
constexpr double c2 = 1.0 / 5, c3 = 3.0 / 10, c4 = 4.0 / 5, c5 = 8.0 / 9;
constexpr double a21 = 1.0 / 5;
constexpr double a31 = 3.0 / 40, a32 = 9.0 / 40;
constexpr double a41 = 44.0 / 45, a42 = -56.0 / 15, a43 = 32.0 / 9;
constexpr double a51 = 19372.0 / 6561, a52 = -25360.0 / 2187, a53 = 64448.0 / 6561, a54 = -212.0 / 729;
constexpr double a61 = 9017.0 / 3168, a62 = -355.0 / 33, a63 = 46732.0 / 5247, a64 = 49.0 / 176, a65 = -5103.0 / 18656;
constexpr double b1 = 35.0 / 384, b3 = 500.0 / 1113, b4 = 125.0 / 192, b5 = -2187.0 / 6784, b6 = 11.0 / 84;
// Error weights: 5th-order minus 4th-order solution (b − b̂).
constexpr double e1 = 71.0 / 57600, e3 = -71.0 / 16695, e4 = 71.0 / 1920, e5 = -17253.0 / 339200, e6 = 22.0 / 525,
                 e7 = -1.0 / 40;

} // namespace

Eigen::MatrixXd integrateDormandPrince(const VectorField &f, const Eigen::Ref<const Eigen::VectorXd> &x0, double dt,
                                       int steps, const CancelToken &cancel, const IntegratorOptions &options)
{
    if (!(dt > 0) || !std::isfinite(dt))
        throw AnalysisError("the time step must be a positive number, got " + std::to_string(dt));
    if (steps < 1)
        throw AnalysisError("at least one time step is needed");
    if (!x0.allFinite())
        throw AnalysisError("the initial state holds NaN or Inf");
    const Eigen::Index n = x0.size();
    (void)c2, (void)c3, (void)c4, (void)c5; // autonomous systems: the nodes are not needed
    Eigen::MatrixXd out(n, Eigen::Index(steps) + 1);
    out.col(0) = x0;
    Eigen::VectorXd x = x0, k1(n), k2(n), k3(n), k4(n), k5(n), k6(n), k7(n), stage(n), next(n), error(n);
    f(x, k1);
    double h = std::min(dt, 1e-3 * std::max(1.0, dt)); // small first try; the controller grows it
    long used = 0;
    for (int k = 1; k <= steps; ++k) {
        cancel.throwIfCancelled();
        double remaining = dt;
        while (remaining > 0) {
            const bool last = h >= remaining;
            const double step = last ? remaining : h;
            stage = x + step * a21 * k1;
            f(stage, k2);
            stage = x + step * (a31 * k1 + a32 * k2);
            f(stage, k3);
            stage = x + step * (a41 * k1 + a42 * k2 + a43 * k3);
            f(stage, k4);
            stage = x + step * (a51 * k1 + a52 * k2 + a53 * k3 + a54 * k4);
            f(stage, k5);
            stage = x + step * (a61 * k1 + a62 * k2 + a63 * k3 + a64 * k4 + a65 * k5);
            f(stage, k6);
            next = x + step * (b1 * k1 + b3 * k3 + b4 * k4 + b5 * k5 + b6 * k6);
            f(next, k7); // first-same-as-last: k1 of the next step
            error = step * (e1 * k1 + e3 * k3 + e4 * k4 + e5 * k5 + e6 * k6 + e7 * k7);
            double norm = 0;
            for (Eigen::Index i = 0; i < n; ++i) {
                const double scale = options.absoluteTolerance
                                     + options.relativeTolerance * std::max(std::abs(x[i]), std::abs(next[i]));
                norm = std::max(norm, std::abs(error[i]) / scale);
            }
            if (++used > options.maximumSteps)
                throw AnalysisError("the integrator needed more than " + std::to_string(options.maximumSteps)
                                    + " steps (a stiff or blowing-up system); use a smaller time span");
            if (!next.allFinite() || !std::isfinite(norm)) {
                if (step < 1e-14 * dt)
                    throw AnalysisError("the state left the finite numbers at t ≈ " + std::to_string((k - 1) * dt + dt - remaining)
                                        + " (the system blows up for these parameters)");
                h = step * 0.2;
                continue;
            }
            const double factor = norm == 0 ? 5.0 : std::clamp(0.9 * std::pow(norm, -0.2), 0.2, 5.0);
            if (norm <= 1.0) { // accepted
                x = next;
                k1 = k7;
                remaining = last ? 0.0 : remaining - step;
                if (!last || step == h)
                    h = step * factor; // a step shortened to the output time says little about the next
            } else {
                h = step * std::max(factor, 0.2);
                if (h < 1e-14 * dt)
                    throw AnalysisError("the integrator's step fell below 1e-14 × dt (a stiff or singular system)");
            }
        }
        out.col(k) = x;
    }
    return out;
}

} // namespace core

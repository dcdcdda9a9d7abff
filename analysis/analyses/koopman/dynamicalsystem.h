#pragma once

#include "analyses/koopman/dormandprince.h"

#include <Eigen/Core>

#include <complex>
#include <map>
#include <string>
#include <vector>

namespace core {

/// A built-in system for teaching and tests, integrated by integrateDormandPrince.
struct DynamicalSystem
{
    std::string id;        ///< "lorenz", "duffing", "vanderpol", "pendulum", "oscillator", "slowmanifold"
    std::string equations; ///< as the help text shows them
    std::vector<std::string> stateNames;
    std::vector<std::pair<std::string, double>> parameters; ///< name and value (defaults, or as given)
    Eigen::VectorXd initial;
    VectorField field;
    /// Continuous-time eigenvalues of the linearisation where known exactly (the oscillator and the
    /// slow manifold's Koopman eigenvalues), else empty.
    std::vector<std::complex<double>> knownEigenvalues;
};

/// The ids of the built-in systems, in menu order.
const std::vector<std::string> &dynamicalSystemIds();

/// The system `id` with `overrides` of its parameters ("rho" -> 20); throws AnalysisError for an
/// unknown system or parameter.
DynamicalSystem dynamicalSystem(const std::string &id, const std::map<std::string, double> &overrides = {});

/// "rho=20, beta=2.5" -> {"rho": 20, "beta": 2.5}; "" -> {}. Throws AnalysisError naming `what`.
std::map<std::string, double> namedNumbers(const std::string &text, const std::string &what);
/// "1, 1, 1" -> (1, 1, 1); "" -> an empty vector. Throws AnalysisError naming `what`.
Eigen::VectorXd numberVector(const std::string &text, const std::string &what);

} // namespace core

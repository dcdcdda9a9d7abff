#include "analyses/koopman/dynamicalsystem.h"

#include "errors/analysiserror.h"

#include <cmath>
#include <sstream>

namespace core {

namespace {

double value(const std::vector<std::pair<std::string, double>> &parameters, const std::string &name)
{
    for (const auto &[key, v] : parameters)
        if (key == name)
            return v;
    return 0.0;
}

DynamicalSystem describe(const std::string &id)
{
    DynamicalSystem s;
    s.id = id;
    if (id == "lorenz") {
        s.equations = "x' = σ(y − x), y' = x(ρ − z) − y, z' = xy − βz";
        s.stateNames = {"x", "y", "z"};
        s.parameters = {{"sigma", 10.0}, {"rho", 28.0}, {"beta", 8.0 / 3.0}};
        s.initial = Eigen::Vector3d(1.0, 1.0, 1.0);
    } else if (id == "duffing") {
        s.equations = "x' = v, v' = −δv − x(β + αx²) (Williams et al. 2015: δ = 0.5, β = −1, α = 1, two wells)";
        s.stateNames = {"x", "v"};
        s.parameters = {{"delta", 0.5}, {"beta", -1.0}, {"alpha", 1.0}};
        s.initial = Eigen::Vector2d(1.5, 0.0);
    } else if (id == "vanderpol") {
        s.equations = "x' = v, v' = μ(1 − x²)v − x (limit cycle, period ≈ 6.66 for μ = 1)";
        s.stateNames = {"x", "v"};
        s.parameters = {{"mu", 1.0}};
        s.initial = Eigen::Vector2d(2.0, 0.0);
    } else if (id == "pendulum") {
        s.equations = "θ' = ω, ω' = −(g/ℓ) sin θ − cω";
        s.stateNames = {"θ", "ω"};
        s.parameters = {{"g_over_l", 1.0}, {"damping", 0.1}};
        s.initial = Eigen::Vector2d(2.0, 0.0);
    } else if (id == "oscillator") {
        s.equations = "x' = v, v' = −2ζω₀v − ω₀²x (linear; eigenvalues −ζω₀ ± iω₀√(1 − ζ²))";
        s.stateNames = {"x", "v"};
        s.parameters = {{"zeta", 0.1}, {"omega0", 1.0}};
        s.initial = Eigen::Vector2d(1.0, 0.0);
    } else if (id == "slowmanifold") {
        s.equations = "x₁' = μx₁, x₂' = λ(x₂ − x₁²) (Koopman eigenvalues μ, λ, 2μ on {x₁, x₂, x₁²})";
        s.stateNames = {"x₁", "x₂"};
        s.parameters = {{"mu", -0.05}, {"lambda", -1.0}};
        s.initial = Eigen::Vector2d(1.0, 0.5);
    } else {
        std::string list;
        for (const std::string &known : dynamicalSystemIds())
            list += (list.empty() ? "" : ", ") + known;
        throw AnalysisError("unknown system '" + id + "'; choose one of " + list);
    }
    return s;
}

} // namespace

const std::vector<std::string> &dynamicalSystemIds()
{
    static const std::vector<std::string> ids = {"lorenz", "oscillator", "duffing", "vanderpol", "pendulum", "slowmanifold"};
    return ids;
}

DynamicalSystem dynamicalSystem(const std::string &id, const std::map<std::string, double> &overrides)
{
    DynamicalSystem s = describe(id);
    for (const auto &[name, v] : overrides) {
        bool found = false;
        for (auto &[key, current] : s.parameters)
            if (key == name) {
                current = v;
                found = true;
            }
        if (!found) {
            std::string list;
            for (const auto &[key, current] : s.parameters)
                list += (list.empty() ? "" : ", ") + key;
            throw AnalysisError("system '" + id + "' has no parameter '" + name + "' (it has " + list + ")");
        }
    }
    const auto &p = s.parameters;
    if (id == "lorenz") {
        const double sigma = value(p, "sigma"), rho = value(p, "rho"), beta = value(p, "beta");
        s.field = [=](const Eigen::Ref<const Eigen::VectorXd> &x, Eigen::Ref<Eigen::VectorXd> dx) {
            dx[0] = sigma * (x[1] - x[0]);
            dx[1] = x[0] * (rho - x[2]) - x[1];
            dx[2] = x[0] * x[1] - beta * x[2];
        };
    } else if (id == "duffing") {
        const double delta = value(p, "delta"), beta = value(p, "beta"), alpha = value(p, "alpha");
        s.field = [=](const Eigen::Ref<const Eigen::VectorXd> &x, Eigen::Ref<Eigen::VectorXd> dx) {
            dx[0] = x[1];
            dx[1] = -delta * x[1] - x[0] * (beta + alpha * x[0] * x[0]);
        };
    } else if (id == "vanderpol") {
        const double mu = value(p, "mu");
        s.field = [=](const Eigen::Ref<const Eigen::VectorXd> &x, Eigen::Ref<Eigen::VectorXd> dx) {
            dx[0] = x[1];
            dx[1] = mu * (1.0 - x[0] * x[0]) * x[1] - x[0];
        };
    } else if (id == "pendulum") {
        const double g = value(p, "g_over_l"), c = value(p, "damping");
        s.field = [=](const Eigen::Ref<const Eigen::VectorXd> &x, Eigen::Ref<Eigen::VectorXd> dx) {
            dx[0] = x[1];
            dx[1] = -g * std::sin(x[0]) - c * x[1];
        };
    } else if (id == "oscillator") {
        const double zeta = value(p, "zeta"), w = value(p, "omega0");
        s.field = [=](const Eigen::Ref<const Eigen::VectorXd> &x, Eigen::Ref<Eigen::VectorXd> dx) {
            dx[0] = x[1];
            dx[1] = -2.0 * zeta * w * x[1] - w * w * x[0];
        };
        const std::complex<double> root = std::sqrt(std::complex<double>(zeta * zeta - 1.0, 0.0)) * w;
        s.knownEigenvalues = {-zeta * w + root, -zeta * w - root};
    } else if (id == "slowmanifold") {
        const double mu = value(p, "mu"), lambda = value(p, "lambda");
        s.field = [=](const Eigen::Ref<const Eigen::VectorXd> &x, Eigen::Ref<Eigen::VectorXd> dx) {
            dx[0] = mu * x[0];
            dx[1] = lambda * (x[1] - x[0] * x[0]);
        };
        s.knownEigenvalues = {mu, lambda, 2.0 * mu};
    }
    return s;
}

std::map<std::string, double> namedNumbers(const std::string &text, const std::string &what)
{
    std::map<std::string, double> values;
    std::stringstream stream(text);
    std::string item;
    while (std::getline(stream, item, ',')) {
        const auto first = item.find_first_not_of(" \t"), last = item.find_last_not_of(" \t");
        if (first == std::string::npos)
            continue;
        item = item.substr(first, last - first + 1);
        const auto equals = item.find('=');
        std::size_t used = 0;
        double v = 0;
        std::string name = equals == std::string::npos ? std::string() : item.substr(0, item.find_last_not_of(" ", equals - 1) + 1);
        try {
            if (equals != std::string::npos)
                v = std::stod(item.substr(equals + 1), &used);
        } catch (const std::exception &) {
            used = 0;
        }
        if (name.empty() || used == 0 || !std::isfinite(v))
            throw AnalysisError(what + " expects NAME=NUMBER pairs separated by commas, e.g. rho=20, beta=2.5; got '"
                                + item + "'");
        values[name] = v;
    }
    return values;
}

Eigen::VectorXd numberVector(const std::string &text, const std::string &what)
{
    std::vector<double> values;
    std::stringstream stream(text);
    std::string item;
    while (std::getline(stream, item, ',')) {
        if (item.find_first_not_of(" \t") == std::string::npos)
            continue;
        std::size_t used = 0;
        double v = 0;
        try {
            v = std::stod(item, &used);
        } catch (const std::exception &) {
            used = 0;
        }
        if (used == 0 || !std::isfinite(v))
            throw AnalysisError(what + " expects numbers separated by commas, e.g. 1, 1, 1; got '" + item + "'");
        values.push_back(v);
    }
    return Eigen::Map<const Eigen::VectorXd>(values.data(), Eigen::Index(values.size()));
}

} // namespace core

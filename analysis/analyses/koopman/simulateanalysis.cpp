#include "analyses/koopman/simulateanalysis.h"

#include "analyses/koopman/dynamicalsystem.h"
#include "analyses/koopman/koopmanresults.h"
#include "analyses/koopman/koopmansource.h"
#include "registry/parameterbuilders.h"

namespace core {

namespace {

Result runSimulate(const AnalysisInputs &, const ParameterValues &params, Progress &progress, const CancelToken &cancel)
{
    const DynamicalSystem system =
        dynamicalSystem(params.getString("system"), namedNumbers(params.getString("system_parameters"), "system parameters"));
    progress.report(0.0, "integrating");
    const SnapshotSet set = simulateSystem(system, params, cancel);
    const Eigen::Map<const Eigen::MatrixXd> z = set.states();
    Result result;
    result.items.push_back(trajectoryManifold(set, "Trajectory"));
    SeriesResult states;
    states.id = "states";
    states.title = "States over time";
    states.xLabel = "time";
    states.yLabel = "state";
    const Eigen::Index stride = std::max<Eigen::Index>(1, z.cols() / 20000);
    for (Eigen::Index i = 0; i < z.rows(); ++i) {
        Series s{system.stateNames[std::size_t(i)], {}, {}};
        for (Eigen::Index k = 0; k < z.cols(); k += stride) {
            s.x.push_back(double(k) * set.dt());
            s.y.push_back(z(i, k));
        }
        states.series.push_back(std::move(s));
    }
    result.items.push_back(std::move(states));
    TableResult table;
    table.id = "trajectory";
    table.title = "Trajectory (export as CSV for koopman.dmd)";
    table.columns = {"t"};
    for (const std::string &name : system.stateNames)
        table.columns.push_back(name);
    const Eigen::Index rows = std::min<Eigen::Index>(z.cols(), 100'000);
    if (rows < z.cols())
        result.warnings.push_back("the trajectory table holds the first 100000 snapshots of " + std::to_string(z.cols()));
    for (Eigen::Index k = 0; k < rows; ++k) {
        std::vector<TableCell> row = {double(k) * set.dt()};
        for (Eigen::Index i = 0; i < z.rows(); ++i)
            row.push_back(z(i, k));
        table.rows.push_back(std::move(row));
    }
    result.items.push_back(std::move(table));
    TableResult parameters;
    parameters.id = "parameters";
    parameters.title = "System";
    parameters.columns = {"parameter", "value"};
    parameters.rows.push_back({std::string("equations"), system.equations});
    for (const auto &[name, value] : system.parameters)
        parameters.rows.push_back({name, value});
    result.items.push_back(std::move(parameters));
    return result;
}

} // namespace

AnalysisDescriptor simulateAnalysis()
{
    AnalysisDescriptor d;
    d.id = "dynamics.simulate";
    d.name = "Simulate a dynamical system";
    d.category = "Koopman";
    d.summary = "Lorenz-63, Duffing, Van der Pol, a damped pendulum, a linear oscillator or the slow manifold, "
                "integrated by Dormand–Prince 5(4).";
    d.methodNote =
        "Dormand–Prince 5(4) with adaptive steps (error per component against 1e-12 + 1e-10·|x|, step factor "
        "0.9·err^(−1/5) within [0.2, 5]); each output time k·Δt is reached exactly. Systems and defaults: Lorenz x' = "
        "σ(y − x), y' = x(ρ − z) − y, z' = xy − βz (10, 28, 8/3); Duffing x'' = −δx' − x(β + αx²) (0.5, −1, 1, "
        "Williams et al. 2015); Van der Pol x'' = μ(1 − x²)x' − x (μ = 1); pendulum θ'' = −(g/ℓ) sin θ − cθ' (1, 0.1); "
        "oscillator x'' = −2ζω₀x' − ω₀²x (0.1, 1); slow manifold x₁' = μx₁, x₂' = λ(x₂ − x₁²) (−0.05, −1).";
    d.citation = "Dormand & Prince (1980), A family of embedded Runge–Kutta formulae, J. Comput. Appl. Math. 6:19; "
                 "Lorenz (1963), Deterministic nonperiodic flow, J. Atmos. Sci. 20:130.";
    std::vector<ParameterSpec> shared = koopmanSourceParameters();
    for (ParameterSpec &spec : shared) {
        if (spec.id == "layout" || spec.id == "delays")
            continue;
        if (spec.id == "system")
            spec = choiceParameter("system", "System", "The system: " + spec.help.substr(spec.help.find("lorenz")),
                                   dynamicalSystemIds());
        else
            spec.appliesWhen.clear();
        d.parameters.push_back(spec);
    }
    d.outputs = {{"manifold", "Trajectory", OutputKind::PointSet, "The trajectory in 3-D, coloured by time."},
                 {"states", "States", OutputKind::Series, "Each state over time."},
                 {"trajectory", "Trajectory table", OutputKind::Table, "t and every state per snapshot."},
                 {"parameters", "System", OutputKind::Table, "Equations and parameter values."}};
    d.run = runSimulate;
    return d;
}

} // namespace core

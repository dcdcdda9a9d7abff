#include "analyses/koopman/dmdanalysis.h"

#include "analyses/koopman/dmd.h"
#include "analyses/koopman/koopmanresults.h"
#include "analyses/koopman/koopmansource.h"
#include "registry/parameterbuilders.h"

#include <Eigen/QR>

#include <cmath>
#include <iomanip>
#include <sstream>

namespace core {

namespace {

DmdOptions dmdOptions(const ParameterValues &params)
{
    DmdOptions options;
    const std::string rule = params.getString("rank_rule");
    options.rank.rule = rule == "energy" ? DmdRank::Rule::Energy
                        : rule == "fixed" ? DmdRank::Rule::Fixed
                        : rule == "full"  ? DmdRank::Rule::Full
                                          : DmdRank::Rule::Optimal;
    options.rank.energy = params.getDouble("energy");
    options.rank.rank = int(params.getInt("rank"));
    options.exactModes = params.getString("modes") == "exact";
    options.subtractMean = params.getBool("subtract_mean");
    return options;
}

SeriesResult singularValues(const DmdFit &fit)
{
    SeriesResult plot;
    plot.id = "singular-values";
    plot.title = "Singular values of X (rank " + std::to_string(fit.rank) + " kept)";
    plot.xLabel = "index";
    plot.yLabel = "σ";
    plot.style = SeriesResult::Style::Scatter;
    plot.logY = true;
    Series s{"σ", {}, {}};
    for (Eigen::Index i = 0; i < fit.singularValues.size(); ++i) {
        s.x.push_back(double(i + 1));
        s.y.push_back(fit.singularValues[i]);
    }
    plot.series.push_back(std::move(s));
    std::ostringstream threshold;
    threshold << std::setprecision(3) << fit.threshold;
    plot.markers.push_back({fit.threshold > 0 ? "rank " + std::to_string(fit.rank) + " (σ > τ = " + threshold.str() + ")"
                                              : "rank " + std::to_string(fit.rank),
                            fit.rank + 0.5});
    return plot;
}

/// Colourings of the manifold by the phase of eigenfunctions 1 … count, φ(x) = Φ⁺ (x − mean) on the
/// (delay-embedded) snapshot of each point; NaN where the embedding has no snapshot (a trajectory's
/// last d − 1 times).
void addEigenfunctionPhases(PointSetResult &manifold, const std::vector<Eigen::Index> &columns, const DmdFit &fit,
                            const KoopmanSource &source, int count)
{
    const Eigen::MatrixXcd pseudoInverse =
        fit.modes.completeOrthogonalDecomposition().pseudoInverse();
    const int shown = std::min<int>(count, int(fit.eigenvalues.size()));
    const Eigen::Map<const Eigen::MatrixXd> embedded = source.snapshots.states();
    const SnapshotSet &original = source.original;
    const Eigen::Index delays = embedded.rows() / std::max<Eigen::Index>(1, original.states().rows());
    std::vector<std::vector<double>> phases(static_cast<std::size_t>(shown));
    std::size_t trajectory = 0;
    for (const Eigen::Index k : columns) {
        while (trajectory + 1 < original.starts().size() && k >= original.starts()[trajectory + 1])
            ++trajectory;
        const Eigen::Index offset = k - original.starts()[trajectory];
        const bool inside = offset < original.end(trajectory) - original.starts()[trajectory] - delays + 1;
        Eigen::VectorXcd phi;
        if (inside)
            phi = pseudoInverse * (embedded.col(source.snapshots.starts()[trajectory] + offset) - fit.mean).cast<std::complex<double>>();
        for (int e = 0; e < shown; ++e)
            phases[std::size_t(e)].push_back(inside ? std::arg(phi[e]) : std::nan(""));
    }
    for (int e = 0; e < shown; ++e)
        manifold.colourings.push_back({"arg φ" + std::to_string(e + 1) + " (rad)", std::move(phases[std::size_t(e)]), true});
}

Result runDmd(const AnalysisInputs &inputs, const ParameterValues &params, Progress &progress, const CancelToken &cancel)
{
    progress.report(0.0, "snapshots");
    const KoopmanSource source = koopmanSource(inputs, params, cancel);
    progress.report(0.3, "DMD");
    const DmdFit fit = fitDmd(source.snapshots, dmdOptions(params), cancel);
    const double dt = source.snapshots.dt();
    Result result;
    result.items.push_back(eigenvaluePlane("DMD eigenvalues (marker area: amplitude |b|)", fit.eigenvalues, fit.amplitudes));
    result.items.push_back(singularValues(fit));
    const int horizon = int(params.getInt("horizon"));
    if (horizon > 0) {
        const std::vector<double> errors = dmdPredictionError(fit, source.snapshots, horizon);
        SeriesResult plot;
        plot.id = "prediction-error";
        plot.title = "Prediction error against horizon";
        plot.xLabel = "horizon (steps)";
        plot.yLabel = "relative error";
        plot.logY = true;
        Series s{"rank " + std::to_string(fit.rank), {}, {}};
        for (std::size_t h = 0; h < errors.size(); ++h) {
            s.x.push_back(double(h + 1));
            s.y.push_back(errors[h]);
        }
        plot.series.push_back(std::move(s));
        result.items.push_back(std::move(plot));
    }
    std::vector<Eigen::Index> columns;
    PointSetResult manifold = trajectoryManifold(source.original, "Trajectory", &columns);
    addEigenfunctionPhases(manifold, columns, fit, source, 12);
    result.items.push_back(std::move(manifold));
    progress.report(0.8, "results");
    TableResult table = eigenvalueTable(fit.eigenvalues, fit.amplitudes, dt);
    result.items.push_back(table);
    TableResult summary;
    summary.id = "fit";
    summary.title = "Fit";
    summary.columns = {"quantity", "value"};
    summary.rows = {{std::string("data"), source.description},
                    {std::string("states × snapshots"), std::to_string(source.snapshots.states().rows()) + " × "
                                                            + std::to_string(source.snapshots.states().cols())},
                    {std::string("rank"), std::int64_t(fit.rank)},
                    {std::string("rank rule"), fit.rankNote},
                    {std::string("σ kept / σ total (energy)"),
                     fit.singularValues.head(fit.rank).squaredNorm() / fit.singularValues.squaredNorm()},
                    {std::string("Δt"), dt}};
    result.items.push_back(summary);
    if (source.system && !source.system->knownEigenvalues.empty())
        result.items.push_back(knownEigenvalueTable(source.system->knownEigenvalues, fit.eigenvalues, dt));
    for (SeriesResult &plot : modeSeries(fit.modes, fit.eigenvalues, fit.amplitudes, dt, source.snapshots.states().cols(),
                                         12, source.snapshots.stateNames))
        result.items.push_back(std::move(plot));
    result.warnings = fit.warnings;
    return result;
}

} // namespace

AnalysisDescriptor dmdAnalysis()
{
    AnalysisDescriptor d;
    d.id = "koopman.dmd";
    d.name = "Dynamic mode decomposition (exact DMD)";
    d.category = "Koopman";
    d.summary = "Eigenvalues, modes and amplitudes of the best linear map between consecutive snapshots, with its "
                "prediction error and the trajectory in 3-D.";
    d.methodNote =
        "Snapshots are columns x_0 … x_{m−1} (n states); X = [x_0 … x_{m−2}], Y = [x_1 … x_{m−1}], per trajectory (pairs "
        "never cross trajectories); no mean subtraction unless asked. Thin SVD X ≈ U_r Σ_r V_rᵀ; rank by the optimal hard "
        "threshold of Gavish & Donoho (τ = ω(β)·median σ, ω(β) = 0.56β³ − 0.95β² + 1.82β + 1.43, β = min/max of the "
        "sizes; PyDMD's svd_rank = 0; with fewer than 8 singular values every non-zero one is kept, as the threshold models a large noisy matrix), an energy fraction, a fixed rank, or every non-zero σ. Reduced operator Ã = U_rᵀ Y "
        "V_r Σ_r⁻¹, Ã W = W Λ; exact modes Φ = Y V_r Σ_r⁻¹ W (Tu et al.), or projected Φ = U_r W (PyDMD's default); "
        "amplitudes b: least squares Φ b = x_0. Continuous eigenvalues ω = log(λ)/Δt (principal branch): growth rate Re "
        "ω, frequency Im ω / 2π (PyDMD's growth_rate is Re(λ)/Δt, not this). Eigenvalues sorted by |λ|. Prediction "
        "error for horizon h: √(Σ‖x_{k+h} − U_r Ã^h U_rᵀ x_k‖²) / √(Σ‖x_{k+h}‖²) over up to 256 starts. For n · m > "
        "4·10⁶ with n < m the SVD goes through the n × n Gram matrix X Xᵀ, formed on every core over column "
        "blocks without copying X, and Y V_r Σ_r⁻¹ = Y Xᵀ U_r Σ_r⁻² in one more pass (singular values below 1e-7 σ₁ then carry few digits: a warning says so). Delays d > 1 "
        "stack d consecutive snapshots first (Hankel DMD).";
    d.citation = "Tu, Rowley, Luchtenburg, Brunton & Kutz (2014), On dynamic mode decomposition: theory and applications, "
                 "J. Comput. Dyn. 1:391; Gavish & Donoho (2014), The optimal hard threshold for singular values is 4/√3, "
                 "IEEE Trans. Inf. Theory 60:5040.";
    d.inputs = koopmanSnapshotSlots();
    d.parameters = koopmanSourceParameters();
    d.parameters.push_back(choiceParameter("rank_rule", "Rank",
                                           "optimal: Gavish–Donoho hard threshold; energy: smallest rank reaching the "
                                           "energy fraction; fixed: the given rank; full: every non-zero singular value.",
                                           {"optimal", "energy", "fixed", "full"}));
    d.parameters.push_back(doubleParameter("energy", "Energy fraction", "Σ σ² kept, for rank = energy.", 0.99, 1e-6, 1.0)
                               .onlyWhen("rank_rule", {"energy"}));
    d.parameters.push_back(intParameter("rank", "Fixed rank", "Singular values kept, for rank = fixed.", 10, 1, 100000)
                               .onlyWhen("rank_rule", {"fixed"}));
    d.parameters.push_back(choiceParameter("modes", "Modes", "exact: Y V Σ⁻¹ W (Tu et al.); projected: U W (PyDMD's default).",
                                           {"exact", "projected"}));
    d.parameters.push_back(boolParameter("subtract_mean", "Subtract mean", "Subtract the mean state first.", false));
    d.parameters.push_back(intParameter("horizon", "Prediction horizon",
                                        "Steps ahead for the prediction-error curve (0: none).", 50, 0, 100000));
    d.outputs = {{"eigenvalue-plane", "Eigenvalue plane", OutputKind::Eigenvalues, "λ with the unit circle; size by |b|."},
                 {"singular-values", "Singular values", OutputKind::Series, "σ of X with the rank and threshold."},
                 {"prediction-error", "Prediction error", OutputKind::Series, "Relative error against horizon."},
                 {"manifold", "Trajectory", OutputKind::PointSet, "The snapshots in 3-D (PCA beyond 3 states)."},
                 {"eigenvalues", "Eigenvalues", OutputKind::Table, "λ, |b|, growth rate, frequency, period."},
                 {"fit", "Fit", OutputKind::Table, "Sizes, rank and its rule."},
                 {"known-eigenvalues", "Analytic eigenvalues", OutputKind::Table, "Built-in linear systems: fitted vs analytic."},
                 {"mode-1", "Modes", OutputKind::Series, "|φ| and Re φ per state, per eigenvalue (first 12)."},
                 {"evolution-1", "Mode evolution", OutputKind::Series, "Re(b λ^t) per eigenvalue (first 12)."}};
    d.run = runDmd;
    return d;
}

} // namespace core

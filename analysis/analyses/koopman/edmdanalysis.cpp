#include "analyses/koopman/edmdanalysis.h"

#include "analyses/koopman/edmd.h"
#include "analyses/koopman/koopmanresults.h"
#include "analyses/koopman/koopmansource.h"
#include "registry/parameterbuilders.h"

namespace core {

namespace {

Result runEdmd(const AnalysisInputs &inputs, const ParameterValues &params, Progress &progress, const CancelToken &cancel)
{
    progress.report(0.0, "snapshots");
    const KoopmanSource source = koopmanSource(inputs, params, cancel);
    EdmdDictionary dictionary;
    const std::string kind = params.getString("dictionary");
    dictionary.kind = kind == "linear" ? EdmdDictionary::Kind::Linear
                      : kind == "rbf"  ? EdmdDictionary::Kind::RadialBasis
                                       : EdmdDictionary::Kind::Polynomial;
    dictionary.degree = int(params.getInt("degree"));
    dictionary.centres = int(params.getInt("centres"));
    dictionary.width = params.getDouble("width");
    progress.report(0.3, "EDMD");
    const EdmdFit fit = fitEdmd(source.snapshots, dictionary, cancel);
    const double dt = source.snapshots.dt();
    Result result;
    result.items.push_back(eigenvaluePlane("EDMD eigenvalues", fit.eigenvalues, Eigen::VectorXcd()));
    result.items.push_back(trajectoryManifold(source.original, "Trajectory"));
    result.items.push_back(eigenvalueTable(fit.eigenvalues, Eigen::VectorXcd(), dt));
    TableResult functions;
    functions.id = "dictionary";
    functions.title = "Dictionary (" + std::to_string(fit.functions.size()) + " functions)";
    functions.columns = {"index", "function"};
    for (std::size_t i = 0; i < fit.functions.size(); ++i)
        functions.rows.push_back({std::int64_t(i + 1), fit.functions[i]});
    result.items.push_back(functions);
    if (source.system && !source.system->knownEigenvalues.empty())
        result.items.push_back(knownEigenvalueTable(source.system->knownEigenvalues, fit.eigenvalues, dt));
    return result;
}

} // namespace

AnalysisDescriptor edmdAnalysis()
{
    AnalysisDescriptor d;
    d.id = "koopman.edmd";
    d.name = "Extended DMD (EDMD)";
    d.category = "Koopman";
    d.summary = "Koopman eigenvalues from a dictionary of observables: monomials up to a degree, or Gaussian radial "
                "basis functions.";
    d.methodNote =
        "Each snapshot pair (x_k, x_{k+1}) is lifted by the dictionary Ψ (a row of N functions). G = Ψ_Xᵀ Ψ_X / M, A = "
        "Ψ_Xᵀ Ψ_Y / M, K = G⁺ A (pseudo-inverse by complete orthogonal decomposition), so Ψ(x_{k+1}) ≈ Ψ(x_k) K; "
        "eigenpairs K ξ = λ ξ give eigenfunctions φ(x) = Ψ(x) ξ, and modes from regressing the state on the dictionary. "
        "Dictionaries: linear (the state: EDMD then equals full-rank DMD), polynomial (every monomial of total degree ≤ "
        "d, the constant 1 included), rbf (exp(−‖x − c‖² / (2 w²)) at C centres taken as evenly spaced snapshots, plus "
        "the state). A dictionary spanning a Koopman-invariant subspace gives its eigenvalues exactly: on the slow "
        "manifold x₁' = μx₁, x₂' = λ(x₂ − x₁²), {x₁, x₂, x₁²} gives μ, λ, 2μ. Continuous eigenvalues log(λ)/Δt.";
    d.citation = "Williams, Kevrekidis & Rowley (2015), A data-driven approximation of the Koopman operator: extending "
                 "dynamic mode decomposition, J. Nonlinear Sci. 25:1307.";
    d.inputs = koopmanSnapshotSlots();
    d.parameters = koopmanSourceParameters();
    d.parameters.push_back(choiceParameter("dictionary", "Dictionary",
                                           "polynomial: monomials up to the degree; rbf: Gaussians at evenly spaced "
                                           "snapshots plus the state; linear: the state (= DMD).",
                                           {"polynomial", "rbf", "linear"}));
    d.parameters.push_back(intParameter("degree", "Degree", "Highest total degree of the monomials.", 2, 1, 20)
                               .onlyWhen("dictionary", {"polynomial"}));
    d.parameters.push_back(intParameter("centres", "Centres", "Number of Gaussian centres.", 10, 1, 2000)
                               .onlyWhen("dictionary", {"rbf"}));
    d.parameters.push_back(doubleParameter("width", "Width", "Width w of the Gaussians, in the states' units.", 1.0, 1e-12, 1e12)
                               .onlyWhen("dictionary", {"rbf"}));
    d.outputs = {{"eigenvalue-plane", "Eigenvalue plane", OutputKind::Eigenvalues, "λ with the unit circle."},
                 {"manifold", "Trajectory", OutputKind::PointSet, "The snapshots in 3-D."},
                 {"eigenvalues", "Eigenvalues", OutputKind::Table, "λ, growth rate, frequency, period."},
                 {"dictionary", "Dictionary", OutputKind::Table, "The functions, in order."},
                 {"known-eigenvalues", "Analytic eigenvalues", OutputKind::Table, "Built-in systems: fitted vs analytic."}};
    d.run = runEdmd;
    return d;
}

} // namespace core

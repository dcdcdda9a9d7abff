#include "analyses/information/informationanalyses.h"

#include "analyses/information/binningestimator.h"
#include "analyses/information/discreteinformation.h"
#include "analyses/information/gaussianinformation.h"
#include "analyses/information/kdeestimator.h"
#include "analyses/information/ksgestimator.h"
#include "analyses/information/matrixrenyi.h"
#include "analyses/information/mixedksg.h"
#include "analyses/information/permutationnull.h"
#include "analyses/information/projection.h"
#include "analyses/information/samplematrix.h"
#include "analyses/information/units.h"
#include "errors/analysiserror.h"
#include "task/nullprogress.h"
#include "registry/parameterbuilders.h"

#include <cmath>
#include <map>
#include <numeric>
#include <random>

namespace core {

namespace {

ParameterSpec unitsParameter()
{
    return choiceParameter("units", "Units", "Report in nats (natural log) or bits (log2); 1 nat = 1.4427 bits.",
                           {"nats", "bits"});
}

ParameterSpec surrogatesParameter()
{
    return intParameter("surrogates", "Permutation surrogates",
                        "Re-run the estimate this many times with y's samples shuffled to get a null distribution and a "
                        "p-value (0: off).",
                        0, 0, 10000);
}

/// Converts nats to the chosen unit.
double inUnits(double nats, const ParameterValues &params)
{
    return params.getString("units") == "bits" ? nats / kLn2 : nats;
}

/// The common result: a table of the estimate and what it was computed from.
struct EstimateTable
{
    TableResult table;
    explicit EstimateTable(const std::string &estimator)
    {
        table.id = "estimate";
        table.title = "Estimate (" + estimator + ")";
        table.columns = {"quantity", "value", "unit"};
        table.rows.push_back({std::string("estimator"), estimator, std::string()});
    }
    void add(const std::string &quantity, double value, const std::string &unit)
    {
        table.rows.push_back({quantity, value, unit});
    }
    void add(const std::string &quantity, std::int64_t value)
    {
        table.rows.push_back({quantity, value, std::string()});
    }
};

void addNull(EstimateTable &table, const NullDistribution &null, const ParameterValues &params)
{
    const std::string unit = params.getString("units");
    table.add("null mean", inUnits(null.mean, params), unit);
    table.add("null std", inUnits(null.std, params), unit);
    table.add("p-value", null.pValue, "");
    table.add("surrogates", std::int64_t(null.values.size()));
}

Eigen::MatrixXd permutedRows(const Eigen::MatrixXd &values, const std::vector<int> &permutation)
{
    Eigen::MatrixXd out(values.rows(), values.cols());
    for (std::size_t i = 0; i < permutation.size(); ++i)
        out.row(Eigen::Index(i)) = values.row(permutation[i]);
    return out;
}

std::vector<std::int64_t> permutedLabels(const std::vector<std::int64_t> &labels, const std::vector<int> &permutation)
{
    std::vector<std::int64_t> out(labels.size());
    for (std::size_t i = 0; i < permutation.size(); ++i)
        out[i] = labels[std::size_t(permutation[i])];
    return out;
}

const char *kNanPolicy = " Samples with NaN or Inf are refused with an error (remove them first).";

// --- mi.discrete -------------------------------------------------------------------------------

Result runDiscrete(const AnalysisInputs &inputs, const ParameterValues &params, Progress &, const CancelToken &)
{
    const std::vector<std::int64_t> x = labelVector(inputs.at("x"), "x");
    const std::vector<std::int64_t> y = labelVector(inputs.at("y"), "y");
    const DiscreteMutualInformation mi = discreteMutualInformation(x, y);
    const bool corrected = params.getString("correction") == "miller-madow";
    const std::string unit = params.getString("units");
    EstimateTable table(corrected ? "discrete, Miller–Madow" : "discrete, plug-in");
    table.add("I(X;Y)", inUnits(corrected ? mi.millerMadow : mi.plugin, params), unit);
    table.add("H(X)", inUnits(corrected ? mi.hx.millerMadow : mi.hx.plugin, params), unit);
    table.add("H(Y)", inUnits(corrected ? mi.hy.millerMadow : mi.hy.plugin, params), unit);
    table.add("H(X,Y)", inUnits(corrected ? mi.hxy.millerMadow : mi.hxy.plugin, params), unit);
    table.add("N", std::int64_t(x.size()));
    table.add("symbols of X", mi.hx.observedSymbols);
    table.add("symbols of Y", mi.hy.observedSymbols);
    Result result;
    result.items.push_back(table.table);
    return result;
}

AnalysisDescriptor discreteAnalysis()
{
    AnalysisDescriptor d;
    d.id = "mi.discrete";
    d.name = "Discrete mutual information";
    d.category = "Information";
    d.summary = "Entropy and mutual information of two integer label arrays (plug-in or Miller–Madow).";
    d.methodNote = "Plug-in: H = −Σ p log p over the observed symbols, I(X;Y) = H(X) + H(Y) − H(X,Y). Miller–Madow "
                   "adds (m − 1)/(2N) to each entropy (m = observed symbols), which removes the leading O(1/N) bias of "
                   "the plug-in entropy. Inputs are integer arrays, whole-number floats or one-hot rows (arg-max).";
    d.citation = "Miller (1955), Note on the bias of information estimates; plug-in MI as scikit-learn's mutual_info_score.";
    d.inputs = {{"x", "X", "Integer labels (N,) or one-hot (N, K).", DataKind::Tensor, false},
                {"y", "Y", "Integer labels (N,) or one-hot (N, K).", DataKind::Tensor, false}};
    d.parameters = {choiceParameter("correction", "Bias correction",
                                    "'plug-in': maximum-likelihood entropies; 'miller-madow': + (m − 1)/(2N) per entropy.",
                                    {"plug-in", "miller-madow"}),
                    unitsParameter()};
    d.outputs = {{"estimate", "Estimate", OutputKind::Table, "I(X;Y), the entropies, N and symbol counts."}};
    d.run = runDiscrete;
    return d;
}

// --- mi.binning --------------------------------------------------------------------------------

BinningOptions binningOptions(const ParameterValues &params)
{
    BinningOptions options;
    options.edges = int(params.getInt("bins"));
    options.activationRange = params.getString("range") == "activations";
    return options;
}

std::vector<std::int64_t> inputIdentity(const AnalysisInputs &inputs, std::size_t n)
{
    if (!inputs.has("x"))
        return {}; // every sample a distinct input
    const Eigen::MatrixXd x = sampleMatrix(inputs.at("x"), "x");
    if (std::size_t(x.rows()) != n)
        throw AnalysisError("x has " + std::to_string(x.rows()) + " samples but t has " + std::to_string(n));
    return rowSymbols(x); // identical input rows are one input symbol
}

Result runBinning(const AnalysisInputs &inputs, const ParameterValues &params, Progress &progress, const CancelToken &cancel)
{
    const Eigen::MatrixXd t = sampleMatrix(inputs.at("t"), "t");
    const std::vector<std::int64_t> y = labelVector(inputs.at("y"), "y");
    const std::vector<std::int64_t> x = inputIdentity(inputs, std::size_t(t.rows()));
    const BinningOptions options = binningOptions(params);
    const BinningEstimate estimate = binningInformation(t, x, y, options);
    const std::string unit = params.getString("units");
    EstimateTable table("binning, " + std::to_string(options.edges) + " edges");
    table.add("I(X;T)", inUnits(estimate.ixt, params), unit);
    table.add("I(T;Y)", inUnits(estimate.ity, params), unit);
    table.add("H(T)", inUnits(estimate.ht, params), unit);
    table.add("N", std::int64_t(t.rows()));
    table.add("dimension of T", std::int64_t(t.cols()));
    const int surrogates = int(params.getInt("surrogates"));
    if (surrogates > 0) {
        const std::vector<std::uint64_t> symbols = binnedSymbols(t, options);
        const NullDistribution null = permutationNull(int(t.rows()), surrogates, estimate.ity, 1,
            [&](const std::vector<int> &permutation) {
                progress.report(0.5, "surrogates");
                return estimate.ht - conditionalEntropy(symbols, permutedLabels(y, permutation));
            },
            cancel);
        table.add("null of I(T;Y): shuffled labels", std::int64_t(surrogates));
        addNull(table, null, params);
    }
    Result result;
    result.items.push_back(table.table);
    return result;
}

AnalysisDescriptor binningAnalysis()
{
    AnalysisDescriptor d;
    d.id = "mi.binning";
    d.name = "Binning estimator (information plane)";
    d.category = "Information";
    d.summary = "I(X;T) and I(T;Y) of a layer by discretising its activations (Shwartz-Ziv & Tishby).";
    d.methodNote = "Each activation is put into one of (bins − 1) equal cells over [−1, 1] (tanh range; or the layer's own "
                   "[min, max]); a sample's vector of cells is one symbol t. Plug-in entropies: I(X;T) = H(T) − H(T|X), "
                   "I(T;Y) = H(T) − H(T|Y). Without x every sample is a distinct input, so I(X;T) = H(T) ≤ log N. "
                   "Values outside the range (and the upper end) go to the first/last cell, not the original code's "
                   "wrap-around. Results depend strongly on the bin count; wide layers saturate at log N."
                   + std::string(kNanPolicy);
    d.citation = "Shwartz-Ziv & Tishby (2017), Opening the black box of deep neural networks via information, arXiv:1703.00810.";
    d.inputs = {{"t", "T (layer)", "Activations (N, d) of one layer.", DataKind::Tensor, false},
                {"y", "Y (labels)", "Integer labels (N,) or one-hot (N, K).", DataKind::Tensor, false},
                {"x", "X (inputs)", "Optional inputs (N, ...): identical rows are one input. Default: all distinct.",
                 DataKind::Tensor, true}};
    d.parameters = {intParameter("bins", "Bin edges", "Number of equally spaced bin edges (cells = edges − 1); IDNNs uses 30.",
                                 30, 2, 10000),
                    choiceParameter("range", "Bin range", "'tanh': [−1, 1] as IDNNs; 'activations': the layer's [min, max].",
                                    {"tanh", "activations"}),
                    surrogatesParameter(), unitsParameter()};
    d.outputs = {{"estimate", "Estimate", OutputKind::Table, "I(X;T), I(T;Y), H(T), N, d and the null distribution."}};
    d.run = runBinning;
    return d;
}

// --- mi.kde -------------------------------------------------------------------------------------

Result runKde(const AnalysisInputs &inputs, const ParameterValues &params, Progress &, const CancelToken &cancel)
{
    const Eigen::MatrixXd t = sampleMatrix(inputs.at("t"), "t");
    const std::vector<std::int64_t> y = labelVector(inputs.at("y"), "y");
    const double variance = params.getDouble("noise_variance");
    const KdeEstimate estimate = kdeInformation(t, y, variance, cancel);
    const std::string unit = params.getString("units");
    EstimateTable table("KDE upper bound, σ² = " + std::to_string(variance));
    table.add("I(X;T)", inUnits(estimate.ixt, params), unit);
    table.add("I(T;Y)", inUnits(estimate.ity, params), unit);
    table.add("H(T)", inUnits(estimate.ht, params), unit);
    table.add("N", std::int64_t(t.rows()));
    table.add("dimension of T", std::int64_t(t.cols()));
    Result result;
    result.items.push_back(table.table);
    return result;
}

AnalysisDescriptor kdeAnalysis()
{
    AnalysisDescriptor d;
    d.id = "mi.kde";
    d.name = "KDE upper bound (information plane)";
    d.category = "Information";
    d.summary = "Pairwise-KL upper bound on I(X;T) and estimate of I(T;Y) with Gaussian noise of variance σ².";
    d.methodNote = "T = h + ε, ε ~ N(0, σ²I). I(X;T) = −(1/N) Σ_i ln[(1/N) Σ_j exp(−‖h_i − h_j‖²/(2σ²))] ∈ [0, ln N]; "
                   "H(T) = (d/2)(1 + ln 2πσ²) + I(X;T); I(T;Y) = H(T) − Σ_y p(y) H(T|Y=y), a difference of two bounds. "
                   "O(N² d) time, computed in blocks with a stable log-sum-exp." + std::string(kNanPolicy);
    d.citation = "Kolchinsky & Tracey (2017), Estimating mixture entropy with pairwise distances; Saxe et al. (2018), "
                 "On the information bottleneck theory of deep learning, ICLR.";
    d.inputs = {{"t", "T (layer)", "Activations (N, d) of one layer.", DataKind::Tensor, false},
                {"y", "Y (labels)", "Integer labels (N,) or one-hot (N, K).", DataKind::Tensor, false}};
    d.parameters = {doubleParameter("noise_variance", "Noise variance σ²", "Variance of the added Gaussian noise; Saxe et al. use 1e-3.",
                                    1e-3, 1e-12, 1e6),
                    unitsParameter()};
    d.outputs = {{"estimate", "Estimate", OutputKind::Table, "I(X;T), I(T;Y), H(T), N and d."}};
    d.run = runKde;
    return d;
}

// --- mi.ksg ---------------------------------------------------------------------------------------

KsgOptions ksgOptions(const ParameterValues &params)
{
    KsgOptions options;
    options.k = int(params.getInt("k"));
    options.algorithm = params.getString("algorithm") == "2" ? 2 : 1;
    options.standardise = params.getBool("standardise");
    options.noise = params.getDouble("noise");
    options.seed = std::uint64_t(params.getInt("seed"));
    return options;
}

std::vector<ParameterSpec> ksgParameters()
{
    return {intParameter("k", "Neighbours k", "k-th nearest neighbour in the joint space (JIDT default 4).", 4, 1, 1000),
            choiceParameter("algorithm", "Algorithm", "KSG algorithm 1 (strict counts, ψ(n+1)) or 2 (marginal extents, ψ(n), −1/k).",
                            {"1", "2"}),
            boolParameter("standardise", "Standardise",
                          "Scale every column to unit variance first (on by default, as scikit-learn and JIDT). The max-norm "
                          "is not invariant to the relative scale of X and Y, so results without it depend on units.",
                          true),
            doubleParameter("noise", "Tie-breaking noise", "Std of Gaussian noise added after standardising, as JIDT (1e-8); 0 = none.",
                            1e-8, 0.0, 1.0),
            intParameter("seed", "Seed", "Seed of the tie-breaking noise and the surrogates.", 0, 0, 2147483647)};
}

Result runKsg(const AnalysisInputs &inputs, const ParameterValues &params, Progress &progress, const CancelToken &cancel)
{
    const Eigen::MatrixXd x = sampleMatrix(inputs.at("x"), "x");
    const Eigen::MatrixXd y = sampleMatrix(inputs.at("y"), "y");
    const KsgOptions options = ksgOptions(params);
    const double mi = ksgMutualInformation(x, y, options, progress, cancel);
    const std::string unit = params.getString("units");
    EstimateTable table("KSG algorithm " + std::to_string(options.algorithm) + ", k = " + std::to_string(options.k));
    table.add("I(X;Y)", inUnits(mi, params), unit);
    table.add("N", std::int64_t(x.rows()));
    table.add("dimension of X", std::int64_t(x.cols()));
    table.add("dimension of Y", std::int64_t(y.cols()));
    const int surrogates = int(params.getInt("surrogates"));
    if (surrogates > 0) {
        const NullDistribution null = permutationNull(int(x.rows()), surrogates, mi, options.seed + 17,
            [&](const std::vector<int> &permutation) {
                NullProgress quiet;
                return ksgMutualInformation(x, permutedRows(y, permutation), options, quiet, cancel);
            },
            cancel);
        addNull(table, null, params);
    }
    Result result;
    result.items.push_back(table.table);
    return result;
}

AnalysisDescriptor ksgAnalysis()
{
    AnalysisDescriptor d;
    d.id = "mi.ksg";
    d.name = "KSG mutual information";
    d.category = "Information";
    d.summary = "Kraskov–Stögbauer–Grassberger k-nearest-neighbour estimate of I(X;Y) for continuous data.";
    d.methodNote = "Max-norm in the joint space; ε_i = distance to the k-th neighbour. Algorithm 1: n_x = #{‖x_j − x_i‖ < ε_i}, "
                   "I = ψ(k) + ψ(N) − ⟨ψ(n_x + 1) + ψ(n_y + 1)⟩. Algorithm 2: marginal extents of the k neighbours, non-strict "
                   "counts, I = ψ(k) − 1/k + ψ(N) − ⟨ψ(n_x) + ψ(n_y)⟩. Nats. By default each column is scaled to unit "
                   "variance and Gaussian noise of std 1e-8 breaks ties (scikit-learn scales too and adds ~1e-10 noise; "
                   "JIDT adds 1e-8). Not clamped at 0. Neighbours from a grid cut at quantiles when each side has one "
                   "dimension, else from a max-norm k-d tree, or from an exhaustive vectorised scan in many dimensions "
                   "(from 8 joint dimensions at N = 10⁴, 12 at 10⁵), where trees prune little. All three give the "
                   "same numbers (with algorithm 2 only on data without ties, which the noise ensures: among tied "
                   "points each search may take others as the k neighbours). Multi-threaded."
                   + std::string(kNanPolicy);
    d.citation = "Kraskov, Stögbauer & Grassberger (2004), Estimating mutual information, Phys. Rev. E 69, 066138.";
    d.inputs = {{"x", "X", "Samples (N, dx); trailing axes are flattened.", DataKind::Tensor, false},
                {"y", "Y", "Samples (N, dy).", DataKind::Tensor, false}};
    d.parameters = ksgParameters();
    d.parameters.push_back(surrogatesParameter());
    d.parameters.push_back(unitsParameter());
    d.outputs = {{"estimate", "Estimate", OutputKind::Table, "I(X;Y), N, dimensions and the null distribution."}};
    d.run = runKsg;
    return d;
}

// --- mi.compressed -------------------------------------------------------------------------------

Result runCompressed(const AnalysisInputs &inputs, const ParameterValues &params, Progress &progress, const CancelToken &cancel)
{
    const int dimension = int(params.getInt("dimension"));
    const std::string method = params.getString("projection");
    const std::uint64_t seed = std::uint64_t(params.getInt("seed"));
    const Eigen::MatrixXd x = projectRows(sampleMatrix(inputs.at("x"), "x"), dimension, method, seed);
    const Eigen::MatrixXd y = projectRows(sampleMatrix(inputs.at("y"), "y"), dimension, method, seed + 1);
    const double mi = ksgMutualInformation(x, y, ksgOptions(params), progress, cancel);
    EstimateTable table("KSG after " + method + " to " + std::to_string(dimension) + " dimensions");
    table.add("I(X;Y) of the projections", inUnits(mi, params), params.getString("units"));
    table.add("N", std::int64_t(x.rows()));
    table.add("dimension of X after projection", std::int64_t(x.cols()));
    table.add("dimension of Y after projection", std::int64_t(y.cols()));
    Result result;
    result.items.push_back(table.table);
    return result;
}

AnalysisDescriptor compressedAnalysis()
{
    AnalysisDescriptor d;
    d.id = "mi.compressed";
    d.name = "Compressed k-NN mutual information";
    d.category = "Information";
    d.summary = "Projects X and Y to a few dimensions (PCA or random) and estimates their MI with KSG.";
    d.methodNote = "k-NN estimators lose accuracy fast with dimension, so each variable is first projected to "
                   "`dimension` directions: 'pca' keeps the leading principal components, 'random' a seeded Gaussian "
                   "projection with orthonormal columns. The estimate is of I between the projections, which can only be "
                   "lower than I(X;Y) (data processing). Then KSG as in mi.ksg." + std::string(kNanPolicy);
    d.citation = "Butakov, Tolmachev, Malanchuk, Neopryatnaya, Frolov & Andreev (2024), Information bottleneck analysis of "
                 "deep neural networks via lossy compression, ICLR.";
    d.inputs = {{"x", "X", "Samples (N, dx).", DataKind::Tensor, false}, {"y", "Y", "Samples (N, dy).", DataKind::Tensor, false}};
    d.parameters = {intParameter("dimension", "Dimension", "Directions kept per variable (Butakov et al. use 4).", 4, 1, 1000),
                    choiceParameter("projection", "Projection", "'pca' or 'random'.", {"pca", "random"})};
    for (ParameterSpec &p : ksgParameters())
        d.parameters.push_back(p);
    d.parameters.push_back(unitsParameter());
    d.outputs = {{"estimate", "Estimate", OutputKind::Table, "I of the projections, N and dimensions."}};
    d.run = runCompressed;
    return d;
}

// --- mi.mixed -------------------------------------------------------------------------------------

Result runMixed(const AnalysisInputs &inputs, const ParameterValues &params, Progress &progress, const CancelToken &cancel)
{
    const Eigen::MatrixXd t = sampleMatrix(inputs.at("t"), "t");
    const std::vector<std::int64_t> y = labelVector(inputs.at("y"), "y");
    MixedKsgOptions options;
    options.k = int(params.getInt("k"));
    options.standardise = params.getBool("standardise");
    options.noise = params.getDouble("noise");
    options.seed = std::uint64_t(params.getInt("seed"));
    const double mi = mixedKsgInformation(t, y, options, progress, cancel);
    const std::string unit = params.getString("units");
    EstimateTable table("k-NN with discrete labels (Ross), k = " + std::to_string(options.k));
    table.add("I(T;Y)", inUnits(mi, params), unit);
    table.add("N", std::int64_t(t.rows()));
    table.add("dimension of T", std::int64_t(t.cols()));
    const int surrogates = int(params.getInt("surrogates"));
    if (surrogates > 0) {
        const NullDistribution null = permutationNull(int(t.rows()), surrogates, mi, options.seed + 17,
            [&](const std::vector<int> &permutation) {
                NullProgress quiet;
                return mixedKsgInformation(t, permutedLabels(y, permutation), options, quiet, cancel);
            },
            cancel);
        table.add("null of I(T;Y): shuffled labels", std::int64_t(surrogates));
        addNull(table, null, params);
    }
    Result result;
    result.items.push_back(table.table);
    return result;
}

AnalysisDescriptor mixedAnalysis()
{
    AnalysisDescriptor d;
    d.id = "mi.mixed";
    d.name = "k-NN mutual information with labels";
    d.category = "Information";
    d.summary = "I(T;Y) between continuous samples T and discrete labels Y from k-nearest neighbours (Ross).";
    d.methodNote = "For sample i of class c (N_c members): r_i = max-norm distance to its k-th neighbour within c (k lowered "
                   "to N_c − 1 for small classes), m_i = samples of any class closer than r_i, itself included. Over the "
                   "samples whose class has at least two members (n): I = ψ(n) + ⟨ψ(k_i)⟩ − ⟨ψ(N_c)⟩ − ⟨ψ(m_i)⟩, nats. "
                   "For one column of T this is scikit-learn's mutual_info_classif (which uses k = 3 and clamps at 0; "
                   "not clamped here). Standardisation and tie-breaking noise as in mi.ksg." + std::string(kNanPolicy);
    d.citation = "Ross (2014), Mutual information between discrete and continuous data sets, PLoS ONE 9(2): e87357.";
    d.inputs = {{"t", "T", "Continuous samples (N, d), e.g. a layer's activations.", DataKind::Tensor, false},
                {"y", "Y", "Labels (N,): integers, whole-number floats or one-hot rows.", DataKind::Tensor, false}};
    for (ParameterSpec p : ksgParameters()) {
        if (p.id == "k")
            p.help = "k-th nearest neighbour within the sample's own class (scikit-learn uses 3; 4 as mi.ksg).";
        if (p.id != "algorithm")
            d.parameters.push_back(p);
    }
    d.parameters.push_back(surrogatesParameter());
    d.parameters.push_back(unitsParameter());
    d.outputs = {{"estimate", "Estimate", OutputKind::Table, "I(T;Y), N, dimension and the null distribution."}};
    d.run = runMixed;
    return d;
}

// --- mi.gaussian ----------------------------------------------------------------------------------

Result runGaussian(const AnalysisInputs &inputs, const ParameterValues &params, Progress &, const CancelToken &)
{
    const Eigen::MatrixXd x = sampleMatrix(inputs.at("x"), "x");
    const Eigen::MatrixXd y = sampleMatrix(inputs.at("y"), "y");
    EstimateTable table("Gaussian (covariance)");
    table.add("I(X;Y)", inUnits(gaussianMutualInformation(x, y), params), params.getString("units"));
    table.add("N", std::int64_t(x.rows()));
    table.add("dimension of X", std::int64_t(x.cols()));
    table.add("dimension of Y", std::int64_t(y.cols()));
    Result result;
    result.items.push_back(table.table);
    return result;
}

AnalysisDescriptor gaussianAnalysis()
{
    AnalysisDescriptor d;
    d.id = "mi.gaussian";
    d.name = "Gaussian mutual information";
    d.category = "Information";
    d.summary = "I(X;Y) of a Gaussian with the data's covariance: ½ ln(det Σx det Σy / det Σxy).";
    d.methodNote = "Sample covariance of the joint (x, y); log-determinants by Cholesky. Exact for jointly Gaussian data "
                   "(scalar case −½ ln(1 − ρ²)); for other data it measures only linear dependence. A singular covariance "
                   "(constant or duplicated columns, N ≤ d) is an error." + std::string(kNanPolicy);
    d.citation = "Cover & Thomas, Elements of Information Theory, §8.5; JIDT's Gaussian MI calculator.";
    d.inputs = {{"x", "X", "Samples (N, dx).", DataKind::Tensor, false}, {"y", "Y", "Samples (N, dy).", DataKind::Tensor, false}};
    d.parameters = {unitsParameter()};
    d.outputs = {{"estimate", "Estimate", OutputKind::Table, "I(X;Y), N and dimensions."}};
    d.run = runGaussian;
    return d;
}

// --- mi.renyi -------------------------------------------------------------------------------------

Result runRenyi(const AnalysisInputs &inputs, const ParameterValues &params, Progress &progress, const CancelToken &cancel)
{
    Eigen::MatrixXd x = sampleMatrix(inputs.at("x"), "x");
    Eigen::MatrixXd y = sampleMatrix(inputs.at("y"), "y");
    if (x.rows() != y.rows())
        throw AnalysisError("x has " + std::to_string(x.rows()) + " samples but y has " + std::to_string(y.rows()));
    if (!x.allFinite() || !y.allFinite())
        throw AnalysisError("matrix-based estimators refuse NaN or infinite values");
    Result result;
    const int cap = int(params.getInt("max_samples"));
    if (x.rows() > cap) { // N×N eigen-decompositions: subsample, and say so
        std::vector<int> order(std::size_t(x.rows()));
        std::iota(order.begin(), order.end(), 0);
        std::mt19937_64 generator(std::uint64_t(params.getInt("seed")));
        std::shuffle(order.begin(), order.end(), generator);
        order.resize(std::size_t(cap));
        x = permutedRows(x, order);
        y = permutedRows(y, order);
        result.warnings.push_back("used a random subsample of " + std::to_string(cap) + " samples (max_samples)");
    }
    const bool silverman = params.getString("width") == "silverman";
    const double sx = silverman ? silvermanWidth(x) : params.getDouble("sigma");
    const double sy = silverman ? silvermanWidth(y) : params.getDouble("sigma");
    progress.report(0.2, "Gram matrices");
    const Eigen::MatrixXd kx = gaussianGram(x, sx), ky = gaussianGram(y, sy);
    cancel.throwIfCancelled();
    const bool cs = params.getString("variant") == "cauchy-schwarz";
    const double alpha = params.getDouble("alpha");
    const std::string unit = params.getString("units");
    const double scale = unit == "bits" ? 1.0 : kLn2; // these estimators are defined in bits
    EstimateTable table(cs ? std::string("Cauchy–Schwarz quadratic MI") : "matrix Rényi, α = " + std::to_string(alpha));
    if (cs) {
        table.add("I_CS(X;Y)", cauchySchwarzMutualInformation(kx, ky) * scale, unit);
    } else {
        const RenyiTerms terms = renyiTerms(kx, ky, alpha); // each O(N³) entropy once
        table.add("I_α(X;Y)", terms.mutualInformation * scale, unit);
        table.add("S_α(X)", terms.entropyX * scale, unit);
        table.add("S_α(Y)", terms.entropyY * scale, unit);
    }
    table.add("kernel width σx", sx, "");
    table.add("kernel width σy", sy, "");
    table.add("N", std::int64_t(x.rows()));
    result.items.push_back(table.table);
    return result;
}

AnalysisDescriptor renyiAnalysis()
{
    AnalysisDescriptor d;
    d.id = "mi.renyi";
    d.name = "Matrix-based Rényi / Cauchy–Schwarz MI";
    d.category = "Information";
    d.summary = "Kernel (Gram-matrix) estimates of I(X;Y): matrix-based Rényi α-MI or Cauchy–Schwarz quadratic MI.";
    d.methodNote = "Gaussian kernel K_ij = exp(−‖x_i − x_j‖²/(2σ²)). Rényi: A = K/tr K, S_α = log2(Σ λ^α)/(1 − α) "
                   "(α = 1: von Neumann), negative eigenvalues from rounding clipped to 0; I_α = S_α(A_x) + S_α(A_y) − "
                   "S_α(A_x∘A_y / tr). Cauchy–Schwarz: I_CS = log2[(ΣKx∘Ky/N²)(ΣKx ΣKy/N⁴)/(1ᵀKxKy1/N³)²] ≥ 0. Kernel "
                   "width: 'silverman' σ = 1.06 · std · N^(−1/5) per variable (std over all its entries), or a fixed σ. "
                   "O(N²d) + O(N³): above max_samples a seeded random subsample is used and reported." + std::string(kNanPolicy);
    d.citation = "Sánchez Giraldo, Rao & Príncipe (2015), Measures of entropy from data using infinitely divisible kernels, "
                 "IEEE Trans. Inf. Theory; Yu, Yu, Løkse, Jenssen & Príncipe (2024), Cauchy–Schwarz divergence information "
                 "bottleneck for regression, ICLR.";
    d.inputs = {{"x", "X", "Samples (N, dx).", DataKind::Tensor, false}, {"y", "Y", "Samples (N, dy).", DataKind::Tensor, false}};
    d.parameters = {choiceParameter("variant", "Variant", "'renyi': matrix-based Rényi α-MI; 'cauchy-schwarz': CS quadratic MI.",
                                    {"renyi", "cauchy-schwarz"}),
                    doubleParameter("alpha", "α", "Rényi order (Yu et al. use 1.01; 1 = von Neumann; 2 = collision).", 1.01, 0.01, 100.0),
                    choiceParameter("width", "Kernel width rule", "'silverman' per variable, or 'fixed' σ below.",
                                    {"silverman", "fixed"}),
                    doubleParameter("sigma", "σ (fixed)", "Kernel width when the rule is 'fixed'.", 1.0, 1e-9, 1e9),
                    intParameter("max_samples", "Max samples", "Larger inputs are randomly subsampled to this many samples.",
                                 2000, 10, 20000),
                    intParameter("seed", "Seed", "Seed of the subsample.", 0, 0, 2147483647), unitsParameter()};
    d.outputs = {{"estimate", "Estimate", OutputKind::Table, "The MI, entropies, kernel widths and N."}};
    d.run = runRenyi;
    return d;
}

} // namespace

std::vector<AnalysisDescriptor> informationAnalyses()
{
    return {discreteAnalysis(), binningAnalysis(), kdeAnalysis(), ksgAnalysis(), mixedAnalysis(), compressedAnalysis(),
            gaussianAnalysis(), renyiAnalysis()};
}

} // namespace core

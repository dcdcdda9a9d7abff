#include "analyses/information/binninganalysis.h"

#include "analyses/information/estimatetable.h"
#include "analyses/information/estimatorparameters.h"
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
        table.addNull(null, estimate.ity, "I(T;Y)", params);
    }
    return table.result();
}

} // namespace

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
    d.outputs = {{"estimate", "Estimate", OutputKind::Table, "I(X;T), I(T;Y), H(T), N, d and the null distribution."},
                 {"null-distribution", "Permutation null", OutputKind::Series,
                  "With surrogates: histogram of the null distribution, the estimate marked."}};
    d.run = runBinning;
    return d;
}

} // namespace core

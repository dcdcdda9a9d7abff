#include "analyses/information/discreteanalysis.h"

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
    return table.result();
}

} // namespace

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

} // namespace core

#include "analyses/information/mixedanalysis.h"

#include "analyses/information/estimatetable.h"
#include "analyses/information/estimatorparameters.h"
#include "analyses/information/ksganalysis.h"
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
        table.addNull(null, mi, "I(T;Y)", params);
    }
    return table.result();
}

} // namespace

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
    d.outputs = {{"estimate", "Estimate", OutputKind::Table, "I(T;Y), N, dimension and the null distribution."},
                 {"null-distribution", "Permutation null", OutputKind::Series,
                  "With surrogates: histogram of the null distribution, the estimate marked."}};
    d.run = runMixed;
    return d;
}

} // namespace core

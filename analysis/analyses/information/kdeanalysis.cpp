#include "analyses/information/kdeanalysis.h"

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
    return table.result();
}

} // namespace

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

} // namespace core

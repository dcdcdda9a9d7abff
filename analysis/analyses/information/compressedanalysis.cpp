#include "analyses/information/compressedanalysis.h"

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
    return table.result();
}

} // namespace

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

} // namespace core

#include "analyses/information/gaussiananalysis.h"

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

Result runGaussian(const AnalysisInputs &inputs, const ParameterValues &params, Progress &, const CancelToken &)
{
    const Eigen::MatrixXd x = sampleMatrix(inputs.at("x"), "x");
    const Eigen::MatrixXd y = sampleMatrix(inputs.at("y"), "y");
    EstimateTable table("Gaussian (covariance)");
    table.add("I(X;Y)", inUnits(gaussianMutualInformation(x, y), params), params.getString("units"));
    table.add("N", std::int64_t(x.rows()));
    table.add("dimension of X", std::int64_t(x.cols()));
    table.add("dimension of Y", std::int64_t(y.cols()));
    return table.result();
}

} // namespace

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

} // namespace core

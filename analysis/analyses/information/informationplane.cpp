#include "analyses/information/informationplane.h"

#include "analyses/information/binningestimator.h"
#include "analyses/information/codedlabels.h"
#include "analyses/information/kdeestimator.h"
#include "analyses/information/samplematrix.h"
#include "analyses/information/units.h"
#include "dump/activationdump.h"
#include "errors/analysiserror.h"
#include "registry/parameterbuilders.h"
#include "task/parallelfor.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

namespace core {

namespace {

std::vector<std::int64_t> inputSymbols(const ActivationDump &dump)
{
    return rowSymbols(sampleMatrix(dump.inputs(), "inputs"));
}

double standardDeviation(const std::vector<double> &values)
{
    if (values.size() < 2)
        return 0.0;
    double mean = 0.0;
    for (double v : values)
        mean += v;
    mean /= double(values.size());
    double squares = 0.0;
    for (double v : values)
        squares += (v - mean) * (v - mean);
    return std::sqrt(squares / double(values.size() - 1));
}

/// Standard deviations of I(X;T) and I(T;Y) over bootstrap resamples of the samples (rows drawn
/// with replacement; seeded per point, so a run is reproducible).
/// `symbols`: the binned layer (binning); `t`: the activations (KDE).
void bootstrapErrors(InformationPlanePoint &point, const std::vector<std::uint64_t> &symbols, const Eigen::MatrixXd &t,
                     const std::vector<std::int64_t> &inputs, const std::vector<std::int64_t> &labels,
                     const InformationPlaneOptions &options, std::uint64_t index, const CancelToken &cancel)
{
    const std::size_t n = labels.size();
    std::mt19937_64 generator(options.seed * 1000003u + index);
    std::uniform_int_distribution<std::size_t> pick(0, n - 1);
    std::vector<double> ixt, ity;
    std::vector<std::size_t> rows(n);
    for (int b = 0; b < options.bootstrap && !cancel.isCancelled(); ++b) {
        for (std::size_t &row : rows)
            row = pick(generator);
        std::vector<std::int64_t> y(n), x(inputs.empty() ? 0 : n);
        for (std::size_t i = 0; i < n; ++i) {
            y[i] = labels[rows[i]];
            if (!inputs.empty())
                x[i] = inputs[rows[i]];
        }
        if (options.estimator == "binning") {
            std::vector<std::uint64_t> resampled(n);
            for (std::size_t i = 0; i < n; ++i)
                resampled[i] = symbols[rows[i]];
            const BinningEstimate e = binningInformation(resampled, x, CodedLabels(y));
            ixt.push_back(e.ixt);
            ity.push_back(e.ity);
        } else {
            Eigen::MatrixXd resampled(Eigen::Index(n), t.cols());
            for (std::size_t i = 0; i < n; ++i)
                resampled.row(Eigen::Index(i)) = t.row(Eigen::Index(rows[i]));
            const KdeEstimate e = kdeInformation(resampled, y, options.noiseVariance, cancel);
            ixt.push_back(e.ixt);
            ity.push_back(e.ity);
        }
    }
    point.ixtError = standardDeviation(ixt);
    point.ityError = standardDeviation(ity);
}

} // namespace

InformationPlane computeInformationPlane(const ActivationDump &dump, const InformationPlaneOptions &options, Progress &progress,
                                         const CancelToken &cancel)
{
    if (!dump.hasLabels())
        throw AnalysisError("the information plane needs 'labels' in the dump (I(T;Y))");
    if (options.estimator != "binning" && options.estimator != "kde")
        throw AnalysisError("unknown information-plane estimator '" + options.estimator + "' (binning or kde)");
    const std::vector<std::int64_t> labels = labelVector(dump.labels(), "labels");
    const CodedLabels codedLabels(labels);
    std::vector<std::int64_t> inputs;
    if (options.groupIdenticalInputs) {
        if (!dump.hasInputs())
            throw AnalysisError("grouping identical inputs needs 'inputs' in the dump");
        inputs = inputSymbols(dump);
    }
    InformationPlane plane;
    plane.samples = dump.sampleCount();
    plane.labelEntropy = codedLabels.entropy();
    plane.inputEntropy = inputs.empty() ? std::log(double(plane.samples)) : CodedLabels(inputs).entropy();
    for (const std::string &layer : dump.layers())
        for (std::int64_t step : dump.steps())
            if (dump.activationInfo(layer, step))
                plane.points.push_back({layer, step, 0.0, 0.0});

    BinningOptions binning;
    binning.edges = options.bins;
    binning.activationRange = options.activationRange;
    auto computePoint = [&](InformationPlanePoint &point, std::int64_t index) {
        const Tensor activations = dump.activation(point.layer, point.step);
        std::vector<std::uint64_t> symbols;
        Eigen::MatrixXd t;
        if (options.estimator == "binning") {
            symbols = binnedSymbols(activations, binning); // in place on the dump's float32 data
            const BinningEstimate e = binningInformation(symbols, inputs, codedLabels);
            point.ixt = e.ixt;
            point.ity = e.ity;
        } else {
            t = sampleMatrix(activations, point.layer);
            const KdeEstimate e = kdeInformation(t, labels, options.noiseVariance, cancel);
            point.ixt = e.ixt;
            point.ity = e.ity;
        }
        if (options.bootstrap > 0)
            bootstrapErrors(point, symbols, t, inputs, labels, options, std::uint64_t(index), cancel);
    };
    const int count = int(plane.points.size());
    parallelFor(count, 1, options.threads, [&](std::int64_t index, std::int64_t) {
        InformationPlanePoint &point = plane.points[std::size_t(index)];
        try {
            computePoint(point, index);
        } catch (const AnalysisError &error) { // say where: a plane has hundreds of layers × steps
            throw AnalysisError("layer '" + point.layer + "', step " + std::to_string(point.step) + ": " + error.what());
        }
    }, cancel, [&](double fraction) { progress.report(fraction, "information plane"); });
    cancel.throwIfCancelled();
    return plane;
}

namespace {

Result runInformationPlane(const AnalysisInputs &inputs, const ParameterValues &params, Progress &progress, const CancelToken &cancel)
{
    const DataObject &data = inputs.at("dump");
    if (!data.dump)
        throw AnalysisError("input 'dump' is not an activation dump (see docs/dump-format.md)");
    InformationPlaneOptions options;
    options.estimator = params.getString("estimator");
    options.bins = int(params.getInt("bins"));
    options.activationRange = params.getString("range") == "activations";
    options.noiseVariance = params.getDouble("noise_variance");
    options.groupIdenticalInputs = params.getString("x") == "inputs";
    options.bootstrap = int(params.getInt("bootstrap"));
    options.seed = std::uint64_t(params.getInt("seed"));
    const InformationPlane plane = computeInformationPlane(*data.dump, options, progress, cancel);
    const bool bits = params.getString("units") == "bits";
    const double scale = bits ? 1.0 / kLn2 : 1.0;
    const std::string unit = bits ? "bits" : "nats";

    TrajectoryResult trajectories;
    trajectories.id = "plane";
    trajectories.title = "Information plane (" + options.estimator + ")";
    trajectories.xLabel = "I(X;T) [" + unit + "]";
    trajectories.yLabel = "I(T;Y) [" + unit + "]";
    trajectories.stepLabel = data.dump->manifest().stepUnit;
    trajectories.lines = {{"H(X)", plane.inputEntropy * scale, true}, {"H(Y)", plane.labelEntropy * scale, false}};
    TableResult table;
    table.id = "values";
    table.title = "I(X;T) and I(T;Y) per layer and step";
    table.columns = {"layer", "step", "I(X;T) [" + unit + "]", "I(T;Y) [" + unit + "]"};
    if (options.bootstrap > 0) {
        table.columns.push_back("bootstrap sd I(X;T)");
        table.columns.push_back("bootstrap sd I(T;Y)");
    }
    std::map<std::string, std::size_t> index;
    for (const InformationPlanePoint &point : plane.points) {
        auto [it, added] = index.emplace(point.layer, trajectories.trajectories.size());
        if (added)
            trajectories.trajectories.push_back({point.layer, {}, {}, {}, {}, {}});
        Trajectory &trajectory = trajectories.trajectories[it->second];
        trajectory.x.push_back(point.ixt * scale);
        trajectory.y.push_back(point.ity * scale);
        trajectory.step.push_back(double(point.step));
        table.rows.push_back({point.layer, point.step, point.ixt * scale, point.ity * scale});
        if (options.bootstrap > 0) {
            trajectory.xError.push_back(point.ixtError * scale);
            trajectory.yError.push_back(point.ityError * scale);
            table.rows.back().push_back(point.ixtError * scale);
            table.rows.back().push_back(point.ityError * scale);
        }
    }
    TableResult summary;
    summary.id = "summary";
    summary.title = "Summary";
    summary.columns = {"quantity", "value"};
    summary.rows.push_back({std::string("estimator"), options.estimator == "binning"
                                                          ? "binning, " + std::to_string(options.bins) + " edges"
                                                          : "KDE upper bound, σ² = " + std::to_string(options.noiseVariance)});
    summary.rows.push_back({std::string("N"), plane.samples});
    summary.rows.push_back({std::string("H(Y) [" + unit + "] (ceiling of I(T;Y))"), plane.labelEntropy * scale});
    summary.rows.push_back({std::string("H(X) [" + unit + "] (ceiling of I(X;T))"), plane.inputEntropy * scale});
    summary.rows.push_back({std::string("layers"), std::int64_t(trajectories.trajectories.size())});
    Result result;
    result.items = {trajectories, table, summary};
    return result;
}

} // namespace

AnalysisDescriptor informationPlaneAnalysis()
{
    AnalysisDescriptor d;
    d.id = "infoplane.dump";
    d.name = "Information plane of a training run";
    d.category = "Information";
    d.summary = "I(X;T) against I(T;Y) for every layer across training, from an activation dump.";
    d.methodNote = "For each layer T and recorded step: with 'binning', the Shwartz-Ziv & Tishby estimator (see mi.binning); "
                   "with 'kde', the Kolchinsky–Tracey upper bound (see mi.kde). X is either the identity of each sample "
                   "(all distinct, so I(X;T) = H(T)) or the identity of its input row; Y the dump's labels. For a "
                   "deterministic network I(T;Y) ≤ I(X;Y) = H(Y), shown in the summary. k-NN estimators are not offered here: "
                   "with X the identity of each sample I(X;T) of a continuous layer is unbounded, and binary input patterns "
                   "(as in the 12-bit task) are all at the same max-norm distance, which leaves KSG nothing to count; for "
                   "I(T;Y) of one layer, mi.mixed gives the k-NN estimate. Samples with NaN/Inf activations "
                   "make the run fail with the layer named. Layers and steps are computed in parallel.";
    d.citation = "Shwartz-Ziv & Tishby (2017), arXiv:1703.00810; Saxe et al. (2018), On the information bottleneck theory of "
                 "deep learning, ICLR.";
    d.inputs = {{"dump", "Activation dump", "A training run laid out as in docs/dump-format.md, with labels.",
                 DataKind::ActivationDump, false}};
    d.parameters = {
        choiceParameter("estimator", "Estimator",
                        "'binning' (Shwartz-Ziv & Tishby) or 'kde' (Kolchinsky–Tracey upper bound, O(N²) per layer and step).",
                        {"binning", "kde"}),
        intParameter("bins", "Bin edges", "Binning: equally spaced edges (cells = edges − 1); IDNNs uses 30.", 30, 2, 10000)
            .onlyWhen("estimator", {"binning"}),
        choiceParameter("range", "Bin range",
                        "Binning: 'tanh' = [−1, 1]; 'activations' = each layer's own [min, max] (use for ReLU).",
                        {"tanh", "activations"})
            .onlyWhen("estimator", {"binning"}),
        doubleParameter("noise_variance", "Noise variance σ²", "KDE: variance of the assumed Gaussian noise (Saxe et al.: 1e-3).",
                        1e-3, 1e-12, 1e6)
            .onlyWhen("estimator", {"kde"}),
        choiceParameter("x", "X",
                        "'distinct': every sample its own input; 'inputs': identical rows of the dump's inputs are one input.",
                        {"distinct", "inputs"}),
        intParameter("bootstrap", "Bootstrap resamples",
                     "Resample the samples with replacement this many times and show ± one standard deviation of each "
                     "point as error bars (0: off). Binning on a resample sees duplicates, so its values are biased "
                     "low; the spread is what the bars show.",
                     0, 0, 1000),
        intParameter("seed", "Seed", "Seed of the bootstrap resamples.", 0, 0, 2147483647),
        choiceParameter("units", "Units", "bits (as the papers plot) or nats.", {"bits", "nats"})};
    d.outputs = {{"plane", "Information plane", OutputKind::Trajectory,
                  "One trajectory per layer, points ordered by step (with bootstrap error bars if asked)."},
                 {"values", "Values", OutputKind::Table, "I(X;T) and I(T;Y) per layer and step."},
                 {"summary", "Summary", OutputKind::Table, "Estimator, N, H(Y) and the number of layers."}};
    d.run = runInformationPlane;
    return d;
}

} // namespace core

#include "analyses/information/informationplane.h"

#include "analyses/information/binningestimator.h"
#include "analyses/information/discreteinformation.h"
#include "analyses/information/kdeestimator.h"
#include "analyses/information/samplematrix.h"
#include "dump/activationdump.h"
#include "errors/analysiserror.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <thread>

namespace core {

namespace {

constexpr double kLn2 = 0.69314718055994530942;

std::vector<std::int64_t> inputSymbols(const ActivationDump &dump)
{
    const Eigen::MatrixXd x = sampleMatrix(dump.inputs(), "inputs");
    std::map<std::vector<double>, std::int64_t> ids;
    std::vector<std::int64_t> symbols(std::size_t(x.rows()));
    for (Eigen::Index r = 0; r < x.rows(); ++r) {
        std::vector<double> row(std::size_t(x.cols()));
        for (Eigen::Index c = 0; c < x.cols(); ++c)
            row[std::size_t(c)] = x(r, c);
        symbols[std::size_t(r)] = ids.emplace(row, std::int64_t(ids.size())).first->second;
    }
    return symbols;
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
    std::vector<std::int64_t> inputs;
    if (options.groupIdenticalInputs) {
        if (!dump.hasInputs())
            throw AnalysisError("grouping identical inputs needs 'inputs' in the dump");
        inputs = inputSymbols(dump);
    }
    InformationPlane plane;
    plane.samples = dump.sampleCount();
    plane.labelEntropy = discreteEntropy(labels).plugin;
    for (const std::string &layer : dump.layers())
        for (std::int64_t step : dump.steps())
            if (dump.activationInfo(layer, step))
                plane.points.push_back({layer, step, 0.0, 0.0});

    BinningOptions binning;
    binning.edges = options.bins;
    binning.activationRange = options.activationRange;
    const int count = int(plane.points.size());
    std::atomic<int> next{0}, done{0};
    std::exception_ptr failure;
    std::mutex failureMutex;
    auto work = [&](bool reporter) {
        while (true) {
            const int index = next.fetch_add(1);
            if (index >= count || cancel.isCancelled())
                return;
            InformationPlanePoint &point = plane.points[std::size_t(index)];
            try {
                const Eigen::MatrixXd t = sampleMatrix(dump.activation(point.layer, point.step), point.layer);
                if (options.estimator == "binning") {
                    const BinningEstimate e = binningInformation(t, inputs, labels, binning);
                    point.ixt = e.ixt;
                    point.ity = e.ity;
                } else {
                    const KdeEstimate e = kdeInformation(t, labels, options.noiseVariance, cancel);
                    point.ixt = e.ixt;
                    point.ity = e.ity;
                }
            } catch (...) {
                std::lock_guard<std::mutex> lock(failureMutex);
                if (!failure)
                    failure = std::current_exception();
                next = count;
                return;
            }
            const int finished = done.fetch_add(1) + 1;
            if (reporter)
                progress.report(double(finished) / count, point.layer);
        }
    };
    const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
    const int workers = std::max(1, std::min(options.threads > 0 ? options.threads : int(hardware), count));
    std::vector<std::thread> pool;
    for (int w = 1; w < workers; ++w)
        pool.emplace_back(work, false);
    work(true);
    for (std::thread &thread : pool)
        thread.join();
    if (failure)
        std::rethrow_exception(failure);
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
    TableResult table;
    table.id = "values";
    table.title = "I(X;T) and I(T;Y) per layer and step";
    table.columns = {"layer", "step", "I(X;T) [" + unit + "]", "I(T;Y) [" + unit + "]"};
    std::map<std::string, std::size_t> index;
    for (const InformationPlanePoint &point : plane.points) {
        auto [it, added] = index.emplace(point.layer, trajectories.trajectories.size());
        if (added)
            trajectories.trajectories.push_back({point.layer, {}, {}, {}});
        Trajectory &trajectory = trajectories.trajectories[it->second];
        trajectory.x.push_back(point.ixt * scale);
        trajectory.y.push_back(point.ity * scale);
        trajectory.step.push_back(double(point.step));
        table.rows.push_back({point.layer, point.step, point.ixt * scale, point.ity * scale});
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
                   "deterministic network I(T;Y) ≤ I(X;Y) = H(Y), shown in the summary. Samples with NaN/Inf activations "
                   "make the run fail with the layer named. Layers and steps are computed in parallel.";
    d.citation = "Shwartz-Ziv & Tishby (2017), arXiv:1703.00810; Saxe et al. (2018), On the information bottleneck theory of "
                 "deep learning, ICLR.";
    d.inputs = {{"dump", "Activation dump", "A training run laid out as in docs/dump-format.md, with labels.",
                 DataKind::ActivationDump, false}};
    ParameterSpec estimator;
    estimator.id = "estimator";
    estimator.name = "Estimator";
    estimator.help = "'binning' (Shwartz-Ziv & Tishby) or 'kde' (Kolchinsky–Tracey upper bound, O(N²) per layer and step).";
    estimator.type = ParameterType::Choice;
    estimator.defaultValue = std::string("binning");
    estimator.choices = {"binning", "kde"};
    ParameterSpec bins;
    bins.id = "bins";
    bins.name = "Bin edges";
    bins.help = "Binning: equally spaced edges (cells = edges − 1); IDNNs uses 30.";
    bins.type = ParameterType::Int;
    bins.defaultValue = std::int64_t(30);
    bins.minimum = 2;
    bins.maximum = 10000;
    ParameterSpec range;
    range.id = "range";
    range.name = "Bin range";
    range.help = "Binning: 'tanh' = [−1, 1]; 'activations' = each layer's own [min, max] (use for ReLU).";
    range.type = ParameterType::Choice;
    range.defaultValue = std::string("tanh");
    range.choices = {"tanh", "activations"};
    ParameterSpec noise;
    noise.id = "noise_variance";
    noise.name = "Noise variance σ²";
    noise.help = "KDE: variance of the assumed Gaussian noise (Saxe et al.: 1e-3).";
    noise.type = ParameterType::Double;
    noise.defaultValue = 1e-3;
    noise.minimum = 1e-12;
    noise.maximum = 1e6;
    ParameterSpec x;
    x.id = "x";
    x.name = "X";
    x.help = "'distinct': every sample its own input; 'inputs': identical rows of the dump's inputs are one input.";
    x.type = ParameterType::Choice;
    x.defaultValue = std::string("distinct");
    x.choices = {"distinct", "inputs"};
    ParameterSpec units;
    units.id = "units";
    units.name = "Units";
    units.help = "bits (as the papers plot) or nats.";
    units.type = ParameterType::Choice;
    units.defaultValue = std::string("bits");
    units.choices = {"bits", "nats"};
    d.parameters = {estimator, bins, range, noise, x, units};
    d.outputs = {{"plane", "Information plane", OutputKind::Trajectory, "One trajectory per layer, points ordered by step."},
                 {"values", "Values", OutputKind::Table, "I(X;T) and I(T;Y) per layer and step."},
                 {"summary", "Summary", OutputKind::Table, "Estimator, N, H(Y) and the number of layers."}};
    d.run = runInformationPlane;
    return d;
}

} // namespace core

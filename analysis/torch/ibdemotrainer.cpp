#include "torch/ibdemotrainer.h"

#include "analyses/information/binningestimator.h"
#include "analyses/information/codedlabels.h"
#include "analyses/information/szt12task.h"
#include "analyses/information/units.h"
#include "errors/analysiserror.h"

#include <torch/torch.h>

#include <cmath>

namespace core {

namespace {

const std::vector<int> kWidths = {12, 10, 7, 5, 4, 3, 2};

/// Truncated normal N(0, std²) restricted to ±2 std, by resampling (as tf.truncated_normal).
torch::Tensor truncatedNormal(std::int64_t rows, std::int64_t columns, double std)
{
    torch::Tensor values = torch::randn({rows, columns}, torch::kFloat32);
    for (int pass = 0; pass < 100; ++pass) {
        const torch::Tensor outside = values.abs() > 2.0;
        if (!outside.any().item<bool>())
            break;
        values = torch::where(outside, torch::randn({rows, columns}, torch::kFloat32), values);
    }
    return values * std;
}

} // namespace

struct IbDemoTrainer::Impl
{
    IbDemoOptions options;
    std::vector<torch::nn::Linear> layers;
    std::unique_ptr<torch::optim::Adam> optimiser;
    torch::Tensor inputs, labels;       // all 4096
    torch::Tensor trainIndex, testIndex;
    std::unique_ptr<CodedLabels> coded; // the labels as the binning estimator counts them, once
    int epoch = -1;                     // -1: not even epoch 0 measured yet

    /// The network's output before the softmax; the hidden layers' activations in `hidden` if given.
    torch::Tensor logits(const torch::Tensor &x, std::vector<torch::Tensor> *hidden)
    {
        torch::Tensor h = x;
        for (std::size_t i = 0; i < layers.size(); ++i) {
            h = layers[i]->forward(h);
            if (i + 1 < layers.size()) {
                h = options.activation == "relu" ? torch::relu(h) : torch::tanh(h);
                if (hidden)
                    hidden->push_back(h);
            }
        }
        return h;
    }

    /// Every layer's output, the last one after the softmax.
    std::vector<torch::Tensor> forward(const torch::Tensor &x)
    {
        std::vector<torch::Tensor> outputs;
        const torch::Tensor last = logits(x, &outputs);
        outputs.push_back(torch::softmax(last, 1));
        return outputs;
    }
};

IbDemoTrainer::IbDemoTrainer(const IbDemoOptions &options)
    : m_impl(std::make_unique<Impl>())
{
    if (options.activation != "tanh" && options.activation != "relu")
        throw AnalysisError("activation must be 'tanh' or 'relu'");
    if (options.epochs < 1 || options.batchSize < 1 || !(options.learningRate > 0.0))
        throw AnalysisError("epochs, batch size and learning rate must be positive");
    Impl &d = *m_impl;
    d.options = options;
    torch::manual_seed(options.seed);
    torch::NoGradGuard noGrad;
    for (std::size_t i = 0; i + 1 < kWidths.size(); ++i) {
        torch::nn::Linear layer(kWidths[i], kWidths[i + 1]);
        layer->weight.copy_(truncatedNormal(kWidths[i + 1], kWidths[i], 1.0 / std::sqrt(double(kWidths[i]))));
        layer->bias.zero_();
        d.layers.push_back(layer);
    }
    std::vector<torch::Tensor> parameters;
    for (auto &layer : d.layers)
        for (const torch::Tensor &p : layer->parameters())
            parameters.push_back(p);
    d.optimiser = std::make_unique<torch::optim::Adam>(parameters, torch::optim::AdamOptions(options.learningRate));

    Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> x = szt12Inputs().cast<float>();
    d.inputs = torch::from_blob(x.data(), {x.rows(), x.cols()}, torch::kFloat32).clone();
    const std::vector<std::int64_t> labels = szt12Labels();
    d.coded = std::make_unique<CodedLabels>(labels);
    d.labels = torch::tensor(labels, torch::kInt64);
    const torch::Tensor order = torch::randperm(4096, torch::kInt64);
    const std::int64_t train = std::int64_t(std::lround(options.trainFraction * 4096));
    d.trainIndex = order.slice(0, 0, train);
    d.testIndex = order.slice(0, train, 4096);
}

IbDemoTrainer::~IbDemoTrainer() = default;

std::vector<std::string> IbDemoTrainer::layerNames()
{
    return {"fc1", "fc2", "fc3", "fc4", "fc5", "fc6"};
}

bool IbDemoTrainer::isRecordedEpoch(int epoch)
{
    if (epoch < 20)
        return true;
    if (epoch < 100)
        return epoch % 5 == 0;
    if (epoch < 2000)
        return epoch % 20 == 0;
    return epoch % 100 == 0;
}

int IbDemoTrainer::epoch() const
{
    return std::max(0, m_impl->epoch);
}

bool IbDemoTrainer::finished() const
{
    return m_impl->epoch >= m_impl->options.epochs;
}

const IbDemoOptions &IbDemoTrainer::options() const
{
    return m_impl->options;
}

bool IbDemoTrainer::trainEpoch(IbDemoRecord &record)
{
    Impl &d = *m_impl;
    if (finished())
        return false;
    double lossSum = 0.0;
    int batches = 0;
    if (d.epoch >= 0) {
        for (auto &layer : d.layers)
            layer->train();
        const torch::Tensor shuffled = d.trainIndex.index_select(0, torch::randperm(d.trainIndex.size(0), torch::kInt64));
        for (std::int64_t begin = 0; begin < shuffled.size(0); begin += d.options.batchSize) {
            const torch::Tensor batch = shuffled.slice(0, begin, std::min<std::int64_t>(begin + d.options.batchSize, shuffled.size(0)));
            d.optimiser->zero_grad();
            const torch::Tensor logits = d.logits(d.inputs.index_select(0, batch), nullptr);
            const torch::Tensor loss = torch::nn::functional::cross_entropy(logits, d.labels.index_select(0, batch));
            loss.backward();
            d.optimiser->step();
            lossSum += loss.item<double>();
            ++batches;
        }
    }
    ++d.epoch;
    if (!isRecordedEpoch(d.epoch) && d.epoch != d.options.epochs)
        return false;

    torch::NoGradGuard noGrad;
    const std::vector<torch::Tensor> outputs = d.forward(d.inputs);
    record = IbDemoRecord{};
    record.epoch = d.epoch;
    record.loss = batches ? lossSum / batches : torch::nn::functional::cross_entropy(torch::log(outputs.back() + 1e-12), d.labels).item<double>();
    const torch::Tensor predicted = outputs.back().argmax(1);
    record.trainAccuracy = predicted.index_select(0, d.trainIndex).eq(d.labels.index_select(0, d.trainIndex)).to(torch::kFloat64).mean().item<double>();
    record.testAccuracy = predicted.index_select(0, d.testIndex).eq(d.labels.index_select(0, d.testIndex)).to(torch::kFloat64).mean().item<double>();
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        // Transposed before it is made contiguous: column-major, as the estimator reads it, with no second copy.
        const torch::Tensor t = outputs[i].to(torch::kFloat64).t().contiguous();
        const Eigen::Map<const Eigen::MatrixXd> activations(t.data_ptr<double>(), outputs[i].size(0), outputs[i].size(1));
        BinningOptions binning;
        binning.edges = d.options.bins;
        // Hidden ReLU layers are unbounded: bin them over their own range. The softmax output lies in [0, 1].
        const bool hidden = i + 1 < outputs.size();
        binning.activationRange = hidden && d.options.activation == "relu";
        if (!hidden) {
            binning.low = 0.0;
            binning.high = 1.0;
        }
        const BinningEstimate e = binningInformation(binnedSymbols(activations, binning), {}, *d.coded);
        record.ixt.push_back(e.ixt / kLn2);
        record.ity.push_back(e.ity / kLn2);
    }
    return true;
}

} // namespace core

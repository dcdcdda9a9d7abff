#include "torch/ibdemonetworkimpl.h"

#include <cmath>

namespace infoscope_torch {

namespace {

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

IbDemoNetworkImpl::IbDemoNetworkImpl(const core::IbDemoNetworkOptions &options)
    : m_options(options)
{
    const std::vector<int> &widths = options.widths;
    const auto samples = static_cast<std::int64_t>(options.labels.size());
    if (widths.size() < 2 || options.inputs.size() != std::size_t(samples) * std::size_t(widths.front()))
        throw std::runtime_error("the inputs do not match the first layer's width");
    torch::manual_seed(options.seed);
    torch::NoGradGuard noGrad;
    for (std::size_t i = 0; i + 1 < widths.size(); ++i) {
        torch::nn::Linear layer(widths[i], widths[i + 1]);
        layer->weight.copy_(truncatedNormal(widths[i + 1], widths[i], 1.0 / std::sqrt(double(widths[i]))));
        layer->bias.zero_();
        m_layers.push_back(layer);
    }
    std::vector<torch::Tensor> parameters;
    for (auto &layer : m_layers)
        for (const torch::Tensor &p : layer->parameters())
            parameters.push_back(p);
    m_optimiser = std::make_unique<torch::optim::Adam>(parameters, torch::optim::AdamOptions(options.learningRate));

    m_inputs = torch::from_blob(m_options.inputs.data(), {samples, widths.front()}, torch::kFloat32).clone();
    m_labels = torch::tensor(options.labels, torch::kInt64);
    const torch::Tensor order = torch::randperm(samples, torch::kInt64);
    const std::int64_t train = std::int64_t(std::lround(options.trainFraction * double(samples)));
    m_trainIndex = order.slice(0, 0, train);
    m_testIndex = order.slice(0, train, samples);
}

torch::Tensor IbDemoNetworkImpl::logits(const torch::Tensor &x, std::vector<torch::Tensor> *hidden)
{
    torch::Tensor h = x;
    for (std::size_t i = 0; i < m_layers.size(); ++i) {
        h = m_layers[i]->forward(h);
        if (i + 1 < m_layers.size()) {
            h = m_options.relu ? torch::relu(h) : torch::tanh(h);
            if (hidden)
                hidden->push_back(h);
        }
    }
    return h;
}

double IbDemoNetworkImpl::trainEpoch()
{
    for (auto &layer : m_layers)
        layer->train();
    const torch::Tensor shuffled = m_trainIndex.index_select(0, torch::randperm(m_trainIndex.size(0), torch::kInt64));
    double lossSum = 0.0;
    int batches = 0;
    for (std::int64_t begin = 0; begin < shuffled.size(0); begin += m_options.batchSize) {
        const torch::Tensor batch = shuffled.slice(0, begin, std::min<std::int64_t>(begin + m_options.batchSize, shuffled.size(0)));
        m_optimiser->zero_grad();
        const torch::Tensor out = logits(m_inputs.index_select(0, batch), nullptr);
        const torch::Tensor loss = torch::nn::functional::cross_entropy(out, m_labels.index_select(0, batch));
        loss.backward();
        m_optimiser->step();
        lossSum += loss.item<double>();
        ++batches;
    }
    return batches ? lossSum / batches : 0.0;
}

core::IbDemoSnapshot IbDemoNetworkImpl::snapshot()
{
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> outputs;
    const torch::Tensor last = logits(m_inputs, &outputs);
    outputs.push_back(torch::softmax(last, 1));

    core::IbDemoSnapshot snapshot;
    snapshot.loss = torch::nn::functional::cross_entropy(torch::log(outputs.back() + 1e-12), m_labels).item<double>();
    const torch::Tensor predicted = outputs.back().argmax(1);
    snapshot.trainAccuracy = predicted.index_select(0, m_trainIndex).eq(m_labels.index_select(0, m_trainIndex)).to(torch::kFloat64).mean().item<double>();
    snapshot.testAccuracy = predicted.index_select(0, m_testIndex).eq(m_labels.index_select(0, m_testIndex)).to(torch::kFloat64).mean().item<double>();
    for (const torch::Tensor &output : outputs) {
        // Transposed before it is made contiguous: column-major, as the binning estimator reads it.
        const torch::Tensor t = output.to(torch::kFloat64).t().contiguous();
        snapshot.layers.emplace_back(t.data_ptr<double>(), t.data_ptr<double>() + t.numel());
        snapshot.widths.push_back(int(output.size(1)));
    }
    return snapshot;
}

} // namespace infoscope_torch

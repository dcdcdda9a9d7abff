#pragma once

#include "modules/torchbackend.h"

#include <torch/torch.h>

namespace infoscope_torch {

/// The torch half of core::IbDemoTrainer: the network, Adam and the train/test split. Weights are
/// drawn from a truncated normal with std 1/√fan-in, biases are zero (IDNNs).
class IbDemoNetworkImpl final : public core::IbDemoNetwork
{
public:
    explicit IbDemoNetworkImpl(const core::IbDemoNetworkOptions &options);

    double trainEpoch() override;
    core::IbDemoSnapshot snapshot() override;

private:
    /// The output before the softmax; the hidden layers' activations in `hidden` if given.
    torch::Tensor logits(const torch::Tensor &x, std::vector<torch::Tensor> *hidden);

    core::IbDemoNetworkOptions m_options;
    std::vector<torch::nn::Linear> m_layers;
    std::unique_ptr<torch::optim::Adam> m_optimiser;
    torch::Tensor m_inputs, m_labels;
    torch::Tensor m_trainIndex, m_testIndex;
};

} // namespace infoscope_torch

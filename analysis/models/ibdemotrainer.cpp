#include "models/ibdemotrainer.h"

#include "analyses/information/binningestimator.h"
#include "analyses/information/codedlabels.h"
#include "analyses/information/szt12task.h"
#include "analyses/information/units.h"
#include "errors/analysiserror.h"
#include "modules/torchaccess.h"

#include <algorithm>

namespace core {

struct IbDemoTrainer::Impl
{
    IbDemoOptions options;
    std::unique_ptr<IbDemoNetwork> network; // the torch half: layers, Adam, the train/test split
    std::unique_ptr<CodedLabels> coded;     // the labels as the binning estimator counts them, once
    int epoch = -1;                         // -1: not even epoch 0 measured yet
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

    IbDemoNetworkOptions network;
    network.widths = {12, 10, 7, 5, 4, 3, 2};
    network.relu = options.activation == "relu";
    network.learningRate = options.learningRate;
    network.batchSize = options.batchSize;
    network.trainFraction = options.trainFraction;
    network.seed = options.seed;
    const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> x = szt12Inputs().cast<float>();
    network.inputs.assign(x.data(), x.data() + x.size());
    network.labels = szt12Labels();
    d.coded = std::make_unique<CodedLabels>(network.labels);
    try {
        d.network = torchBackend().createIbDemoNetwork(network);
    } catch (const std::exception &error) {
        throw AnalysisError(std::string("the demo network could not be built: ") + error.what());
    }
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
    const bool trained = d.epoch >= 0;
    const double batchLoss = trained ? d.network->trainEpoch() : 0.0;
    ++d.epoch;
    if (!isRecordedEpoch(d.epoch) && d.epoch != d.options.epochs)
        return false;

    const IbDemoSnapshot snapshot = d.network->snapshot();
    record = IbDemoRecord{};
    record.epoch = d.epoch;
    record.loss = trained ? batchLoss : snapshot.loss; // epoch 0 has no batches: the loss over all patterns
    record.trainAccuracy = snapshot.trainAccuracy;
    record.testAccuracy = snapshot.testAccuracy;
    const Eigen::Index samples = Eigen::Index(d.coded->size());
    for (std::size_t i = 0; i < snapshot.layers.size(); ++i) {
        const Eigen::Map<const Eigen::MatrixXd> activations(snapshot.layers[i].data(), samples, snapshot.widths[i]);
        BinningOptions binning;
        binning.edges = d.options.bins;
        // Hidden ReLU layers are unbounded: bin them over their own range. The softmax output lies in [0, 1].
        const bool hidden = i + 1 < snapshot.layers.size();
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

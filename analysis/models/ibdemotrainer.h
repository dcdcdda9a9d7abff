#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace core {

/// The Shwartz-Ziv & Tishby teaching setup, trained with LibTorch (loaded by the constructor,
/// modules/torchaccess.h): the 12-bit task (szt12task.h),
/// a 12-10-7-5-4-3-2 network (tanh or ReLU hidden layers, softmax output), weights drawn from a
/// truncated normal with std 1/√fan-in and zero biases, Adam, cross-entropy, 80 % of the patterns
/// for training. At recording epochs every layer's output on all 4096 patterns goes through the
/// binning estimator: tanh layers over [−1, 1] with 30 edges (IDNNs); ReLU layers over their own
/// [min, max] at that epoch, since they are unbounded. That is the comparison of Saxe et al. (2018).
struct IbDemoOptions
{
    std::string activation = "tanh"; ///< "tanh" or "relu"
    int epochs = 3000;
    double learningRate = 4e-4;      ///< IDNNs
    int batchSize = 512;             ///< IDNNs
    double trainFraction = 0.8;
    int bins = 30;
    std::uint64_t seed = 0;
};

/// One recorded epoch: I(X;T) and I(T;Y) in bits per layer (fc1 … fc6), and how training goes.
struct IbDemoRecord
{
    int epoch = 0;
    std::vector<double> ixt;
    std::vector<double> ity;
    double loss = 0.0;
    double trainAccuracy = 0.0;
    double testAccuracy = 0.0;
};

/// Trains epoch by epoch so that a caller (a worker thread) can pause, stop and show progress.
/// Not thread-safe: use from one thread.
class IbDemoTrainer
{
public:
    explicit IbDemoTrainer(const IbDemoOptions &options); ///< throws AnalysisError for bad options
    ~IbDemoTrainer();
    IbDemoTrainer(const IbDemoTrainer &) = delete;
    IbDemoTrainer &operator=(const IbDemoTrainer &) = delete;

    /// Trains one more epoch. Returns true, with `record` filled, if that epoch is recorded
    /// (Saxe et al.'s schedule: every epoch below 20, every 5th below 100, every 20th below 2000,
    /// then every 100th; epoch 0, before training, is recorded by the first call).
    bool trainEpoch(IbDemoRecord &record);
    int epoch() const;
    bool finished() const;
    const IbDemoOptions &options() const;

    static std::vector<std::string> layerNames();
    static bool isRecordedEpoch(int epoch);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace core

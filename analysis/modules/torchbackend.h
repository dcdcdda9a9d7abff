#pragma once

// The contract between core and the LibTorch module (libinfoscope_torch.so, built from analysis/torch/).
// Core never includes LibTorch and the module never links core: only this header and the DType enum
// cross, with standard-library types, so the two stay independent and the module can be dlopen'ed
// on first use (modules/moduleloader.h). The whole contract is versioned as one: change anything here
// and raise kTorchBackendAbi. Every method reports failure as std::runtime_error carrying LibTorch's own
// message; core adds the file and context (FormatError, AnalysisError).

#include "data/dtype.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace core {

constexpr int kTorchBackendAbi = 2; // 2: saveLinearClassifier

/// A contiguous C-ordered copy of a torch tensor.
struct TorchBuffer
{
    DType dtype = DType::Float32;
    std::vector<std::int64_t> shape;
    std::vector<std::byte> bytes;
};

/// A parameter or buffer of a TorchScript module, as listed without reading it.
struct TorchTensorEntry
{
    std::string name; ///< "lin.weight"
    DType dtype = DType::Float32;
    std::vector<std::int64_t> shape;
    std::string role; ///< "parameter" or "buffer"
};

/// A module loaded with torch::jit::load on the CPU, in eval mode.
class TorchScriptHandle
{
public:
    virtual ~TorchScriptHandle() = default;
    virtual std::vector<TorchTensorEntry> tensors() const = 0;
    virtual std::string typeName() const = 0;
    virtual TorchBuffer tensor(const std::string &name) const = 0;
    /// forward() under NoGradGuard on a float32 C-ordered input; the output, or the first tensor of a
    /// tuple. Safe to call from several threads (serialised inside).
    virtual TorchBuffer forward(const float *input, const std::vector<std::int64_t> &shape) const = 0;
};

/// Options of the Shwartz-Ziv & Tishby network (the torch half of core::IbDemoTrainer).
struct IbDemoNetworkOptions
{
    std::vector<int> widths;          ///< 12, 10, 7, 5, 4, 3, 2
    bool relu = false;                ///< hidden activation: ReLU, else tanh
    double learningRate = 4e-4;
    int batchSize = 512;
    double trainFraction = 0.8;
    std::uint64_t seed = 0;
    std::vector<float> inputs;        ///< samples x widths.front(), row-major
    std::vector<std::int64_t> labels; ///< one class per sample
};

/// Every layer's output on all samples, and how well the network does.
struct IbDemoSnapshot
{
    std::vector<std::vector<double>> layers; ///< per layer, samples x width, column-major; the last after softmax
    std::vector<int> widths;
    double loss = 0.0; ///< cross-entropy over all samples
    double trainAccuracy = 0.0;
    double testAccuracy = 0.0;
};

class IbDemoNetwork
{
public:
    virtual ~IbDemoNetwork() = default;
    /// One epoch of Adam over shuffled mini-batches of the training split; the mean batch loss.
    virtual double trainEpoch() = 0;
    virtual IbDemoSnapshot snapshot() = 0;
};

class TorchBackend
{
public:
    virtual ~TorchBackend() = default;
    virtual std::string version() const = 0;
    virtual void setThreadCount(int threads) = 0;
    virtual std::unique_ptr<TorchScriptHandle> loadScript(const std::string &path) const = 0;
    virtual std::unique_ptr<IbDemoNetwork> createIbDemoNetwork(const IbDemoNetworkOptions &options) const = 0;
    /// Writes a TorchScript module (torch.jit.save format) whose forward(x) is
    /// linear(x.flatten(1), weight, bias): weight is classes x features, row-major. The examples use it
    /// to give a generated classifier to analyses that take a TorchScript file.
    virtual void saveLinearClassifier(const std::string &path, const std::vector<float> &weight,
                                      const std::vector<float> &bias) const = 0;
};

} // namespace core

/// The module's one entry point: its backend if `abi` equals its kTorchBackendAbi, else nullptr.
extern "C" core::TorchBackend *infoscope_torch_backend(int abi);

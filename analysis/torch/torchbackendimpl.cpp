// The LibTorch module's entry point (modules/torchbackend.h): built as libinfoscope_torch.so, which
// links LibTorch and nothing of core.
#include "torch/ibdemonetworkimpl.h"
#include "torch/scripthandle.h"
#include "torch/torchbuffer.h"

#include <ATen/Parallel.h>
#include <torch/script.h>
#include <torch/version.h>

namespace infoscope_torch {

namespace {

class TorchBackendImpl final : public core::TorchBackend
{
public:
    std::string version() const override { return TORCH_VERSION; }
    void setThreadCount(int threads) override { at::set_num_threads(threads > 0 ? threads : 1); }

    std::unique_ptr<core::TorchScriptHandle> loadScript(const std::string &path) const override
    {
        return std::make_unique<ScriptHandle>(path);
    }

    std::unique_ptr<core::IbDemoNetwork> createIbDemoNetwork(const core::IbDemoNetworkOptions &options) const override
    {
        try {
            return std::make_unique<IbDemoNetworkImpl>(options);
        } catch (const std::runtime_error &) {
            throw;
        } catch (const std::exception &error) {
            throw std::runtime_error(torchMessage(error));
        }
    }

    void saveLinearClassifier(const std::string &path, const std::vector<float> &weight,
                              const std::vector<float> &bias) const override
    {
        const auto classes = std::int64_t(bias.size());
        if (classes == 0 || weight.empty() || weight.size() % bias.size() != 0)
            throw std::runtime_error("a linear classifier needs classes x features weights and one bias per class");
        try {
            torch::jit::Module module("LinearClassifier");
            module.register_parameter("weight", torch::tensor(weight).reshape({classes, -1}), false);
            module.register_parameter("bias", torch::tensor(bias), false);
            module.define("def forward(self, x):\n"
                          "    return torch.linear(x.flatten(1), self.weight, self.bias)\n");
            module.save(path);
        } catch (const std::exception &error) {
            throw std::runtime_error(torchMessage(error));
        }
    }
};

} // namespace

} // namespace infoscope_torch

extern "C" __attribute__((visibility("default"))) core::TorchBackend *infoscope_torch_backend(int abi)
{
    static infoscope_torch::TorchBackendImpl backend;
    return abi == core::kTorchBackendAbi ? &backend : nullptr;
}

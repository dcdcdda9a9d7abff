// The LibTorch module's entry point (modules/torchbackend.h): built as libinfoscope_torch.so, which
// links LibTorch and nothing of core.
#include "torch/ibdemonetworkimpl.h"
#include "torch/scripthandle.h"
#include "torch/torchbuffer.h"

#include <ATen/Parallel.h>
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
};

} // namespace

} // namespace infoscope_torch

extern "C" __attribute__((visibility("default"))) core::TorchBackend *infoscope_torch_backend(int abi)
{
    static infoscope_torch::TorchBackendImpl backend;
    return abi == core::kTorchBackendAbi ? &backend : nullptr;
}

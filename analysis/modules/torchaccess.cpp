#include "modules/torchaccess.h"

#include "modules/moduleloader.h"

#include <atomic>

namespace core {

namespace {

std::atomic<int> g_threads{0}; // 0: LibTorch's own default
std::atomic<TorchBackend *> g_backend{nullptr};

} // namespace

const TorchBackend &torchBackend()
{
    // A throwing initialiser leaves the static uninitialised: the next call tries again.
    static TorchBackend &backend = [] () -> TorchBackend & {
        TorchBackend &loaded = moduleInterface<TorchBackend>("torch", "infoscope_torch_backend", kTorchBackendAbi);
        if (const int threads = g_threads.load(); threads != 0)
            loaded.setThreadCount(threads);
        g_backend = &loaded;
        return loaded;
    }();
    return backend;
}

bool isTorchLoaded()
{
    return g_backend.load() != nullptr;
}

void setTorchThreadCount(int threads)
{
    g_threads = threads > 0 ? threads : 1;
    if (TorchBackend *backend = g_backend.load())
        backend->setThreadCount(g_threads);
}

std::string torchVersion()
{
    return INFOSCOPE_TORCH_VERSION;
}

} // namespace core

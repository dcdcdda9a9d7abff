#pragma once

#include "modules/torchbackend.h"

#include <string>

namespace core {

/// The LibTorch module, loaded on first call (modules/moduleloader.h); throws ModuleUnavailableError.
const TorchBackend &torchBackend();
/// Whether LibTorch has been loaded into this process (never loads it).
bool isTorchLoaded();
/// LibTorch's intra-op thread count, so that it does not oversubscribe the cores next to Qt's pool.
/// Remembered until the module loads if it is not loaded yet; <= 0 means one thread.
void setTorchThreadCount(int threads);
/// The LibTorch version InfoScope was built against, e.g. "1.13.1" (known without loading it).
std::string torchVersion();

} // namespace core

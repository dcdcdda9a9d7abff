#pragma once

#include <string>

namespace core {

/// LibTorch's version string, e.g. "1.13.1". The only way the rest of the code learns about torch
/// until the checkpoint readers (analysis/torch/) arrive.
std::string torchVersion();
/// Sets LibTorch's intra-op thread count so that it does not oversubscribe the cores next to Qt's pool.
void configureTorchThreads(int threads);

} // namespace core

#include "torch/torchinfo.h"

#include <ATen/Parallel.h>
#include <torch/version.h>

namespace core {

std::string torchVersion()
{
    return TORCH_VERSION;
}

void configureTorchThreads(int threads)
{
    at::set_num_threads(threads > 0 ? threads : 1);
}

} // namespace core

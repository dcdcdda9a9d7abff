#pragma once

#include "registry/readerdescriptor.h"

namespace core {

/// TorchScript modules (torch.jit.save). Recognised by the archive's member names without LibTorch;
/// reading one loads the LibTorch module (models/torchscriptmodule.h).
ReaderDescriptor torchScriptReaderDescriptor();

} // namespace core

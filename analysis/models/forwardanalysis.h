#pragma once

#include "registry/analysisdescriptor.h"

namespace core {

/// model.forward: a TorchScript module's forward() on an array (LibTorch is loaded when it runs).
AnalysisDescriptor modelForwardAnalysis();

} // namespace core

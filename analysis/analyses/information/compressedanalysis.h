#pragma once

#include "registry/analysisdescriptor.h"

namespace core {

/// mi.compressed: Projects X and Y to a few dimensions (PCA or random) and estimates their MI with KSG.
AnalysisDescriptor compressedAnalysis();

} // namespace core

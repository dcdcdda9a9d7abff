#pragma once

#include "registry/analysisdescriptor.h"

namespace core {

/// "augment.fda": Fourier Domain Adaptation's low-frequency amplitude swap between two images.
AnalysisDescriptor fdaAnalysis();

} // namespace core

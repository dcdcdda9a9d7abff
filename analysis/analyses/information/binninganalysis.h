#pragma once

#include "registry/analysisdescriptor.h"

namespace core {

/// mi.binning: I(X;T) and I(T;Y) of a layer by discretising its activations (Shwartz-Ziv & Tishby).
AnalysisDescriptor binningAnalysis();

} // namespace core

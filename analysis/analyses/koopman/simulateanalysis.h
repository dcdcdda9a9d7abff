#pragma once

#include "registry/analysisdescriptor.h"

namespace core {

/// "dynamics.simulate": a built-in system integrated by Dormand–Prince 5(4).
AnalysisDescriptor simulateAnalysis();

} // namespace core

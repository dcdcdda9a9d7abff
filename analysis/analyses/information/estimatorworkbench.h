#pragma once

#include "registry/analysisdescriptor.h"

namespace core {

/// "mi.workbench": draws correlated Gaussians with known MI and plots each estimator's estimate
/// against the truth as N (or k) varies: the honest way to show estimator bias.
AnalysisDescriptor estimatorWorkbenchAnalysis();

} // namespace core

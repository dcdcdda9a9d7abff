#pragma once

#include "registry/analysisdescriptor.h"

namespace core {

/// "seg.metrics": overlap and surface-distance metrics of one prediction against its ground truth,
/// per class.
AnalysisDescriptor segmentationMetricsAnalysis();

} // namespace core

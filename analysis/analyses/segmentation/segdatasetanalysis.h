#pragma once

#include "registry/analysisdescriptor.h"

namespace core {

/// "seg.dataset": seg.metrics over a segmentation set, one row per image, with a summary and
/// histograms; one or two models' prediction folders, paired with the masks by file stem.
AnalysisDescriptor segmentationDatasetAnalysis();

} // namespace core

#pragma once

#include "analyses/segmentation/modelprediction.h"
#include "registry/analysisdescriptor.h"

namespace core {

/// "seg.dataset": seg.metrics over a segmentation set, one row per image, with a summary and
/// histograms; one or two models' prediction folders, paired with the masks by file stem.
AnalysisDescriptor segmentationDatasetAnalysis();

/// The model parameters of a seg.dataset run (model_size, model_mean, model_std, model_activation).
ModelPreprocessing modelPreprocessing(const ParameterValues &params);

} // namespace core

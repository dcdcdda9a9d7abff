#pragma once

#include "registry/analysisdescriptor.h"

namespace core {

/// "resample.irad-accuracy": a TorchScript classifier's accuracy on labelled images, clean and after
/// IRAD's basic resampling at several magnitudes and interpolations.
AnalysisDescriptor iradAccuracyAnalysis();

} // namespace core

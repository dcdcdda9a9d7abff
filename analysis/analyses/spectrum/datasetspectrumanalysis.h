#pragma once

#include "registry/analysisdescriptor.h"

namespace core {

/// "spectrum.dataset": FPGM's edge-band and whole-image spectral signatures of image sets, and how alike they are.
AnalysisDescriptor datasetSpectrumAnalysis();

} // namespace core

#pragma once

#include "registry/analysisdescriptor.h"

namespace core {

/// "spectrum.compare": two images' spectra side by side and their difference.
AnalysisDescriptor spectrumCompareAnalysis();

} // namespace core

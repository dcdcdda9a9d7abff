#pragma once

#include "registry/analysisdescriptor.h"

namespace core {

/// `spectrum.image`: 2-D amplitude spectrum of an image and its radial profile.
AnalysisDescriptor imageSpectrumAnalysis();

} // namespace core

#pragma once

#include "registry/analysisdescriptor.h"

namespace core {

/// "resample.irad": IRAD's basic resampling with shifted coordinates, and what it changes in the spectrum.
AnalysisDescriptor iradAnalysis();

} // namespace core

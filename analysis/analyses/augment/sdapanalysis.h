#pragma once

#include "registry/analysisdescriptor.h"

namespace core {

/// "subsample.sdap": SDAP's 25 random sub-images of the 5 x 5-cell scheme, as a mosaic, with the partition check.
AnalysisDescriptor sdapAnalysis();

} // namespace core

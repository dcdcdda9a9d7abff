#pragma once

#include "registry/analysisdescriptor.h"

namespace core {

/// "augment.fpgm": FPGM's frequency-prior perturbation of unlabelled images, with a prior learned from a labelled set.
AnalysisDescriptor fpgmAnalysis();

} // namespace core

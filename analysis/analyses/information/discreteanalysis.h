#pragma once

#include "registry/analysisdescriptor.h"

namespace core {

/// mi.discrete: Entropy and mutual information of two integer label arrays (plug-in or Miller–Madow).
AnalysisDescriptor discreteAnalysis();

} // namespace core

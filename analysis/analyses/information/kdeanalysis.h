#pragma once

#include "registry/analysisdescriptor.h"

namespace core {

/// mi.kde: Pairwise-KL upper bound on I(X;T) and estimate of I(T;Y) with Gaussian noise of variance σ².
AnalysisDescriptor kdeAnalysis();

} // namespace core

#pragma once

#include "registry/analysisdescriptor.h"

namespace core {

/// mi.mixed: I(T;Y) between continuous samples T and discrete labels Y from k-nearest neighbours (Ross).
AnalysisDescriptor mixedAnalysis();

} // namespace core

#pragma once

#include "registry/analysisdescriptor.h"

namespace core {

/// "koopman.edmd": extended DMD with a polynomial or radial-basis dictionary.
AnalysisDescriptor edmdAnalysis();

} // namespace core

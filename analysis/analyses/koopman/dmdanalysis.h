#pragma once

#include "registry/analysisdescriptor.h"

namespace core {

/// "koopman.dmd": exact DMD of snapshots or of a built-in system, with its spectrum, modes,
/// prediction error and the trajectory in 3-D.
AnalysisDescriptor dmdAnalysis();

} // namespace core

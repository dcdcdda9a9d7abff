#pragma once

#include "registry/analysisdescriptor.h"

namespace core {

/// mi.renyi: Kernel (Gram-matrix) estimates of I(X;Y): matrix-based Rényi α-MI or Cauchy–Schwarz quadratic MI.
AnalysisDescriptor renyiAnalysis();

} // namespace core

#pragma once

#include "registry/analysisdescriptor.h"
#include "analyses/information/ksgestimator.h"
#include "registry/parametervalues.h"

#include <vector>

namespace core {

/// mi.ksg: Kraskov–Stögbauer–Grassberger k-nearest-neighbour estimate of I(X;Y) for continuous data.
AnalysisDescriptor ksgAnalysis();

/// The KSG options from their parameters, and those parameters (shared with mi.compressed).
KsgOptions ksgOptions(const ParameterValues &params);
std::vector<ParameterSpec> ksgParameters();

} // namespace core

#pragma once

#include "registry/analysisdescriptor.h"

namespace core {

/// mi.gaussian: I(X;Y) of a Gaussian with the data's covariance: ½ ln(det Σx det Σy / det Σxy).
AnalysisDescriptor gaussianAnalysis();

} // namespace core

#pragma once

#include "registry/analysisdescriptor.h"

#include <vector>

namespace core {

/// The mutual-information estimators as registered analyses (mi.*), usable on any arrays.
std::vector<AnalysisDescriptor> informationAnalyses();

} // namespace core

#pragma once

#include "examples/example.h"

namespace core {

/// "subsample.sdap-views": SDAP's 25 random sub-samples of one noisy image partition its pixels and are
/// noisy views of one scene, whose consecutive differences carry twice the noise variance.
Example sdapViewsExample();

} // namespace core

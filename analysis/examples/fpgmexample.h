#pragma once

#include "examples/example.h"

namespace core {

/// "spectrum.fpgm-centres": two generated imaging centres whose edge-band signatures agree while
/// their whole-image signatures differ (FPGM's claim).
Example fpgmCentresExample();

} // namespace core

#pragma once

#include "examples/example.h"

namespace core {

/// "spectrum.fpgm-centres": two generated imaging centres whose edge-band signatures agree while
/// their whole-image signatures differ (FPGM's claim).
Example fpgmCentresExample();

/// "augment.fda-style": FDA moves a target's style (its low-frequency amplitude: colour, brightness)
/// into a source image and keeps the source's content.
Example fdaStyleExample();

} // namespace core

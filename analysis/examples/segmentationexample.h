#pragma once

#include "examples/example.h"

namespace core {

/// seg.metrics on a generated "polyp" image with two imperfect models: one whose boundary is two
/// pixels off, one exact but with a small false detection far away. Overlap metrics barely see the
/// outlier; the Hausdorff distance does (Taha & Hanbury 2015).
Example segmentationExample();

} // namespace core

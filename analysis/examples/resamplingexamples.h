#pragma once

#include "examples/example.h"

namespace core {

/// "resample.irad-accuracy-drop": a generated classifier of oriented fine gratings loses clean
/// accuracy as IRAD's resampling shifts grow (IRAD's cost of basic resampling).
Example iradAccuracyExample();

/// "spectrum.resampling-lowpass": an image and its IRAD-resampled copy compared frequency by
/// frequency: low frequencies pass, high ones are attenuated.
Example resamplingLowPassExample();

} // namespace core

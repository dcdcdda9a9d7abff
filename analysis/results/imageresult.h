#pragma once

#include "data/tensor.h"

#include <cmath>
#include <string>

namespace core {

/// An image (H, W) or (H, W, C) with an optional label mask (H, W) drawn over it.
struct ImageResult
{
    std::string id;
    std::string title;
    Tensor image;
    Tensor overlay; ///< null when there is no overlay
    double overlayOpacity = 0.5;
    /// Display hint: the values shown as black and white (NaN: 0 ... 255 for uint8, else the image's
    /// own min ... max). Before/after images of one analysis share it, so that they compare.
    double displayLow = std::nan("");
    double displayHigh = std::nan("");
};

} // namespace core

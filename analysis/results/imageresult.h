#pragma once

#include "data/tensor.h"

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
};

} // namespace core

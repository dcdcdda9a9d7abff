#pragma once

#include "data/tensor.h"

#include <string>

namespace core {

/// Writes an image tensor (H, W) or (H, W, 3) atomically as an 8-bit PNG (values rounded and clipped
/// to 0 ... 255; RGB order) or, for a path ending in .npy, as float64 .npy with every value as it is.
/// Throws AnalysisError for other shapes and std::runtime_error if the file cannot be written.
void writeImageFile(const Tensor &image, const std::string &path);

} // namespace core

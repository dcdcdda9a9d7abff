#pragma once

#include "modules/torchbackend.h"

#include <torch/script.h>

namespace infoscope_torch {

/// Our DType for a torch scalar type; false for types core does not know (complex, quantised...).
bool fromTorch(c10::ScalarType type, core::DType *out);
/// A contiguous CPU copy; throws std::runtime_error naming `what` for an unsupported dtype.
core::TorchBuffer copyFromTorch(const at::Tensor &source, const std::string &what);
/// LibTorch's message without its C++ back-trace, from c10::Error or a TorchScript interpreter error.
std::string torchMessage(const std::exception &error);

} // namespace infoscope_torch

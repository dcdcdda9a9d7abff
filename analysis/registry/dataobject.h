#pragma once

#include "data/tensor.h"
#include "registry/datakind.h"

#include <string>

namespace core {

/// What a reader returns: the loaded data, its kind and where it came from.
/// Later kinds (image sets, activation dumps, checkpoints) add their members here.
struct DataObject
{
    DataKind kind = DataKind::Tensor;
    std::string source;   ///< path it was read from
    std::string readerId; ///< reader that produced it
    Tensor tensor;        ///< Image and Tensor kinds
};

} // namespace core

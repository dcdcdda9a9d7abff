#pragma once

#include "registry/datakind.h"

#include <string>

namespace core {

/// One typed input of an analysis, e.g. slot "image" of kind Image.
struct InputSlot
{
    std::string id;
    std::string name;
    std::string help;
    DataKind kind = DataKind::Tensor;
    bool optional = false;
};

} // namespace core

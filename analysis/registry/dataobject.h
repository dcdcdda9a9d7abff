#pragma once

#include "data/arraylayout.h"
#include "data/tensor.h"
#include "registry/datakind.h"

#include <memory>
#include <string>

namespace core {

class ArrayCollection;
class ActivationDump;

/// What a reader returns: the loaded data, its kind and where it came from.
struct DataObject
{
    DataKind kind = DataKind::Tensor;
    std::string source;   ///< path it was read from
    std::string readerId; ///< reader that produced it
    Tensor tensor;        ///< Image and Tensor kinds
    ArrayLayout layout;   ///< how `tensor` is stored, where the reader knows (.npy)
    std::shared_ptr<const ArrayCollection> arrays; ///< Arrays, Checkpoint and ActivationDump kinds
    std::shared_ptr<const ActivationDump> dump;    ///< ActivationDump kind
};

} // namespace core

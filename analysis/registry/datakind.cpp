#include "registry/datakind.h"

namespace core {

std::string dataKindName(DataKind kind)
{
    switch (kind) {
    case DataKind::Image: return "image";
    case DataKind::Tensor: return "tensor";
    case DataKind::ImageSet: return "image-set";
    case DataKind::MaskSet: return "mask-set";
    case DataKind::ActivationDump: return "activation-dump";
    case DataKind::Checkpoint: return "checkpoint";
    case DataKind::Arrays: return "arrays";
    }
    return "unknown";
}

bool dataKindAccepts(DataKind wanted, DataKind provided)
{
    if (wanted == provided)
        return true;
    // A 2-d array can be looked at as an image, and an image is an array; a dump and a checkpoint
    // are collections of named arrays.
    return (wanted == DataKind::Tensor && provided == DataKind::Image)
        || (wanted == DataKind::Image && provided == DataKind::Tensor)
        || (wanted == DataKind::Arrays && (provided == DataKind::ActivationDump || provided == DataKind::Checkpoint));
}

} // namespace core

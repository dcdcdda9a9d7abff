#pragma once

#include <string>

namespace core {

/// What a reader produces and what an analysis input slot accepts.
enum class DataKind {
    Image,          ///< one image: Tensor (H, W) or (H, W, C), uint8/uint16/float
    Tensor,         ///< any n-d numeric array
    ImageSet,       ///< images paired by file stem
    MaskSet,        ///< label/binary masks paired by file stem
    ActivationDump, ///< layers x steps -> arrays, plus labels and metadata
    Checkpoint,     ///< named parameter tensors (torch.save, TorchScript)
    Arrays,         ///< named arrays of any shape (.npz, .safetensors, HDF5)
};

std::string dataKindName(DataKind kind);

/// True if data of kind `provided` can fill a slot of kind `wanted` (an Image is also a Tensor).
bool dataKindAccepts(DataKind wanted, DataKind provided);

} // namespace core

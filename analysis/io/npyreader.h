#pragma once

#include "registry/readerdescriptor.h"

namespace core {

/// Reads a NumPy .npy file into a Tensor: memory-mapped when the byte order is native, so opening
/// is O(1) whatever the size; big-endian data is copied and byte-swapped. Throws FormatError.
Tensor readNpy(const std::string &path);

ReaderDescriptor npyReaderDescriptor();

} // namespace core

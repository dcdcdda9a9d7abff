#pragma once

#include "registry/readerdescriptor.h"

#include <memory>

namespace core {

/// Reads a NumPy .npy file into a Tensor: memory-mapped when the byte order is native, so opening
/// is O(1) whatever the size; big-endian data is copied and byte-swapped. Throws FormatError.
Tensor readNpy(const std::string &path);
/// The array in `bytes`, which hold a complete .npy file (a whole mapped file or an .npz member).
/// Native byte order: a view sharing `bytes`; big-endian: a swapped copy. `where` names the file
/// (and member) in errors.
Tensor npyFromStorage(const std::string &where, std::shared_ptr<Storage> bytes);

ReaderDescriptor npyReaderDescriptor();

} // namespace core

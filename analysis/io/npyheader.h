#pragma once

#include "data/arraylayout.h"
#include "data/dtype.h"

#include <cstdint>
#include <string>
#include <vector>

namespace core {

/// The parsed header of a NumPy .npy file (format versions 1.0, 2.0 and 3.0).
struct NpyHeader
{
    DType dtype = DType::Float64;
    bool bigEndian = false;
    bool fortranOrder = false;
    std::vector<std::int64_t> shape;
    std::uint64_t dataOffset = 0; ///< byte offset of the first element
};

/// How the header says the array is stored ("none" or "deflate" comes from the container).
ArrayLayout npyLayout(const NpyHeader &header, const std::string &compression = "none");

/// Parses the header at the start of `bytes` (which may be the whole file or only its start).
/// Throws FormatError naming `path` on wrong magic, unsupported version, malformed dictionary,
/// object/structured dtypes (which would need Python to decode) or overflowing shapes.
NpyHeader parseNpyHeader(const std::string &path, const std::byte *bytes, std::size_t size);

} // namespace core

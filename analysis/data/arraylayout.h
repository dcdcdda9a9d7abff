#pragma once

#include "data/dtype.h"

#include <cstdint>
#include <string>
#include <vector>

namespace core {

/// How an array is stored in its file, as `inspect` reports it. Empty strings: the format does not say.
struct ArrayLayout
{
    std::string byteOrder;   ///< "little", "big", or "n/a" for one-byte elements
    std::string order;       ///< "C", "F" (Fortran) or "strided" (a view with its own strides)
    std::string compression; ///< "none", "deflate", or the filter chain, e.g. "shuffle+deflate"
    std::vector<std::int64_t> chunks; ///< chunk shape of a chunked dataset; empty if contiguous
};

/// "little"/"big", or "n/a" for one-byte element types, whose byte order does not matter.
inline std::string byteOrderName(bool bigEndian, DType type)
{
    return dtypeSize(type) == 1 ? "n/a" : bigEndian ? "big" : "little";
}

} // namespace core

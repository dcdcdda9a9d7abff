#pragma once

#include "data/arraylayout.h"
#include "data/dtype.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace core {

/// What a container knows about one of its arrays without reading it.
struct ArrayInfo
{
    std::string name;                 ///< path-like: "activations/fc1/000003", "model/0.weight"
    DType dtype = DType::Float32;
    std::vector<std::int64_t> shape;
    std::uint64_t storedBytes = 0;    ///< bytes on disk (compressed size for deflated members)
    bool compressed = false;
    ArrayLayout layout;               ///< byte order, C/F order, compression, chunks as stored
    std::map<std::string, std::string> attributes; ///< e.g. HDF5 attributes, as text
};

} // namespace core

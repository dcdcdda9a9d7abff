#pragma once

#include "data/dtype.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace core {

/// A value produced by the restricted unpickler: plain Python data, the two torch records it may
/// build, and nothing that could run code.
struct PickleValue
{
    enum class Kind { None, Bool, Int, Float, String, Bytes, List, Tuple, Dict, Global, Storage, Tensor };

    Kind kind = Kind::None;
    bool boolean = false;
    std::int64_t integer = 0;
    double real = 0.0;
    std::string text; ///< String, Bytes, Global ("module.name"), Storage (archive key)
    /// List and Tuple: the items; Dict: key, value, key, value ... in insertion order. Shared, because
    /// pickle memoises containers and later opcodes append to the memoised object.
    std::shared_ptr<std::vector<PickleValue>> items;

    // Storage: element type and element count; Tensor: a view of a storage.
    DType dtype = DType::Float32;
    std::int64_t storageNumel = 0;
    std::string storageKey;
    std::int64_t storageOffset = 0; ///< in elements
    std::vector<std::int64_t> shape;
    std::vector<std::int64_t> strides; ///< in elements

    static PickleValue container(Kind kind)
    {
        PickleValue value;
        value.kind = kind;
        value.items = std::make_shared<std::vector<PickleValue>>();
        return value;
    }
};

} // namespace core

#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace core {

/// Element type of a Tensor. Names follow numpy (`float32`, `uint8`, ...).
enum class DType {
    Bool,
    Int8,
    Int16,
    Int32,
    Int64,
    UInt8,
    UInt16,
    UInt32,
    UInt64,
    Float16,
    Float32,
    Float64,
    Complex64,
    Complex128,
    BFloat16, ///< PyTorch's brain float: the top 16 bits of a float32
};

/// Size of one element in bytes.
std::size_t dtypeSize(DType type);
/// numpy-style name, e.g. "float32".
std::string dtypeName(DType type);
/// Parses a numpy-style name; returns false for unknown names.
bool dtypeFromName(const std::string &name, DType *type);
bool isComplex(DType type);
bool isFloating(DType type);

/// Converts one element at `bytes` (native byte order) to double; complex types yield the real part.
double elementToDouble(const std::byte *bytes, DType type);

} // namespace core

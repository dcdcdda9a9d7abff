#include "data/dtype.h"

#include <array>
#include <cstring>
#include <cmath>
#include <limits>

namespace core {

namespace {

struct DTypeInfo
{
    DType type;
    const char *name;
    std::size_t size;
};

constexpr std::array<DTypeInfo, 15> kInfos{{
    {DType::Bool, "bool", 1},
    {DType::Int8, "int8", 1},
    {DType::Int16, "int16", 2},
    {DType::Int32, "int32", 4},
    {DType::Int64, "int64", 8},
    {DType::UInt8, "uint8", 1},
    {DType::UInt16, "uint16", 2},
    {DType::UInt32, "uint32", 4},
    {DType::UInt64, "uint64", 8},
    {DType::Float16, "float16", 2},
    {DType::Float32, "float32", 4},
    {DType::Float64, "float64", 8},
    {DType::Complex64, "complex64", 8},
    {DType::Complex128, "complex128", 16},
    {DType::BFloat16, "bfloat16", 2},
}};

const DTypeInfo &info(DType type)
{
    return kInfos[static_cast<std::size_t>(type)];
}

template<typename T>
double load(const std::byte *bytes)
{
    T value;
    std::memcpy(&value, bytes, sizeof(T));
    return static_cast<double>(value);
}

// IEEE 754 binary16 to double, including subnormals, infinities and NaN.
double halfToDouble(std::uint16_t h)
{
    const int sign = (h >> 15) & 1;
    const int exponent = (h >> 10) & 0x1f;
    const int mantissa = h & 0x3ff;
    double value;
    if (exponent == 0)
        value = std::ldexp(static_cast<double>(mantissa), -24);
    else if (exponent == 31)
        value = mantissa ? std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::infinity();
    else
        value = std::ldexp(static_cast<double>(mantissa + 1024), exponent - 25);
    return sign ? -value : value;
}

} // namespace

std::size_t dtypeSize(DType type)
{
    return info(type).size;
}

std::string dtypeName(DType type)
{
    return info(type).name;
}

bool dtypeFromName(const std::string &name, DType *type)
{
    for (const DTypeInfo &candidate : kInfos) {
        if (name == candidate.name) {
            *type = candidate.type;
            return true;
        }
    }
    return false;
}

bool isComplex(DType type)
{
    return type == DType::Complex64 || type == DType::Complex128;
}

bool isFloating(DType type)
{
    return type == DType::Float16 || type == DType::BFloat16 || type == DType::Float32 || type == DType::Float64 || isComplex(type);
}

double elementToDouble(const std::byte *bytes, DType type)
{
    switch (type) {
    case DType::Bool: return std::to_integer<int>(bytes[0]) != 0 ? 1.0 : 0.0;
    case DType::Int8: return load<std::int8_t>(bytes);
    case DType::Int16: return load<std::int16_t>(bytes);
    case DType::Int32: return load<std::int32_t>(bytes);
    case DType::Int64: return load<std::int64_t>(bytes);
    case DType::UInt8: return load<std::uint8_t>(bytes);
    case DType::UInt16: return load<std::uint16_t>(bytes);
    case DType::UInt32: return load<std::uint32_t>(bytes);
    case DType::UInt64: return load<std::uint64_t>(bytes);
    case DType::Float16: {
        std::uint16_t h;
        std::memcpy(&h, bytes, 2);
        return halfToDouble(h);
    }
    case DType::Float32: return load<float>(bytes);
    case DType::Float64: return load<double>(bytes);
    case DType::Complex64: return load<float>(bytes);
    case DType::Complex128: return load<double>(bytes);
    case DType::BFloat16: {
        std::uint16_t b;
        std::memcpy(&b, bytes, 2);
        const std::uint32_t bits = std::uint32_t(b) << 16;
        float f;
        std::memcpy(&f, &bits, 4);
        return f;
    }
    }
    return 0.0;
}

} // namespace core

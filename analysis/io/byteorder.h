#pragma once

#include <cstddef>
#include <cstdint>

namespace core {

/// An unsigned integer stored in `count` (≤ 8) bytes, least significant first, whatever the host's
/// byte order. Bounds are the caller's to check.
inline std::uint64_t littleEndian(const std::byte *bytes, int count)
{
    std::uint64_t value = 0;
    for (int i = count - 1; i >= 0; --i)
        value = (value << 8) | std::to_integer<std::uint64_t>(bytes[i]);
    return value;
}

/// The same, most significant byte first.
inline std::uint64_t bigEndian(const std::byte *bytes, int count)
{
    std::uint64_t value = 0;
    for (int i = 0; i < count; ++i)
        value = (value << 8) | std::to_integer<std::uint64_t>(bytes[i]);
    return value;
}

} // namespace core

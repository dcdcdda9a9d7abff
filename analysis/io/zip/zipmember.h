#pragma once

#include <cstdint>
#include <string>

namespace core {

/// One entry of a zip archive's central directory, with the offsets already checked against the file.
struct ZipMember
{
    std::string name;
    std::uint16_t method = 0; ///< 0 stored, 8 deflate; others are listed but cannot be read
    std::uint32_t crc32 = 0;
    std::uint64_t compressedSize = 0;
    std::uint64_t size = 0;
    std::uint64_t localHeaderOffset = 0;
    std::uint64_t dataOffset = 0; ///< first byte of the member's (compressed) data
    bool encrypted = false;
};

} // namespace core

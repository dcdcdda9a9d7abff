#include "io/imagestructure.h"

#include "errors/formaterror.h"
#include "io/byteorder.h"

#include <zlib.h>

#include <cstdint>
#include <cstring>

namespace core {

namespace {

constexpr const char *kReader = "image";

std::uint32_t bigEndian32(const std::byte *p)
{
    return static_cast<std::uint32_t>(bigEndian(p, 4));
}

void checkPng(const std::string &path, const std::byte *data, std::size_t size, long long maxPixels)
{
    std::size_t at = 8;
    bool first = true;
    while (true) {
        if (size - at < 12)
            throw FormatError(path, kReader, "PNG ends without an IEND chunk (truncated file)", at);
        const std::uint32_t length = bigEndian32(data + at);
        const std::string type(reinterpret_cast<const char *>(data + at + 4), 4);
        if (length > size - at - 12)
            throw FormatError(path, kReader, "PNG chunk '" + type + "' runs past the end of the file (truncated file)", at);
        const std::uint32_t stored = bigEndian32(data + at + 8 + length);
        const uLong crc = crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(data + at + 4), uInt(length) + 4);
        if (crc != stored)
            throw FormatError(path, kReader, "PNG chunk '" + type + "' has a bad CRC (corrupt data)", at);
        if (first) {
            if (type != "IHDR" || length != 13)
                throw FormatError(path, kReader, "PNG does not start with an IHDR chunk", at);
            const long long width = bigEndian32(data + at + 8), height = bigEndian32(data + at + 12);
            if (width == 0 || height == 0)
                throw FormatError(path, kReader, "PNG header gives a zero width or height", at);
            if (width * height > maxPixels)
                throw FormatError(path, kReader, "PNG header claims " + std::to_string(width) + " x " + std::to_string(height)
                                                     + " pixels, more than the " + std::to_string(maxPixels) + " allowed", at);
            first = false;
        }
        at += 12 + length;
        if (type == "IEND")
            return;
    }
}

void checkJpeg(const std::string &path, const std::byte *data, std::size_t size)
{
    // The end-of-image marker may be followed by padding or trailing metadata; look near the end.
    const std::size_t window = size < 4096 ? size : 4096;
    for (std::size_t i = size - 1; i > size - window; --i)
        if (data[i] == std::byte(0xd9) && data[i - 1] == std::byte(0xff))
            return;
    throw FormatError(path, kReader, "JPEG has no end-of-image marker (truncated file)", size);
}

} // namespace

void checkImageStructure(const std::string &path, const std::byte *data, std::size_t size, long long maxPixels)
{
    static const unsigned char pngSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (size >= 8 && std::memcmp(data, pngSignature, 8) == 0)
        checkPng(path, data, size, maxPixels);
    else if (size >= 3 && data[0] == std::byte(0xff) && data[1] == std::byte(0xd8) && data[2] == std::byte(0xff))
        checkJpeg(path, data, size);
}

bool isOneBitGreyPng(const std::byte *data, std::size_t size)
{
    static const unsigned char header[16] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    return size >= 33 && std::memcmp(data, header, 16) == 0 && data[24] == std::byte(1) && data[25] == std::byte(0);
}

} // namespace core

#include "io/imagestructure.h"

#include "data/memorylimit.h"
#include "errors/formaterror.h"
#include "io/byteorder.h"
#include "io/zip/crc32.h"

#include <cstdint>
#include <algorithm>
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
        const std::uint32_t crc = core::crc32(0, data + at + 4, std::size_t(length) + 4);
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
            const int depth = int(data[at + 16]), colour = int(data[at + 17]);
            const long long channels = colour == 0 ? 1 : colour == 4 || colour == 6 || colour == 3 ? 4 : 3;
            checkMaterialise(std::uint64_t(width * height * channels * (depth == 16 ? 2 : 1)), path + " decoded");
            first = false;
        }
        at += 12 + length;
        if (type == "IEND")
            return;
    }
}

/// The frame header (SOFn) before any scan: its size is checked before the decoder allocates for it.
void checkJpegFrame(const std::string &path, const std::byte *data, std::size_t size, long long maxPixels)
{
    auto at = [&](std::size_t i) { return static_cast<unsigned>(data[i]); };
    for (std::size_t i = 2; i + 4 <= size;) {
        if (at(i) != 0xff) {
            ++i;
            continue;
        }
        const unsigned marker = at(i + 1);
        if (marker == 0xff || marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
            i += marker == 0xff ? 1 : 2; // fill byte, or a marker without a length
            continue;
        }
        if (marker == 0xda || marker == 0xd9)
            return; // start of scan or end of image before any frame header: left to the decoder
        const std::size_t length = std::size_t(bigEndian(data + i + 2, 2));
        const bool frame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
        if (frame && i + 10 <= size) {
            const long long precision = at(i + 4), height = bigEndian(data + i + 5, 2), width = bigEndian(data + i + 7, 2);
            const long long components = at(i + 9);
            if (width * height > maxPixels)
                throw FormatError(path, kReader, "JPEG frame header claims " + std::to_string(width) + " x "
                                                     + std::to_string(height) + " pixels, more than the "
                                                     + std::to_string(maxPixels) + " allowed", i);
            checkMaterialise(std::uint64_t(width * height * std::max(1LL, components) * (precision > 8 ? 2 : 1)),
                             path + " decoded");
            return;
        }
        i += 2 + length;
    }
}

void checkJpeg(const std::string &path, const std::byte *data, std::size_t size, long long maxPixels)
{
    checkJpegFrame(path, data, size, maxPixels);
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
        checkJpeg(path, data, size, maxPixels);
}

bool isOneBitGreyPng(const std::byte *data, std::size_t size)
{
    static const unsigned char header[16] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    return size >= 33 && std::memcmp(data, header, 16) == 0 && data[24] == std::byte(1) && data[25] == std::byte(0);
}

} // namespace core

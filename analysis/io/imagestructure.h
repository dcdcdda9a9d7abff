#pragma once

#include <cstddef>
#include <string>

namespace core {

/// Checks the container structure of a PNG (signature, every chunk's length and CRC, IHDR first
/// with a sane size, IEND last) or a JPEG (start and end-of-image markers) before the decoder sees
/// it: libpng and libjpeg print their own complaints to stderr and decode truncated files partially,
/// while this gives one specific FormatError naming the file, the chunk and the byte offset.
/// Other formats pass unchecked. `maxPixels` bounds width x height from the PNG header.
void checkImageStructure(const std::string &path, const std::byte *data, std::size_t size, long long maxPixels);

} // namespace core

namespace core {

/// Whether `data` is a PNG of one-bit grey pixels (IHDR bit depth 1, colour type 0), which numpy and
/// Pillow read as bool.
bool isOneBitGreyPng(const std::byte *data, std::size_t size);

} // namespace core

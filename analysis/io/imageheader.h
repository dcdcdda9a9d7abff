#pragma once

#include "data/arrayinfo.h"

#include <filesystem>
#include <string>

namespace core {

/// A file name that an image reader takes (.png, .jpg, .jpeg, .tif, .tiff, .bmp, any case).
bool isImageFile(const std::filesystem::path &file);

/// Fills `info`'s shape and dtype from a PNG or JPEG header (the first 64 KiB of the file), so that a
/// folder of thousands of images opens without decoding one; false if the header does not tell
/// (TIFF, BMP: decode those).
bool probeImageHeader(const std::string &file, ArrayInfo &info);

} // namespace core

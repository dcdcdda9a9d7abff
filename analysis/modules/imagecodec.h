#pragma once

// The contract between core and the image-codec module (libinfoscope_codecs.so, built from
// analysis/codecs/): OpenCV's imgcodecs pulls in GDAL, GDCM and OpenEXR (about 140 libraries and
// 50 MB), so it is loaded on the first image read (modules/moduleloader.h). Standard-library types
// only; raise kImageCodecAbi on any change. Failures are std::runtime_error with the decoder's message.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace core {

constexpr int kImageCodecAbi = 2;

/// Decoded pixels, rows x cols x channels, row-major, channels in RGB(A) order.
struct DecodedImage
{
    int rows = 0;
    int cols = 0;
    int channels = 0;
    int bytesPerChannel = 0;  ///< 1 (uint8), 2 (uint16) or 4 (float32)
    bool floating = false;    ///< 4-byte channels are float32
    std::vector<std::byte> pixels;
};

class ImageCodec
{
public:
    virtual ~ImageCodec() = default;
    /// Decodes an encoded image (PNG, JPEG, TIFF, BMP) held in memory. An empty result (rows == 0)
    /// means the decoder could not make sense of it.
    virtual DecodedImage decode(const std::byte *data, std::size_t size) const = 0;
    /// Encodes 8-bit pixels (1 or 3 channels, RGB order) as PNG.
    virtual std::vector<std::byte> encodePng(const DecodedImage &image) const = 0;
};

} // namespace core

/// The module's one entry point: its codec if `abi` equals its kImageCodecAbi, else nullptr.
extern "C" core::ImageCodec *infoscope_image_codec(int abi);

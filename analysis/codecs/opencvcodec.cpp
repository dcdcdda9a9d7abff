// The image-codec module's entry point (modules/imagecodec.h): built as libinfoscope_codecs.so, the
// only code that links OpenCV's imgcodecs (and through it GDAL, GDCM and OpenEXR).
#include "modules/imagecodec.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstring>
#include <limits>
#include <stdexcept>
#include <string>

namespace infoscope_codecs {

namespace {

class OpenCvCodec final : public core::ImageCodec
{
public:
    core::DecodedImage decode(const std::byte *data, std::size_t size) const override
    {
        core::DecodedImage decoded;
        if (size == 0 || size >= std::size_t(std::numeric_limits<int>::max()))
            return decoded;
        cv::Mat image;
        try {
            image = cv::imdecode(cv::Mat(1, int(size), CV_8UC1, const_cast<std::byte *>(data)), cv::IMREAD_UNCHANGED);
            if (image.empty())
                return decoded;
            if (image.channels() == 3)
                cv::cvtColor(image, image, cv::COLOR_BGR2RGB);
            else if (image.channels() == 4)
                cv::cvtColor(image, image, cv::COLOR_BGRA2RGBA);
        } catch (const cv::Exception &e) {
            throw std::runtime_error(e.err);
        }
        decoded.rows = image.rows;
        decoded.cols = image.cols;
        decoded.channels = image.channels();
        decoded.bytesPerChannel = int(image.elemSize1());
        decoded.floating = image.depth() == CV_32F || image.depth() == CV_64F;
        if (image.depth() != CV_8U && image.depth() != CV_16U && image.depth() != CV_32F)
            throw std::runtime_error("unsupported pixel depth (expected 8/16-bit unsigned or 32-bit float)");
        const std::size_t rowBytes = std::size_t(image.cols) * image.elemSize();
        decoded.pixels.resize(rowBytes * std::size_t(image.rows));
        for (int r = 0; r < image.rows; ++r)
            std::memcpy(decoded.pixels.data() + std::size_t(r) * rowBytes, image.ptr(r), rowBytes);
        return decoded;
    }

    std::vector<std::byte> encodePng(const core::DecodedImage &image) const override
    {
        if (image.bytesPerChannel != 1 || (image.channels != 1 && image.channels != 3))
            throw std::runtime_error("PNG encoding takes 8-bit grey or RGB pixels");
        cv::Mat pixels(image.rows, image.cols, image.channels == 3 ? CV_8UC3 : CV_8UC1,
                       const_cast<std::byte *>(image.pixels.data()));
        cv::Mat ordered;
        if (image.channels == 3)
            cv::cvtColor(pixels, ordered, cv::COLOR_RGB2BGR);
        else
            ordered = pixels;
        std::vector<std::uint8_t> bytes;
        try {
            if (!cv::imencode(".png", ordered, bytes))
                throw std::runtime_error("the PNG encoder failed");
        } catch (const cv::Exception &e) {
            throw std::runtime_error(e.err);
        }
        std::vector<std::byte> out(bytes.size());
        std::memcpy(out.data(), bytes.data(), bytes.size());
        return out;
    }
};

} // namespace

} // namespace infoscope_codecs

extern "C" __attribute__((visibility("default"))) core::ImageCodec *infoscope_image_codec(int abi)
{
    static infoscope_codecs::OpenCvCodec codec;
    return abi == core::kImageCodecAbi ? &codec : nullptr;
}

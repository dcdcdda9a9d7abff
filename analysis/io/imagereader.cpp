#include "io/imagereader.h"

#include "data/mappedfile.h"
#include "errors/formaterror.h"
#include "io/imagefolder.h"
#include "io/imagestructure.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstring>
#include <limits>

namespace core {

namespace {

constexpr const char *kReader = "image";
constexpr std::int64_t kMaxPixels = std::int64_t(1) << 28; // 268 M pixels: beyond that, use a tiled format

// Magic numbers of the formats we accept; OpenCV decodes more, but these are the tested ones.
int magicConfidence(const std::string &b)
{
    if (b.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0)
        return 90;
    if (b.size() >= 3 && static_cast<unsigned char>(b[0]) == 0xFF && static_cast<unsigned char>(b[1]) == 0xD8
        && static_cast<unsigned char>(b[2]) == 0xFF)
        return 90;
    if (b.compare(0, 4, std::string("II*\0", 4)) == 0 || b.compare(0, 4, std::string("MM\0*", 4)) == 0)
        return 80;
    if (b.compare(0, 2, "BM") == 0)
        return 60;
    return 0;
}

DType dtypeOf(int depth, const std::string &path)
{
    switch (depth) {
    case CV_8U: return DType::UInt8;
    case CV_16U: return DType::UInt16;
    case CV_32F: return DType::Float32;
    default: throw FormatError(path, kReader, "unsupported pixel depth (expected 8/16-bit unsigned or 32-bit float)");
    }
}

} // namespace

Tensor readImage(const std::string &path)
{
    cv::Mat image;
    const MappedFile file(path);
    checkImageStructure(path, file.data(), file.size(), kMaxPixels);
    try {
        // Decode the bytes already mapped for the structure check instead of reading the file again.
        if (file.size() > 0 && file.size() < std::size_t(std::numeric_limits<int>::max()))
            image = cv::imdecode(cv::Mat(1, int(file.size()), CV_8UC1, const_cast<std::byte *>(file.data())), cv::IMREAD_UNCHANGED);
        else
            image = cv::imread(path, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception &e) {
        throw FormatError(path, kReader, std::string("cannot decode: ") + e.err);
    }
    if (image.empty())
        throw FormatError(path, kReader, "cannot decode image (corrupt, truncated or unsupported encoding)");
    if (static_cast<std::int64_t>(image.rows) * image.cols > kMaxPixels)
        throw FormatError(path, kReader, "image is larger than " + std::to_string(kMaxPixels) + " pixels");

    const int channels = image.channels();
    if (channels == 3)
        cv::cvtColor(image, image, cv::COLOR_BGR2RGB);
    else if (channels == 4)
        cv::cvtColor(image, image, cv::COLOR_BGRA2RGBA);
    else if (channels != 1)
        throw FormatError(path, kReader, "unsupported channel count " + std::to_string(channels));

    const DType type = dtypeOf(image.depth(), path);
    Tensor::Shape shape{image.rows, image.cols};
    if (channels > 1)
        shape.push_back(channels);
    Tensor tensor = Tensor::zeros(type, shape);
    const std::size_t rowBytes = static_cast<std::size_t>(image.cols) * image.elemSize();
    auto *out = reinterpret_cast<unsigned char *>(tensor.mutableBytes());
    for (int r = 0; r < image.rows; ++r)
        std::memcpy(out + static_cast<std::size_t>(r) * rowBytes, image.ptr(r), rowBytes);
    return tensor;
}

ReaderDescriptor imageReaderDescriptor()
{
    ReaderDescriptor reader;
    reader.id = "image.opencv";
    reader.name = "Image (PNG, JPEG, TIFF, BMP)";
    reader.extensions = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp"};
    reader.produces = DataKind::Image;
    reader.confidence = [](const std::string &, const std::string &firstBytes) { return magicConfidence(firstBytes); };
    reader.read = [](const std::string &path) {
        DataObject data;
        data.kind = DataKind::Image;
        data.tensor = readImage(path);
        return data;
    };
    return reader;
}

ReaderDescriptor imageFolderReaderDescriptor()
{
    ReaderDescriptor reader;
    reader.id = "imageset.folder";
    reader.name = "Images with masks (folder with images/ and masks/)";
    reader.readsFolders = true;
    reader.produces = DataKind::ImageSet;
    reader.confidence = [](const std::string &path, const std::string &) {
        return ImageFolder::findSubfolders(path).first.empty() ? 0 : 90;
    };
    reader.read = [](const std::string &path) {
        DataObject data;
        data.kind = DataKind::ImageSet;
        data.arrays = std::make_shared<ImageFolder>(path);
        return data;
    };
    return reader;
}

} // namespace core

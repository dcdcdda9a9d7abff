#include "io/imagereader.h"

#include "data/mappedfile.h"
#include "errors/formaterror.h"
#include "io/imagefolder.h"
#include "io/maskfolder.h"
#include "io/imagestructure.h"
#include "modules/imagecodecaccess.h"
#include "modules/moduleloader.h"

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

} // namespace

Tensor readImage(const std::string &path)
{
    const MappedFile file(path);
    checkImageStructure(path, file.data(), file.size(), kMaxPixels);
    if (file.size() >= std::size_t(std::numeric_limits<int>::max()))
        throw FormatError(path, kReader, "image file is larger than 2 GiB; use a tiled format");
    DecodedImage image;
    try {
        image = imageCodec().decode(file.data(), file.size()); // the bytes already mapped for the check
    } catch (const ModuleUnavailableError &e) {
        throw FormatError(path, kReader, e.what());
    } catch (const std::exception &e) {
        throw FormatError(path, kReader, std::string("cannot decode: ") + e.what());
    }
    if (image.rows <= 0 || image.cols <= 0)
        throw FormatError(path, kReader, "cannot decode image (corrupt, truncated or unsupported encoding)");
    if (static_cast<std::int64_t>(image.rows) * image.cols > kMaxPixels)
        throw FormatError(path, kReader, "image is larger than " + std::to_string(kMaxPixels) + " pixels");
    if (image.channels != 1 && image.channels != 3 && image.channels != 4)
        throw FormatError(path, kReader, "unsupported channel count " + std::to_string(image.channels));

    const DType type = image.floating ? DType::Float32 : image.bytesPerChannel == 2 ? DType::UInt16 : DType::UInt8;
    Tensor::Shape shape{image.rows, image.cols};
    if (image.channels > 1)
        shape.push_back(image.channels);
    Tensor tensor = Tensor::zeros(type, shape);
    if (tensor.nbytes() != image.pixels.size())
        throw FormatError(path, kReader, "the decoder returned a pixel buffer of an unexpected size");
    std::memcpy(tensor.mutableBytes(), image.pixels.data(), image.pixels.size());
    if (isOneBitGreyPng(file.data(), file.size())) {
        // numpy/Pillow read a 1-bit PNG as bool; the decoder expands it to 0/255.
        Tensor mask = Tensor::zeros(DType::Bool, shape);
        const auto *in = tensor.data<std::uint8_t>();
        auto *out = mask.mutableData<bool>();
        for (std::int64_t i = 0; i < mask.numel(); ++i)
            out[i] = in[i] != 0;
        return mask;
    }
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

ReaderDescriptor maskFolderReaderDescriptor()
{
    ReaderDescriptor reader;
    reader.id = "masks.folder";
    reader.name = "Masks or predictions (folder of PNG/TIFF/.npy by file stem)";
    reader.readsFolders = true;
    reader.produces = DataKind::MaskSet;
    reader.confidence = [](const std::string &path, const std::string &) {
        return MaskFolder::looksLikeMaskFolder(path) ? 60 : 0;
    };
    reader.read = [](const std::string &path) {
        DataObject data;
        data.kind = DataKind::MaskSet;
        data.arrays = std::make_shared<MaskFolder>(path);
        return data;
    };
    return reader;
}

} // namespace core

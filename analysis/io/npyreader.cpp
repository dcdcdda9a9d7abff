#include "io/npyreader.h"

#include "data/mappedfile.h"
#include "data/ownedstorage.h"
#include "errors/analysiserror.h"
#include "errors/formaterror.h"
#include "io/npyheader.h"

#include <algorithm>
#include <cstring>

namespace core {

Tensor readNpy(const std::string &path)
{
    return npyFromStorage(path, std::make_shared<MappedFile>(path));
}

Tensor npyFromStorage(const std::string &path, std::shared_ptr<Storage> file)
{
    const NpyHeader header = parseNpyHeader(path, file->data(), file->size());

    std::int64_t count = 0;
    try {
        count = checkedElementCount(header.shape);
    } catch (const AnalysisError &e) {
        throw FormatError(path, "npy", e.what());
    }
    const std::uint64_t elementSize = dtypeSize(header.dtype);
    const std::uint64_t available = file->size() - header.dataOffset;
    if (static_cast<std::uint64_t>(count) > available / elementSize)
        throw FormatError(path, "npy",
                          "header promises " + std::to_string(count) + " elements of " + std::to_string(elementSize)
                              + " bytes but only " + std::to_string(available) + " data bytes follow (truncated file?)",
                          header.dataOffset);

    const std::vector<std::int64_t> strides =
        header.fortranOrder ? fortranStrides(header.shape) : contiguousStrides(header.shape);
    if (!header.bigEndian)
        return Tensor::view(file, header.dtype, header.shape, strides, static_cast<std::size_t>(header.dataOffset));

    // Big-endian: swap each element (complex: each of its two parts) into owned memory.
    const std::size_t bytes = static_cast<std::size_t>(count) * elementSize;
    auto owned = std::make_shared<OwnedStorage>(bytes);
    std::memcpy(owned->mutableData(), file->data() + header.dataOffset, bytes);
    const std::size_t part = isComplex(header.dtype) ? elementSize / 2 : elementSize;
    for (std::byte *p = owned->mutableData(), *end = p + bytes; p < end; p += part)
        std::reverse(p, p + part);
    return Tensor::view(owned, header.dtype, header.shape, strides, 0);
}

ReaderDescriptor npyReaderDescriptor()
{
    ReaderDescriptor reader;
    reader.id = "array.npy";
    reader.name = "NumPy array (.npy)";
    reader.extensions = {".npy"};
    reader.produces = DataKind::Tensor;
    reader.confidence = [](const std::string &, const std::string &firstBytes) {
        return firstBytes.compare(0, 6, "\x93NUMPY") == 0 ? 100 : 0;
    };
    reader.read = [](const std::string &path) {
        DataObject data;
        data.kind = DataKind::Tensor;
        const auto file = std::make_shared<MappedFile>(path);
        data.tensor = npyFromStorage(path, file);
        const NpyHeader header = parseNpyHeader(path, file->data(), file->size()); // parsed once more: tiny
        data.layout = npyLayout(header);
        // A 2-d or (H, W, 3|4) array can be analysed as an image as well.
        return data;
    };
    return reader;
}

} // namespace core

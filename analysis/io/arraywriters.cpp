#include "io/arraywriters.h"

#include "errors/analysiserror.h"
#include "task/canceltoken.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <vector>

namespace core {

namespace {

constexpr std::size_t kBlockBytes = std::size_t(1) << 22; // 4 MiB: the cancel-poll and copy granularity

std::string npyDescr(DType type)
{
    switch (type) {
    case DType::Bool: return "|b1";
    case DType::Int8: return "|i1";
    case DType::UInt8: return "|u1";
    case DType::Int16: return "<i2";
    case DType::Int32: return "<i4";
    case DType::Int64: return "<i8";
    case DType::UInt16: return "<u2";
    case DType::UInt32: return "<u4";
    case DType::UInt64: return "<u8";
    case DType::Float16: return "<f2";
    case DType::Float32:
    case DType::BFloat16: return "<f4";
    case DType::Float64: return "<f8";
    case DType::Complex64: return "<c8";
    case DType::Complex128: return "<c16";
    }
    return "<f8";
}

std::string npyHeader(const Tensor &tensor)
{
    std::string shape = "(";
    for (std::int64_t extent : tensor.shape())
        shape += std::to_string(extent) + ", ";
    if (tensor.ndim() > 1)
        shape.resize(shape.size() - 2);
    else if (tensor.ndim() == 1)
        shape.resize(shape.size() - 1); // numpy writes (5,)
    shape += ")";
    std::string dictionary = "{'descr': '" + npyDescr(tensor.dtype()) + "', 'fortran_order': False, 'shape': " + shape + ", }";
    // Magic, version, header length, dictionary, padding with spaces and a newline to a multiple of 64.
    const bool wide = dictionary.size() + 1 + 10 > 65535;
    const std::size_t prefix = wide ? 12 : 10;
    const std::size_t total = (prefix + dictionary.size() + 1 + 63) / 64 * 64;
    dictionary.append(total - prefix - dictionary.size() - 1, ' ');
    dictionary += '\n';
    std::string header("\x93NUMPY", 6);
    header += char(wide ? 2 : 1);
    header += char(0);
    const std::size_t length = dictionary.size();
    for (std::size_t i = 0; i < (wide ? 4u : 2u); ++i)
        header += char((length >> (8 * i)) & 0xff);
    return header + dictionary;
}

void writeBytes(std::ostream &out, const std::byte *data, std::size_t size, const CancelToken &cancel)
{
    for (std::size_t at = 0; at < size; at += kBlockBytes) {
        cancel.throwIfCancelled();
        out.write(reinterpret_cast<const char *>(data + at), std::streamsize(std::min(kBlockBytes, size - at)));
    }
}

/// Writes `tensor` in C order: contiguous tensors straight from storage, others by their first axis,
/// down to 1-d runs gathered into a block buffer.
void writeElements(const Tensor &tensor, std::ostream &out, const CancelToken &cancel, std::vector<std::byte> &buffer)
{
    const std::size_t elementSize = dtypeSize(tensor.dtype());
    if (tensor.numel() == 0)
        return;
    if (tensor.isContiguous()) {
        writeBytes(out, tensor.bytes(), tensor.nbytes(), cancel);
        return;
    }
    if (tensor.ndim() > 1) {
        for (std::int64_t i = 0; i < tensor.dim(0); ++i)
            writeElements(tensor.select(0, i), out, cancel, buffer);
        return;
    }
    const std::int64_t strideBytes = tensor.strides()[0] * std::int64_t(elementSize);
    const std::size_t perBlock = std::max<std::size_t>(1, kBlockBytes / elementSize);
    buffer.resize(perBlock * elementSize);
    for (std::int64_t begin = 0; begin < tensor.dim(0); begin += std::int64_t(perBlock)) {
        cancel.throwIfCancelled();
        const std::int64_t end = std::min<std::int64_t>(tensor.dim(0), begin + std::int64_t(perBlock));
        for (std::int64_t i = begin; i < end; ++i)
            std::memcpy(buffer.data() + std::size_t(i - begin) * elementSize, tensor.bytes() + i * strideBytes, elementSize);
        out.write(reinterpret_cast<const char *>(buffer.data()), std::streamsize(std::size_t(end - begin) * elementSize));
    }
}

std::string floatText(double value, bool single)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    std::array<char, 32> text{};
    const auto result = single ? std::to_chars(text.data(), text.data() + text.size(), float(value))
                               : std::to_chars(text.data(), text.data() + text.size(), value);
    return std::string(text.data(), result.ptr);
}

std::string cellText(const std::byte *element, DType type)
{
    auto load = [element](auto sample) {
        decltype(sample) value;
        std::memcpy(&value, element, sizeof(value));
        return value;
    };
    switch (type) {
    case DType::Bool: return load(std::uint8_t()) ? "1" : "0";
    case DType::Int8: return std::to_string(load(std::int8_t()));
    case DType::Int16: return std::to_string(load(std::int16_t()));
    case DType::Int32: return std::to_string(load(std::int32_t()));
    case DType::Int64: return std::to_string(load(std::int64_t()));
    case DType::UInt8: return std::to_string(load(std::uint8_t()));
    case DType::UInt16: return std::to_string(load(std::uint16_t()));
    case DType::UInt32: return std::to_string(load(std::uint32_t()));
    case DType::UInt64: return std::to_string(load(std::uint64_t()));
    case DType::Float64: return floatText(load(double()), false);
    default: return floatText(elementToDouble(element, type), true); // float16/bfloat16/float32 hold no more than a float
    }
}

} // namespace

void writeNpy(const Tensor &tensor, std::ostream &out, const CancelToken &cancel)
{
    if (tensor.dtype() == DType::BFloat16) { // numpy has no bfloat16: float32 holds every value exactly
        writeNpy(tensor.to(DType::Float32), out, cancel);
        return;
    }
    const std::string header = npyHeader(tensor);
    out.write(header.data(), std::streamsize(header.size()));
    std::vector<std::byte> buffer;
    writeElements(tensor, out, cancel, buffer);
}

void writeCsv(const Tensor &tensor, std::ostream &out, const CancelToken &cancel)
{
    if (tensor.ndim() > 2)
        throw AnalysisError("CSV holds at most 2 dimensions, this array has " + std::to_string(tensor.ndim())
                            + " (pick a 2-d slice with --slice, or write .npy)");
    if (isComplex(tensor.dtype()))
        throw AnalysisError("CSV cannot hold complex values; write .npy");
    const std::int64_t rows = tensor.ndim() == 0 ? 1 : tensor.dim(0);
    const std::int64_t columns = tensor.ndim() == 2 ? tensor.dim(1) : 1;
    const std::int64_t rowStride = tensor.ndim() >= 1 ? tensor.strides()[0] : 0;
    const std::int64_t columnStride = tensor.ndim() == 2 ? tensor.strides()[1] : 0;
    const auto elementSize = std::int64_t(dtypeSize(tensor.dtype()));
    std::string line;
    for (std::int64_t r = 0; r < rows; ++r) {
        if (r % 4096 == 0)
            cancel.throwIfCancelled();
        line.clear();
        for (std::int64_t c = 0; c < columns; ++c) {
            if (c)
                line += ',';
            line += cellText(tensor.bytes() + (r * rowStride + c * columnStride) * elementSize, tensor.dtype());
        }
        line += '\n';
        out.write(line.data(), std::streamsize(line.size()));
    }
}

} // namespace core

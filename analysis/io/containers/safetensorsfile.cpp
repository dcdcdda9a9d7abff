#include "io/containers/safetensorsfile.h"

#include "data/mappedfile.h"
#include "errors/analysiserror.h"
#include "errors/formaterror.h"
#include "io/jsonlimits.h"
#include "io/byteorder.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <stdexcept>

namespace core {

namespace {

constexpr const char *kReader = "safetensors";
constexpr std::uint64_t kMaxHeaderBytes = 100u << 20; // the format's own limit

bool dtypeFromSafetensors(const std::string &name, DType *type)
{
    static const std::map<std::string, DType> kTypes{
        {"BOOL", DType::Bool},     {"U8", DType::UInt8},     {"I8", DType::Int8},       {"U16", DType::UInt16},
        {"I16", DType::Int16},     {"U32", DType::UInt32},   {"I32", DType::Int32},     {"U64", DType::UInt64},
        {"I64", DType::Int64},     {"F16", DType::Float16},  {"BF16", DType::BFloat16}, {"F32", DType::Float32},
        {"F64", DType::Float64},   {"C64", DType::Complex64},
    };
    const auto it = kTypes.find(name);
    if (it == kTypes.end())
        return false;
    *type = it->second;
    return true;
}

std::uint64_t nonNegative(const nlohmann::json &value, const std::string &what, const std::function<void(const std::string &)> &fail)
{
    if (!value.is_number_integer() || (value.is_number_integer() && !value.is_number_unsigned() && value.get<std::int64_t>() < 0))
        fail(what + " must be a non-negative integer");
    return value.get<std::uint64_t>();
}

} // namespace

SafetensorsFile::SafetensorsFile(const std::string &path)
    : SafetensorsFile(path, std::make_shared<MappedFile>(path))
{}

SafetensorsFile::SafetensorsFile(const std::string &path, std::shared_ptr<Storage> bytes)
    : ArrayCollection(path)
    , m_bytes(std::move(bytes))
{
    parse();
}

void SafetensorsFile::parse()
{
    const std::uint64_t size = m_bytes->size();
    if (size < 8)
        throw FormatError(m_path, kReader, "too short for a safetensors file (" + std::to_string(size) + " bytes)", 0);
    const std::uint64_t headerLength = littleEndian(m_bytes->data(), 8);
    if (headerLength > kMaxHeaderBytes)
        throw FormatError(m_path, kReader, "header length " + std::to_string(headerLength) + " exceeds the 100 MB limit", 0);
    if (headerLength > size - 8)
        throw FormatError(m_path, kReader,
                          "header length " + std::to_string(headerLength) + " runs past the end of the file ("
                              + std::to_string(size) + " bytes; truncated?)",
                          0);
    m_dataStart = 8 + headerLength;
    const std::uint64_t bufferSize = size - m_dataStart;

    nlohmann::json header;
    try {
        const char *text = reinterpret_cast<const char *>(m_bytes->data() + 8);
        header = parseJsonLimited(text, text + headerLength);
    } catch (const JsonDepthError &error) {
        throw FormatError(m_path, kReader, std::string("header is ") + error.what() + " (it is a flat table of tensors)", 8);
    } catch (const nlohmann::json::parse_error &error) {
        throw FormatError(m_path, kReader, std::string("header is not valid JSON: ") + error.what(), 8 + error.byte);
    } catch (const nlohmann::json::exception &error) { // a number too large for a double (found by fuzzing)
        throw FormatError(m_path, kReader, std::string("header is not valid JSON: ") + error.what(), 8);
    }
    if (!header.is_object())
        throw FormatError(m_path, kReader, "header is not a JSON object", 8);

    struct Extent
    {
        std::uint64_t begin, end;
        std::string name;
    };
    std::vector<Extent> extents;
    for (auto it = header.begin(); it != header.end(); ++it) {
        const std::string &name = it.key();
        auto fail = [&](const std::string &problem) {
            throw FormatError(m_path, kReader, "tensor '" + name + "': " + problem, 8);
        };
        if (name == "__metadata__") {
            if (!it->is_object())
                fail("__metadata__ must be an object of strings");
            for (auto meta = it->begin(); meta != it->end(); ++meta) {
                if (!meta->is_string())
                    fail("__metadata__ value '" + meta.key() + "' is not a string");
                m_attributes[meta.key()] = meta->get<std::string>();
            }
            continue;
        }
        if (!it->is_object() || !it->contains("dtype") || !it->contains("shape") || !it->contains("data_offsets"))
            fail("entry needs 'dtype', 'shape' and 'data_offsets'");
        const nlohmann::json &entry = *it;
        ArrayInfo info;
        info.name = name;
        if (!entry["dtype"].is_string() || !dtypeFromSafetensors(entry["dtype"].get<std::string>(), &info.dtype))
            fail("unknown dtype " + entry["dtype"].dump());
        if (!entry["shape"].is_array())
            fail("shape is not a list");
        for (const nlohmann::json &dimension : entry["shape"])
            info.shape.push_back(static_cast<std::int64_t>(std::min<std::uint64_t>(
                nonNegative(dimension, "every dimension", fail), std::uint64_t(std::numeric_limits<std::int64_t>::max()))));
        const nlohmann::json &offsets = entry["data_offsets"];
        if (!offsets.is_array() || offsets.size() != 2)
            fail("data_offsets must be [begin, end]");
        const std::uint64_t begin = nonNegative(offsets[0], "data_offsets[0]", fail);
        const std::uint64_t end = nonNegative(offsets[1], "data_offsets[1]", fail);
        if (begin > end || end > bufferSize)
            fail("data_offsets [" + std::to_string(begin) + ", " + std::to_string(end) + "] lie outside the "
                 + std::to_string(bufferSize) + "-byte data buffer");
        std::int64_t count = 0;
        try {
            count = checkedElementCount(info.shape);
        } catch (const AnalysisError &error) {
            fail(error.what());
        }
        const std::uint64_t elementSize = dtypeSize(info.dtype);
        if (static_cast<std::uint64_t>(count) > (end - begin) / elementSize
            || static_cast<std::uint64_t>(count) * elementSize != end - begin)
            fail("shape and dtype need " + std::to_string(count) + " x " + std::to_string(elementSize)
                 + " bytes but data_offsets span " + std::to_string(end - begin));
        info.storedBytes = end - begin;
        info.layout = {byteOrderName(false, info.dtype), "C", "none", {}}; // safetensors: little-endian, C order
        m_offsets[name] = m_dataStart + begin;
        extents.push_back({begin, end, name});
        m_arrays.push_back(std::move(info));
    }
    std::sort(extents.begin(), extents.end(), [](const Extent &a, const Extent &b) { return a.begin < b.begin; });
    for (std::size_t i = 1; i < extents.size(); ++i)
        if (extents[i].begin < extents[i - 1].end && extents[i].end > extents[i].begin)
            throw FormatError(m_path, kReader, "tensors '" + extents[i - 1].name + "' and '" + extents[i].name + "' overlap",
                              m_dataStart + extents[i].begin);
    // Keep the writer's order (the JSON object is sorted by nlohmann): order by data offset.
    std::sort(m_arrays.begin(), m_arrays.end(),
              [&](const ArrayInfo &a, const ArrayInfo &b) { return m_offsets.at(a.name) < m_offsets.at(b.name); });
}

Tensor SafetensorsFile::load(const std::string &name) const
{
    const ArrayInfo *info = find(name);
    if (!info)
        throw std::out_of_range("no tensor '" + name + "' in " + m_path);
    return Tensor::view(m_bytes, info->dtype, info->shape, {}, static_cast<std::size_t>(m_offsets.at(name)));
}

} // namespace core

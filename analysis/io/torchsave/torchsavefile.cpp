#include "io/torchsave/torchsavefile.h"

#include "data/mappedfile.h"
#include "data/storageslice.h"
#include "errors/analysiserror.h"
#include "errors/formaterror.h"
#include "io/filenames.h"
#include "io/torchsave/restrictedunpickler.h"

#include <algorithm>
#include <climits>
#include <sstream>
#include <stdexcept>

namespace core {

namespace {

constexpr const char *kReader = "torch";
using Kind = PickleValue::Kind;

std::string scalarText(const PickleValue &value)
{
    std::ostringstream text;
    text.precision(17);
    switch (value.kind) {
    case Kind::None: return "None";
    case Kind::Bool: return value.boolean ? "True" : "False";
    case Kind::Int: text << value.integer; return text.str();
    case Kind::Float: text << value.real; return text.str();
    case Kind::String: return value.text;
    case Kind::Bytes: return "<" + std::to_string(value.text.size()) + " bytes>";
    default: return {};
    }
}

bool isScalar(const PickleValue &value)
{
    return value.kind == Kind::None || value.kind == Kind::Bool || value.kind == Kind::Int || value.kind == Kind::Float
        || value.kind == Kind::String || value.kind == Kind::Bytes;
}

std::string join(const std::string &prefix, const std::string &key)
{
    return prefix.empty() ? key : prefix + "/" + key;
}

} // namespace

TorchArchiveKind torchArchiveKind(const ZipArchive &zip)
{
    bool pickle = false;
    for (const ZipMember &member : zip.members()) {
        if (endsWith(member.name, "/constants.pkl") || member.name.find("/code/") != std::string::npos)
            return TorchArchiveKind::TorchScript;
        pickle = pickle || endsWith(member.name, "/data.pkl") || member.name == "data.pkl";
    }
    return pickle ? TorchArchiveKind::Pickle : TorchArchiveKind::NotTorch;
}

namespace {

/// Maps the file once; a pickle at byte 0 (protocol opcode 0x80) is the pre-1.6 format, not a zip.
ZipArchive openArchive(const std::string &path)
{
    auto file = std::make_shared<MappedFile>(path);
    if (file->size() >= 2 && file->data()[0] == std::byte(0x80) && file->data()[1] != std::byte(0))
        throw FormatError(path, kReader, "legacy (pre-1.6, non-zip) torch.save format; re-save it with a current PyTorch");
    return ZipArchive(path, file);
}

} // namespace

TorchSaveFile::TorchSaveFile(const std::string &path)
    : TorchSaveFile(path, false)
{}

void TorchSaveFile::checkTorchScriptStorages(const std::string &path)
{
    try {
        TorchSaveFile(path, true);
    } catch (const FormatError &error) {
        // Only what the tensor checks in flatten() found is a verdict; a pickle this decoder does not
        // know (other TorchScript constructs) is LibTorch's to judge.
        if (error.problem().rfind("data.pkl:", 0) == 0)
            return;
        throw;
    }
}

TorchSaveFile::TorchSaveFile(const std::string &path, bool scriptObjects)
    : ArrayCollection(path)
    , m_zip(openArchive(path))
{
    const ZipMember *pickle = nullptr;
    for (const ZipMember &member : m_zip.members()) {
        if (endsWith(member.name, "data.pkl") && member.name.find('/') == member.name.rfind('/')) {
            pickle = &member;
            break;
        }
    }
    if (!scriptObjects && torchArchiveKind(m_zip) == TorchArchiveKind::TorchScript)
        throw FormatError(path, kReader, "this is a TorchScript module (torch.jit.save); open it with the TorchScript reader");
    if (!pickle)
        throw FormatError(path, kReader, "zip archive without data.pkl: not written by torch.save");
    m_prefix = pickle->name.substr(0, pickle->name.size() - std::string("data.pkl").size());
    if (const ZipMember *order = m_zip.find(m_prefix + "byteorder")) {
        if (m_zip.readPrefix(*order, 16) != "little")
            throw FormatError(path, kReader, "big-endian torch.save archives are not supported");
    }

    std::shared_ptr<Storage> bytes = m_zip.read(*pickle);
    m_root = RestrictedUnpickler(path, bytes->data(), bytes->size(), scriptObjects).load();
    flatten(m_root, "", 0);
    if (m_root.kind == Kind::Tensor)
        m_attributes["content"] = "tensor";
    else if (m_root.kind == Kind::Dict)
        m_attributes["content"] = "dict";
}

void TorchSaveFile::flatten(const PickleValue &value, const std::string &name, int depth)
{
    if (depth > 64)
        throw FormatError(m_path, kReader, "objects nested more than 64 levels deep");
    switch (value.kind) {
    case Kind::Tensor: {
        const std::string arrayName = name.empty() ? "tensor" : name;
        const ZipMember *storage = m_zip.find(m_prefix + "data/" + value.storageKey);
        if (!storage)
            throw FormatError(m_path, kReader,
                              "tensor '" + arrayName + "' refers to storage '" + value.storageKey + "', which the archive lacks");
        const std::uint64_t elementSize = dtypeSize(value.dtype);
        if (storage->size / elementSize < static_cast<std::uint64_t>(value.storageNumel))
            throw FormatError(m_path, kReader,
                              "storage '" + value.storageKey + "' holds " + std::to_string(storage->size)
                                  + " bytes, fewer than its " + std::to_string(value.storageNumel) + " elements need",
                              storage->dataOffset);
        if (storage->method != 0)
            throw FormatError(m_path, kReader, "storage '" + value.storageKey + "' is compressed; torch.save stores storages uncompressed");
        // Check the view against the storage now, so load() cannot fail later for this reason.
        try {
            checkedElementCount(value.shape);
            if (value.storageOffset > value.storageNumel)
                throw AnalysisError("storage offset " + std::to_string(value.storageOffset) + " lies past the storage's "
                                    + std::to_string(value.storageNumel) + " elements");
            std::int64_t last = value.storageOffset;
            bool empty = false;
            for (std::size_t i = 0; i < value.shape.size(); ++i) {
                if (value.shape[i] == 0)
                    empty = true;
                else if (value.strides[i] > 0 && (value.shape[i] - 1) > (INT64_MAX - last) / value.strides[i])
                    throw AnalysisError("tensor extent overflows");
                else
                    last += (value.shape[i] - 1) * value.strides[i];
            }
            if (!empty && last >= value.storageNumel)
                throw AnalysisError("view reaches element " + std::to_string(last) + " of a storage of "
                                    + std::to_string(value.storageNumel));
        } catch (const AnalysisError &error) {
            throw FormatError(m_path, kReader, "tensor '" + arrayName + "': " + error.what());
        }
        ArrayInfo info;
        info.name = arrayName;
        info.dtype = value.dtype;
        info.shape = value.shape;
        info.storedBytes = storage->size;
        info.layout = {byteOrderName(false, value.dtype), stridesOrder(value.shape, value.strides), "none", {}};
        info.attributes["storage"] = value.storageKey;
        info.attributes["storage_offset"] = std::to_string(value.storageOffset);
        if (m_tensors.count(arrayName))
            throw FormatError(m_path, kReader, "two tensors are both named '" + arrayName + "'");
        m_tensors[arrayName] = value;
        m_arrays.push_back(std::move(info));
        return;
    }
    case Kind::Dict: {
        const auto &items = *value.items;
        for (std::size_t i = 0; i + 1 < items.size(); i += 2) {
            const PickleValue &key = items[i];
            if (!isScalar(key))
                throw FormatError(m_path, kReader, "dict key in '" + name + "' is not a string or number");
            flatten(items[i + 1], join(name, scalarText(key)), depth + 1);
        }
        return;
    }
    case Kind::List:
    case Kind::Tuple: {
        const auto &items = *value.items;
        const bool allScalars = std::all_of(items.begin(), items.end(), isScalar);
        if (allScalars) {
            std::string text = value.kind == Kind::List ? "[" : "(";
            for (std::size_t i = 0; i < items.size() && i < 64; ++i)
                text += (i ? ", " : "") + scalarText(items[i]);
            text += items.size() > 64 ? ", ...]" : (value.kind == Kind::List ? "]" : ")");
            m_attributes[name.empty() ? "value" : name] = text;
            return;
        }
        for (std::size_t i = 0; i < items.size(); ++i)
            flatten(items[i], join(name, std::to_string(i)), depth + 1);
        return;
    }
    case Kind::Global:
    case Kind::Storage:
        m_attributes[name.empty() ? "value" : name] = "<" + value.text + ">";
        return;
    default:
        m_attributes[name.empty() ? "value" : name] = scalarText(value);
        return;
    }
}

Tensor TorchSaveFile::load(const std::string &name) const
{
    const auto it = m_tensors.find(name);
    if (it == m_tensors.end())
        throw std::out_of_range("no tensor '" + name + "' in " + m_path);
    const PickleValue &tensor = it->second;
    const ZipMember *storage = m_zip.find(m_prefix + "data/" + tensor.storageKey);
    std::shared_ptr<Storage> bytes = m_zip.read(*storage);
    try {
        return Tensor::view(std::move(bytes), tensor.dtype, tensor.shape, tensor.strides,
                            static_cast<std::size_t>(tensor.storageOffset) * dtypeSize(tensor.dtype));
    } catch (const std::invalid_argument &error) {
        throw FormatError(m_path, kReader, "tensor '" + name + "': " + error.what());
    }
}

} // namespace core

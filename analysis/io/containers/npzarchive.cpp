#include "io/containers/npzarchive.h"

#include "dump/dumpmanifest.h"
#include "errors/formaterror.h"
#include "io/filenames.h"
#include "io/npyheader.h"
#include "io/npyreader.h"

#include <stdexcept>

namespace core {

namespace {

constexpr std::size_t kHeaderPrefix = 1u << 16;

/// Re-raises an error about a member as an error about the archive that names the member.
[[noreturn]] void rethrowForMember(const std::string &path, const std::string &member, const FormatError &error)
{
    throw FormatError(path, "npz", "member '" + member + "': " + error.problem(), error.offset());
}

} // namespace

NpzArchive::NpzArchive(const std::string &path)
    : ArrayCollection(path)
    , m_zip(ZipArchive::open(path))
{
    index();
}

NpzArchive::NpzArchive(const std::string &path, std::shared_ptr<const Storage> bytes)
    : ArrayCollection(path)
    , m_zip(path, std::move(bytes))
{
    index();
}

void NpzArchive::index()
{
    const std::string &path = m_path;
    for (const ZipMember &member : m_zip.members()) {
        if (member.name == "manifest.json") {
            if (member.size > kMaxManifestBytes)
                throw FormatError(path, "npz", "manifest.json is larger than 4 MiB", member.localHeaderOffset);
            const std::string text = m_zip.readPrefix(member, static_cast<std::size_t>(member.size));
            m_attributes["manifest"] = text;
            continue;
        }
        if (!endsWith(member.name, ".npy"))
            continue; // numpy ignores other members too
        ArrayInfo info;
        info.name = member.name.substr(0, member.name.size() - 4);
        info.storedBytes = member.compressedSize;
        info.compressed = member.method != 0;
        try {
            const std::string prefix = m_zip.readPrefix(member, kHeaderPrefix);
            const NpyHeader header = parseNpyHeader(path, reinterpret_cast<const std::byte *>(prefix.data()), prefix.size());
            info.dtype = header.dtype;
            info.shape = header.shape;
            info.layout = npyLayout(header, member.method == 0 ? "none" : "deflate");
        } catch (const FormatError &error) {
            if (error.reader() == "zip")
                throw;
            rethrowForMember(path, member.name, error);
        }
        m_arrays.push_back(std::move(info));
    }
}

Tensor NpzArchive::load(const std::string &name) const
{
    const ZipMember *member = m_zip.find(name + ".npy");
    if (!member)
        throw std::out_of_range("no array '" + name + "' in " + m_path);
    std::shared_ptr<Storage> bytes = m_zip.read(*member);
    try {
        return npyFromStorage(m_path, std::move(bytes));
    } catch (const FormatError &error) {
        rethrowForMember(m_path, member->name, error);
    }
}

} // namespace core

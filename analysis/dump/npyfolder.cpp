#include "dump/npyfolder.h"

#include "dump/dumpmanifest.h"
#include "errors/formaterror.h"
#include "io/fileaccess.h"
#include "io/npyheader.h"
#include "io/npyreader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace core {

namespace {

constexpr std::size_t kMaxFiles = 1'000'000;

} // namespace

NpyFolder::NpyFolder(const std::string &path)
    : ArrayCollection(path)
{
    namespace fs = std::filesystem;
    std::error_code error;
    if (!fs::is_directory(path, error))
        throw FormatError(path, "folder", "not a folder");
    const fs::path root(path);
    const fs::path manifest = root / "manifest.json";
    if (fs::exists(fs::symlink_status(manifest, error)))
        requireInsideFolder(root, manifest, "folder"); // never open (nor echo) a file outside the dump
    if (fs::is_regular_file(manifest, error)) {
        if (fs::file_size(manifest, error) > kMaxManifestBytes)
            throw FormatError(manifest.string(), "manifest", "manifest.json is larger than 4 MiB");
        std::ifstream in(manifest, std::ios::binary);
        m_attributes["manifest"] = std::string(std::istreambuf_iterator<char>(in), {});
    }

    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, error);
    if (error)
        throw FormatError(path, "folder", "cannot list: " + error.message());
    for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
        if (error)
            throw FormatError(path, "folder", "cannot list: " + error.message());
        if (it->path().extension() != ".npy")
            continue;
        if (it->is_symlink(error))
            requireInsideFolder(root, it->path(), "folder");
        if (!it->is_regular_file(error))
            throw FormatError(it->path().string(), "folder", "is not a regular file (a pipe, device or socket); a dump "
                                                             "holds .npy files");
        if (m_arrays.size() >= kMaxFiles)
            throw FormatError(path, "folder", "more than a million .npy files");
        const std::string file = it->path().string();
        std::ifstream in(file, std::ios::binary);
        std::string head(1u << 16, '\0');
        in.read(head.data(), static_cast<std::streamsize>(head.size()));
        head.resize(static_cast<std::size_t>(in.gcount()));
        const NpyHeader header = parseNpyHeader(file, reinterpret_cast<const std::byte *>(head.data()), head.size());
        ArrayInfo info;
        info.name = fs::relative(it->path(), root).replace_extension().generic_string();
        info.dtype = header.dtype;
        info.shape = header.shape;
        info.layout = npyLayout(header);
        info.storedBytes = static_cast<std::uint64_t>(it->file_size(error));
        m_arrays.push_back(std::move(info));
    }
    std::sort(m_arrays.begin(), m_arrays.end(), [](const ArrayInfo &a, const ArrayInfo &b) { return a.name < b.name; });
}

Tensor NpyFolder::load(const std::string &name) const
{
    if (!find(name))
        throw std::out_of_range("no array '" + name + "' in " + m_path);
    return readNpy((std::filesystem::path(m_path) / (name + ".npy")).string());
}

} // namespace core

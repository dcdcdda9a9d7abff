#include "io/maskfolder.h"

#include "errors/formaterror.h"
#include "io/fileaccess.h"
#include "io/filenames.h"
#include "io/imagefolder.h"
#include "io/imageheader.h"
#include "io/imagereader.h"
#include "io/npyheader.h"
#include "io/npyreader.h"

#include <filesystem>
#include <fstream>

namespace core {

namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMaxFiles = 1u << 20;

bool isMaskFile(const fs::path &file)
{
    return isImageFile(file) || lowerCase(file.extension().string()) == ".npy";
}

} // namespace

bool MaskFolder::looksLikeMaskFolder(const std::string &path)
{
    std::error_code error;
    if (!fs::is_directory(path, error) || fs::exists(fs::path(path) / "manifest.json", error)
        || !ImageFolder::findSubfolders(path).first.empty())
        return false;
    for (const auto &entry : fs::directory_iterator(path, error))
        if (isMaskFile(entry.path()))
            return true;
    return false;
}

MaskFolder::MaskFolder(const std::string &path)
    : ArrayCollection(path)
{
    const fs::path root(path);
    std::error_code error;
    for (const auto &entry : fs::directory_iterator(root, error)) {
        if (!isMaskFile(entry.path()))
            continue;
        if (entry.is_symlink(error))
            requireInsideFolder(root, entry.path(), "masks");
        if (!entry.is_regular_file(error))
            continue;
        if (m_files.size() >= kMaxFiles)
            throw FormatError(path, "masks", "more than a million mask files");
        const std::string stem = entry.path().stem().string(), file = entry.path().string();
        if (!m_files.emplace(stem, file).second)
            throw FormatError(file, "masks", "two files share the stem '" + stem + "' (" + fs::path(m_files[stem]).filename().string()
                                                 + " and " + entry.path().filename().string() + ")");
        ArrayInfo info;
        info.name = stem;
        info.storedBytes = entry.file_size(error);
        info.attributes["file"] = file;
        if (lowerCase(entry.path().extension().string()) == ".npy") {
            std::ifstream in(file, std::ios::binary);
            std::string head(1u << 16, '\0');
            in.read(head.data(), static_cast<std::streamsize>(head.size()));
            head.resize(static_cast<std::size_t>(in.gcount()));
            const NpyHeader header = parseNpyHeader(file, reinterpret_cast<const std::byte *>(head.data()), head.size());
            info.dtype = header.dtype;
            info.shape = header.shape;
            info.layout = npyLayout(header);
        } else if (!probeImageHeader(file, info)) {
            const Tensor decoded = readImage(file); // TIFF, BMP: their headers vary too much to probe
            info.dtype = decoded.dtype();
            info.shape = decoded.shape();
        }
        m_arrays.push_back(std::move(info));
    }
    if (error)
        throw FormatError(path, "masks", "cannot list: " + error.message());
    if (m_arrays.empty())
        throw FormatError(path, "masks", "holds no mask files (PNG, JPEG, TIFF, BMP or .npy)");
    std::sort(m_arrays.begin(), m_arrays.end(), [](const ArrayInfo &a, const ArrayInfo &b) { return a.name < b.name; });
    m_attributes["masks"] = std::to_string(m_arrays.size());
}

Tensor MaskFolder::load(const std::string &name) const
{
    const auto it = m_files.find(name);
    if (it == m_files.end())
        throw std::out_of_range("no mask '" + name + "' in " + m_path);
    return lowerCase(fs::path(it->second).extension().string()) == ".npy" ? readNpy(it->second) : readImage(it->second);
}

} // namespace core

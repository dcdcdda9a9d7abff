#include "io/imagefolder.h"

#include "data/mappedfile.h"
#include "errors/formaterror.h"
#include "io/fileaccess.h"
#include "io/byteorder.h"
#include "io/filenames.h"
#include "io/imageheader.h"
#include "io/imagereader.h"
#include "io/imagestructure.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <stdexcept>

namespace core {

namespace {

namespace fs = std::filesystem;

} // namespace

std::pair<std::string, std::string> ImageFolder::findSubfolders(const std::string &path)
{
    std::error_code error;
    std::string images, masks;
    for (const auto &entry : fs::directory_iterator(path, error)) {
        if (!entry.is_directory(error))
            continue;
        const std::string name = entry.path().filename().string();
        const std::string key = lowerCase(name);
        if (key == "images" || key == "image" || key == "imgs")
            images = name;
        else if (key == "masks" || key == "mask" || key == "labels" || key == "gt" || key == "groundtruth")
            masks = name;
    }
    if (images.empty() || masks.empty())
        return {};
    return {images, masks};
}

ImageFolder::ImageFolder(const std::string &path)
    : ArrayCollection(path)
{
    const auto [images, masks] = findSubfolders(path);
    if (images.empty())
        throw FormatError(path, "imageset", "needs an images/ and a masks/ (or labels/, gt/) subfolder");
    m_imageFolder = images;
    m_maskFolder = masks;
    std::map<std::string, std::string> stems[2];
    for (int side = 0; side < 2; ++side) {
        const fs::path folder = fs::path(path) / (side == 0 ? images : masks);
        requireInsideFolder(path, folder, "imageset"); // a masks/ linked to elsewhere
        std::error_code error;
        for (const auto &entry : fs::directory_iterator(folder, error)) {
            if (!isImageFile(entry.path()))
                continue;
            if (entry.is_symlink(error))
                requireInsideFolder(path, entry.path(), "imageset");
            if (!entry.is_regular_file(error))
                continue;
            const std::string stem = entry.path().stem().string();
            if (!stems[side].emplace(stem, entry.path().string()).second)
                throw FormatError(entry.path().string(), "imageset", "two files share the stem '" + stem + "'");
        }
    }
    std::vector<std::string> unpaired;
    for (int side = 0; side < 2; ++side) {
        for (const auto &[stem, file] : stems[side]) {
            const bool paired = stems[1 - side].count(stem) > 0;
            if (side == 0 && paired)
                m_paired.push_back(stem);
            if (!paired)
                unpaired.push_back((side == 0 ? "image " : "mask ") + stem);
            ArrayInfo info;
            info.name = std::string(side == 0 ? "images/" : "masks/") + stem;
            info.storedBytes = fs::file_size(file);
            if (!probeImageHeader(file, info)) {
                const Tensor decoded = readImage(file); // TIFF, BMP: their headers vary too much to probe
                info.dtype = decoded.dtype();
                info.shape = decoded.shape();
            }
            info.attributes["file"] = file;
            m_files[info.name] = file;
            m_arrays.push_back(std::move(info));
        }
    }
    m_attributes["pairs"] = std::to_string(m_paired.size());
    if (!unpaired.empty()) {
        std::string text;
        for (std::size_t i = 0; i < unpaired.size() && i < 50; ++i)
            text += (i ? ", " : "") + unpaired[i];
        m_attributes["unpaired"] = text + (unpaired.size() > 50 ? ", …" : "");
    }
}

Tensor ImageFolder::load(const std::string &name) const
{
    const auto it = m_files.find(name);
    if (it == m_files.end())
        throw std::out_of_range("no image '" + name + "' in " + m_path);
    return readImage(it->second);
}

} // namespace core

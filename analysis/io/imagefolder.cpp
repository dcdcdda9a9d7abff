#include "io/imagefolder.h"

#include "data/mappedfile.h"
#include "errors/formaterror.h"
#include "io/fileaccess.h"
#include "io/byteorder.h"
#include "io/filenames.h"
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

bool isImageFile(const fs::path &file)
{
    static const std::set<std::string> kExtensions{".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp"};
    return kExtensions.count(lowerCase(file.extension().string())) > 0;
}

/// Shape and dtype from the PNG or JPEG header; false if the header does not tell (then decode).
bool probeHeader(const std::string &file, ArrayInfo &info)
{
    std::ifstream in(file, std::ios::binary);
    std::string head(1u << 16, '\0');
    in.read(head.data(), std::streamsize(head.size()));
    head.resize(std::size_t(in.gcount()));
    const auto *p = reinterpret_cast<const unsigned char *>(head.data());
    const auto *bytes = reinterpret_cast<const std::byte *>(head.data());
    const std::size_t size = head.size();
    if (size >= 33 && head.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0 && head.compare(12, 4, "IHDR") == 0) {
        const auto width = unsigned(bigEndian(bytes + 16, 4)), height = unsigned(bigEndian(bytes + 20, 4));
        const int depth = p[24], colour = p[25];
        int channels = colour == 0 ? 1 : colour == 2 ? 3 : colour == 4 ? 4 : colour == 6 ? 4 : 3;
        if (colour == 3 && head.find("tRNS") != std::string::npos && head.find("tRNS") < head.find("IDAT"))
            channels = 4; // a palette with transparency decodes to RGBA
        info.dtype = depth == 16 ? DType::UInt16 : isOneBitGreyPng(bytes, size) ? DType::Bool : DType::UInt8;
        info.shape = {std::int64_t(height), std::int64_t(width)};
        if (channels > 1)
            info.shape.push_back(channels);
        return width > 0 && height > 0;
    }
    if (size >= 4 && p[0] == 0xff && p[1] == 0xd8) {
        for (std::size_t at = 2; at + 9 < size;) {
            if (p[at] != 0xff) {
                ++at;
                continue;
            }
            const unsigned marker = p[at + 1];
            if (marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc) {
                const auto height = unsigned(bigEndian(bytes + at + 5, 2)), width = unsigned(bigEndian(bytes + at + 7, 2));
                const int components = p[at + 9];
                info.dtype = DType::UInt8;
                info.shape = {std::int64_t(height), std::int64_t(width)};
                if (components > 1)
                    info.shape.push_back(3);
                return width > 0 && height > 0;
            }
            if (marker == 0xd8 || marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
                at += 2;
                continue;
            }
            at += 2 + bigEndian(bytes + at + 2, 2);
        }
    }
    return false;
}

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
            if (!probeHeader(file, info)) {
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

#include "io/imageheader.h"

#include "io/byteorder.h"
#include "io/filenames.h"
#include "io/imagestructure.h"

#include <fstream>
#include <set>

namespace core {

namespace fs = std::filesystem;

bool isImageFile(const fs::path &file)
{
    static const std::set<std::string> kExtensions{".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp"};
    return kExtensions.count(lowerCase(file.extension().string())) > 0;
}

bool probeImageHeader(const std::string &file, ArrayInfo &info)
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

} // namespace core

#pragma once

#include "data/arraycollection.h"

#include <map>
#include <string>

namespace core {

/// A folder of masks, probability maps or label maps, one file per image: PNG, JPEG, TIFF, BMP or
/// .npy, named by file stem ("cju0qkwl35piu0993l0dewei2.png" is the array "cju0qkwl35piu0993l0dewei2").
/// A model's predictions for a segmentation set, paired with its masks by stem. Shapes come from the
/// headers; load() decodes one file. Subfolders are ignored; a symlink out of the folder is refused.
class MaskFolder final : public ArrayCollection
{
public:
    explicit MaskFolder(const std::string &path); ///< throws FormatError (no mask file, two files one stem)
    Tensor load(const std::string &name) const override;

    /// True for a folder with mask files directly in it that is neither a segmentation set (images/ and
    /// masks/) nor an activation dump (manifest.json).
    static bool looksLikeMaskFolder(const std::string &path);

private:
    std::map<std::string, std::string> m_files; // stem -> file
};

} // namespace core

#pragma once

#include "data/arraycollection.h"

#include <vector>

namespace core {

/// A segmentation data set: a folder with an `images/` subfolder and a `masks/` (or `labels/`, `gt/`)
/// subfolder, images and masks paired by file stem ("cju0qkwl35piu0993l0dewei2.jpg" with
/// "cju0qkwl35piu0993l0dewei2.png"). Arrays are "images/<stem>" and "masks/<stem>"; their shapes come
/// from the PNG/JPEG headers, so opening a folder of thousands of images decodes none. Attributes:
/// "pairs" (count) and "unpaired" (stems without a partner). load() decodes one file (readImage).
class ImageFolder final : public ArrayCollection
{
public:
    explicit ImageFolder(const std::string &path); ///< throws FormatError
    Tensor load(const std::string &name) const override;

    /// Stems that have both an image and a mask, sorted.
    const std::vector<std::string> &pairedStems() const { return m_paired; }
    /// The names of the subfolders used.
    const std::string &imageFolder() const { return m_imageFolder; }
    const std::string &maskFolder() const { return m_maskFolder; }

    /// The image and mask subfolder names of `path`, or empty strings if it is not such a folder.
    static std::pair<std::string, std::string> findSubfolders(const std::string &path);

private:
    std::map<std::string, std::string> m_files; // array name -> file
    std::vector<std::string> m_paired;
    std::string m_imageFolder, m_maskFolder;
};

} // namespace core

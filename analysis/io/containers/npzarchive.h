#pragma once

#include "data/arraycollection.h"
#include "io/zip/ziparchive.h"

namespace core {

/// A NumPy .npz archive (np.savez: stored; np.savez_compressed: deflate). Opening parses the zip
/// index and each member's .npy header only; load() maps a stored member in place or inflates a
/// compressed one. A member `manifest.json` (activation dumps) becomes the "manifest" attribute.
class NpzArchive final : public ArrayCollection
{
public:
    explicit NpzArchive(const std::string &path); ///< memory-maps; throws FormatError
    /// An archive already in memory (the fuzz target); throws FormatError.
    NpzArchive(const std::string &path, std::shared_ptr<const Storage> bytes);
    Tensor load(const std::string &name) const override;

private:
    void index();

    ZipArchive m_zip;
};

} // namespace core

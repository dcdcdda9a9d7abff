#pragma once

#include "data/arraycollection.h"

#include <cstdint>
#include <filesystem>

namespace core {

/// An HDF5 file through libhdf5: every numeric dataset in nested groups, with its attributes.
/// Opening reads only object headers; load() reads one dataset (chunked/compressed ones are
/// decompressed then). Root attributes become collection attributes (`infoscope_manifest` becomes
/// "manifest"); group attributes appear as "<group>@<name>". Non-numeric datasets are listed in the
/// attribute "skipped", and so are external storage and external links unless hdf5external.h allows
/// them. Debian's libhdf5 is not thread-safe, so every call holds one global lock. The listing walk
/// runs once in a child process before it runs here (task/isolatedcall.h): a crash of libhdf5 on a
/// damaged file becomes a FormatError. Reading a dataset's data runs in this process.
class Hdf5File final : public ArrayCollection
{
public:
    explicit Hdf5File(const std::string &path); ///< throws FormatError
    ~Hdf5File() override;
    Hdf5File(const Hdf5File &) = delete;
    Hdf5File &operator=(const Hdf5File &) = delete;

    Tensor load(const std::string &name) const override;

private:
    struct ChildProbe {};
    /// The walk alone, in the probing child: no lock (the parent's is held across the fork).
    Hdf5File(const std::string &path, ChildProbe);
    void requireStructureSurvives() const;
    void list();

    std::filesystem::path m_folder;
    std::int64_t m_file = -1; // hid_t
    bool m_probe = false;
};

/// True if `firstBytes` start with the HDF5 signature (at offset 0; user blocks are not searched).
bool hasHdf5Signature(const std::string &firstBytes);

} // namespace core

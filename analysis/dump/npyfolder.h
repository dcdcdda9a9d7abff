#pragma once

#include "data/arraycollection.h"

namespace core {

/// A folder of .npy files (an activation dump written as a folder): arrays are named by their path
/// below the folder without ".npy"; manifest.json becomes the "manifest" attribute. Opening reads
/// only each file's header; load() memory-maps one file.
class NpyFolder final : public ArrayCollection
{
public:
    explicit NpyFolder(const std::string &path); ///< throws FormatError
    Tensor load(const std::string &name) const override;
};

} // namespace core

#pragma once

#include "registry/dataobject.h"

#include <functional>
#include <string>
#include <vector>

namespace core {

/// A file format. The registry asks every reader for its confidence and uses the most confident.
struct ReaderDescriptor
{
    std::string id;   ///< e.g. "image.opencv"
    std::string name; ///< e.g. "Images (PNG, JPEG, TIFF, BMP)"
    std::vector<std::string> extensions; ///< lower case, with dot: ".png"
    DataKind produces = DataKind::Tensor;
    bool readsFolders = false; ///< offered folders (with empty `firstBytes`) instead of files
    /// 0 = cannot read, 100 = certain. `firstBytes` holds up to 512 bytes of the file.
    std::function<int(const std::string &path, const std::string &firstBytes)> confidence;
    /// Reads the file or throws FormatError; never returns half-built data.
    std::function<DataObject(const std::string &path)> read;
};

} // namespace core

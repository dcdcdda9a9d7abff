#pragma once

#include "registry/readerdescriptor.h"

namespace core {

/// Reads PNG, JPEG, TIFF or BMP through OpenCV into a Tensor of shape (H, W) for grey images or
/// (H, W, C) with channels in RGB(A) order; dtype uint8, uint16 or float32 as stored.
/// Throws FormatError for unreadable, truncated or oversized files.
Tensor readImage(const std::string &path);

ReaderDescriptor imageReaderDescriptor();
/// Folders with images/ and masks/ subfolders, paired by file stem (ImageFolder).
ReaderDescriptor imageFolderReaderDescriptor();
/// "masks.folder": a folder of masks or predictions, one file per stem (MaskFolder).
ReaderDescriptor maskFolderReaderDescriptor();

} // namespace core

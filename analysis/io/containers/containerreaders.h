#pragma once

#include "registry/readerdescriptor.h"

namespace core {

/// Readers for files and folders that hold many named arrays. Each produces an ActivationDump when
/// the content follows docs/dump-format.md, else Arrays (or Checkpoint for torch.save files).
ReaderDescriptor npzReaderDescriptor();
ReaderDescriptor safetensorsReaderDescriptor();
ReaderDescriptor hdf5ReaderDescriptor();
ReaderDescriptor torchSaveReaderDescriptor();
ReaderDescriptor dumpFolderReaderDescriptor();

/// Wraps an opened collection: kind, arrays and, when it is laid out as a dump, the ActivationDump.
DataObject collectionDataObject(std::shared_ptr<const ArrayCollection> arrays, DataKind otherwise);

} // namespace core

#include "io/containers/containerreaders.h"

#include "dump/activationdump.h"
#include "dump/npyfolder.h"
#include "errors/formaterror.h"
#include "io/byteorder.h"
#include "io/filenames.h"
#include "io/containers/hdf5file.h"
#include "io/containers/npzarchive.h"
#include "io/containers/safetensorsfile.h"
#include "io/torchsave/torchsavefile.h"

#include <algorithm>
#include <filesystem>

namespace core {

namespace {

bool isZip(const std::string &firstBytes)
{
    return firstBytes.compare(0, 4, "PK\x03\x04") == 0 || firstBytes.compare(0, 4, "PK\x05\x06") == 0;
}

/// Name of the first member, read from the first local header.
std::string firstMemberName(const std::string &firstBytes)
{
    if (firstBytes.size() < 30 || firstBytes.compare(0, 4, "PK\x03\x04") != 0)
        return {};
    const auto length = std::size_t(littleEndian(reinterpret_cast<const std::byte *>(firstBytes.data()) + 26, 2));
    return firstBytes.substr(30, std::min(length, firstBytes.size() - 30));
}

} // namespace

DataObject collectionDataObject(std::shared_ptr<const ArrayCollection> arrays, DataKind otherwise)
{
    DataObject data;
    data.kind = otherwise;
    if (ActivationDump::looksLikeDump(*arrays)) {
        data.kind = DataKind::ActivationDump;
        data.dump = std::make_shared<ActivationDump>(arrays);
    }
    data.arrays = std::move(arrays);
    return data;
}

ReaderDescriptor npzReaderDescriptor()
{
    ReaderDescriptor reader;
    reader.id = "arrays.npz";
    reader.name = "NumPy archive (.npz)";
    reader.extensions = {".npz"};
    reader.produces = DataKind::Arrays;
    reader.confidence = [](const std::string &path, const std::string &firstBytes) {
        if (!isZip(firstBytes))
            return 0;
        if (lowerExtension(path) == ".npz")
            return 100;
        const std::string first = firstMemberName(firstBytes);
        return endsWith(first, ".npy") || first == "manifest.json" ? 90 : 10;
    };
    reader.read = [](const std::string &path) {
        return collectionDataObject(std::make_shared<NpzArchive>(path), DataKind::Arrays);
    };
    return reader;
}

ReaderDescriptor safetensorsReaderDescriptor()
{
    ReaderDescriptor reader;
    reader.id = "arrays.safetensors";
    reader.name = "safetensors (.safetensors)";
    reader.extensions = {".safetensors"};
    reader.produces = DataKind::Arrays;
    reader.confidence = [](const std::string &path, const std::string &firstBytes) {
        if (lowerExtension(path) == ".safetensors")
            return 100;
        return firstBytes.size() > 9 && firstBytes[8] == '{' && firstBytes.compare(0, 6, "\x93NUMPY") != 0 ? 40 : 0;
    };
    reader.read = [](const std::string &path) {
        return collectionDataObject(std::make_shared<SafetensorsFile>(path), DataKind::Arrays);
    };
    return reader;
}

ReaderDescriptor hdf5ReaderDescriptor()
{
    ReaderDescriptor reader;
    reader.id = "arrays.hdf5";
    reader.name = "HDF5 (.h5, .hdf5)";
    reader.extensions = {".h5", ".hdf5", ".he5"};
    reader.produces = DataKind::Arrays;
    reader.confidence = [](const std::string &path, const std::string &firstBytes) {
        if (hasHdf5Signature(firstBytes))
            return 100;
        const std::string ext = lowerExtension(path);
        return ext == ".h5" || ext == ".hdf5" ? 50 : 0; // so a damaged .h5 gets HDF5's own error
    };
    reader.read = [](const std::string &path) {
        return collectionDataObject(std::make_shared<Hdf5File>(path), DataKind::Arrays);
    };
    return reader;
}

ReaderDescriptor torchSaveReaderDescriptor()
{
    ReaderDescriptor reader;
    reader.id = "checkpoint.torch";
    reader.name = "PyTorch torch.save (.pt, .pth, .ckpt)";
    reader.extensions = {".pt", ".pth", ".ckpt", ".bin"};
    reader.produces = DataKind::Checkpoint;
    reader.confidence = [](const std::string &path, const std::string &firstBytes) {
        const std::string ext = lowerExtension(path);
        const bool torchExtension = ext == ".pt" || ext == ".pth" || ext == ".ckpt" || ext == ".bin" || ext == ".tar";
        if (!isZip(firstBytes))
            return torchExtension ? 30 : 0; // legacy (non-zip) files get a clear error from read()
        if (endsWith(firstMemberName(firstBytes), "data.pkl"))
            return 95;
        return torchExtension ? 80 : 5;
    };
    reader.read = [](const std::string &path) {
        return collectionDataObject(std::make_shared<TorchSaveFile>(path), DataKind::Checkpoint);
    };
    return reader;
}

ReaderDescriptor dumpFolderReaderDescriptor()
{
    ReaderDescriptor reader;
    reader.id = "dump.folder";
    reader.name = "Activation dump folder (manifest.json + .npy)";
    reader.readsFolders = true;
    reader.produces = DataKind::ActivationDump;
    reader.confidence = [](const std::string &path, const std::string &) {
        std::error_code error;
        return std::filesystem::is_regular_file(std::filesystem::path(path) / "manifest.json", error) ? 100 : 0;
    };
    reader.read = [](const std::string &path) {
        DataObject data = collectionDataObject(std::make_shared<NpyFolder>(path), DataKind::Arrays);
        if (!data.dump)
            throw FormatError(path, "dump", "folder has a manifest.json but no activations");
        return data;
    };
    return reader;
}

} // namespace core

#include "models/torchscriptreader.h"

#include "io/torchsave/torchsavefile.h"
#include "io/zip/ziparchive.h"
#include "errors/formaterror.h"
#include "models/torchscriptmodule.h"

namespace core {

ReaderDescriptor torchScriptReaderDescriptor()
{
    ReaderDescriptor reader;
    reader.id = "checkpoint.torchscript";
    reader.name = "TorchScript module (torch.jit.save)";
    reader.extensions = {".pt", ".pth", ".ts", ".torchscript"};
    reader.produces = DataKind::Checkpoint;
    reader.confidence = [](const std::string &path, const std::string &firstBytes) {
        if (firstBytes.compare(0, 4, "PK\x03\x04") != 0)
            return 0;
        try { // the member names decide; a damaged archive is left to the other readers' errors
            return torchArchiveKind(ZipArchive::open(path)) == TorchArchiveKind::TorchScript ? 100 : 0;
        } catch (const FormatError &) {
            return 0;
        }
    };
    reader.read = [](const std::string &path) {
        DataObject data;
        data.kind = DataKind::Checkpoint;
        data.arrays = std::make_shared<TorchScriptModule>(path);
        return data;
    };
    return reader;
}

} // namespace core

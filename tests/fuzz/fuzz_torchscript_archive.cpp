// A TorchScript archive's storage check (zip index, data.pkl decoded with __torch__ objects, every
// tensor against its storage record), which runs before LibTorch reads the archive.
#include "data/memorylimit.h"
#include "errors/formaterror.h"
#include "fuzztempfile.h"
#include "io/torchsave/torchsavefile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        core::TorchSaveFile::checkTorchScriptStorages(fuzzFile(data, size, ".pt"));
    } catch (const core::FormatError &) {
    } catch (const core::MemoryLimitError &) {
    }
    return 0;
}

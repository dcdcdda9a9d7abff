// Zip central directory, local headers, inflate and the .npy headers of .npz members.
#include "errors/formaterror.h"
#include "fuzzinput.h"
#include "io/containers/npzarchive.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        core::NpzArchive archive("fuzz.npz", fuzzStorage(data, size));
        for (const core::ArrayInfo &info : archive.arrays()) {
            try {
                (void)archive.load(info.name);
            } catch (const core::FormatError &) {
            }
        }
    } catch (const core::FormatError &) {
    }
    return 0;
}

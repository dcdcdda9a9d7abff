// safetensors header validation: every accepted tensor must lie inside the file.
#include "errors/formaterror.h"
#include "fuzzinput.h"
#include "io/containers/safetensorsfile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        core::SafetensorsFile file("fuzz.safetensors", fuzzStorage(data, size));
        for (const core::ArrayInfo &info : file.arrays()) {
            const core::Tensor tensor = file.load(info.name);
            if (tensor.numel() == 0)
                continue;
            std::vector<std::int64_t> last(tensor.shape()); // touch the last element: ASan catches an out-of-file view
            for (std::int64_t &index : last)
                index -= 1;
            (void)tensor.valueAt(last);
        }
    } catch (const core::FormatError &) {
    }
    return 0;
}

// .npy header parser and the data-size checks behind it: any bytes give an array or a FormatError.
#include "errors/formaterror.h"
#include "fuzzinput.h"
#include "io/npyreader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        const core::Tensor tensor = core::npyFromStorage("fuzz.npy", fuzzStorage(data, size));
        if (tensor.numel() > 0)
            (void)tensor.valueAt(std::vector<std::int64_t>(tensor.shape().size(), 0));
    } catch (const core::FormatError &) {
    }
    return 0;
}

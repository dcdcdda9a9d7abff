// The restricted unpickler on arbitrary data.pkl bytes: a value or a FormatError, never a crash,
// a hang or a leak.
#include "errors/formaterror.h"
#include "fuzzinput.h"
#include "io/torchsave/restrictedunpickler.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto bytes = fuzzStorage(data, size);
    try {
        (void)core::RestrictedUnpickler("fuzz.pkl", bytes->data(), bytes->size()).load();
    } catch (const core::FormatError &) {
    }
    return 0;
}

// PNG and JPEG structure checks that run before any decoder sees the bytes (chunk lengths and CRCs,
// IHDR, the JPEG frame header against the pixel and memory limits): a FormatError or success, never
// a crash or a read outside the input.
#include "data/memorylimit.h"
#include "errors/formaterror.h"
#include "fuzzinput.h"
#include "io/imagestructure.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto bytes = fuzzStorage(data, size);
    try {
        core::checkImageStructure("fuzz.img", bytes->data(), bytes->size(), 1LL << 28);
        (void)core::isOneBitGreyPng(bytes->data(), bytes->size());
    } catch (const core::FormatError &) {
    } catch (const core::MemoryLimitError &) {
    }
    return 0;
}

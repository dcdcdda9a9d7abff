// Activation-dump manifest parsing and validation.
#include "dump/dumpmanifest.h"
#include "errors/formaterror.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        (void)core::parseDumpManifest("fuzz/manifest.json", std::string(reinterpret_cast<const char *>(data), size));
    } catch (const core::FormatError &) {
    }
    return 0;
}

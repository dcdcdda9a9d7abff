// The HDF5 reader's walk of a file (groups, datasets, attributes as text, filters, chunks, external
// storage) and the first dataset's read: a FormatError or success. The HDF5 library itself is not
// instrumented; what this finds inside it is recorded in docs/fuzzing.md.
#include "data/memorylimit.h"
#include "errors/formaterror.h"
#include "fuzztempfile.h"
#include "io/containers/hdf5file.h"

#include <stdexcept>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const bool limited = (core::setMaterialiseLimit(std::uint64_t(64) << 20), true); // 64 MiB per array
    (void)limited;
    try {
        const core::Hdf5File file(fuzzFile(data, size, ".h5"));
        if (!file.arrays().empty())
            (void)file.load(file.arrays().front().name);
    } catch (const core::FormatError &) {
    } catch (const core::MemoryLimitError &) {
    } catch (const std::out_of_range &) {
    }
    return 0;
}

#include "commands.h"

#include "arguments.h"
#include "data/arraycollection.h"
#include "data/memorylimit.h"
#include "data/sliceexpression.h"
#include "errors/analysiserror.h"
#include "errors/formaterror.h"
#include "exitcodes.h"
#include "interruption.h"
#include "io/arraywriters.h"
#include "io/atomicfile.h"
#include "io/filenames.h"
#include "registry/arrayselection.h"
#include "registry/registry.h"
#include "task/cancellederror.h"

#include <filesystem>
#include <iostream>

namespace cli {

int exportCommand(const core::Registry &registry, const std::vector<std::string> &args)
{
    const Arguments arguments(args, {"--out", "--slice"}, {});
    if (!arguments.error().empty())
        return fail(BadArguments, arguments.error());
    if (arguments.positional().size() != 1)
        return fail(BadArguments, "export takes one PATH[::ARRAY] (see 'infoscope-cli --help')");
    const std::string source = arguments.positional()[0];
    const std::string outPath = arguments.value("--out");
    const std::string extension = core::lowerCase(std::filesystem::path(outPath).extension().string());
    if (outPath.empty() || (extension != ".npy" && extension != ".csv"))
        return fail(BadArguments, "export needs --out FILE.npy or --out FILE.csv");

    core::Tensor tensor;
    try {
        const core::DataObject data = core::readSelection(registry, source);
        tensor = data.tensor;
        if (tensor.isNull()) {
            const std::vector<core::ArrayInfo> none;
            const std::vector<core::ArrayInfo> &arrays = data.arrays ? data.arrays->arrays() : none;
            if (arrays.empty())
                return fail(UnreadableInput, source + ": it holds no arrays to export");
            if (arrays.size() > 1) {
                std::string examples;
                for (std::size_t i = 0; i < arrays.size() && i < 3; ++i)
                    examples += (i ? ", " : "") + source + "::" + arrays[i].name;
                return fail(BadArguments, source + " holds " + std::to_string(arrays.size())
                                              + " arrays; export one as PATH::ARRAY, e.g. " + examples);
            }
            tensor = data.arrays->load(arrays.front().name);
        }
    } catch (const core::FormatError &e) {
        return fail(UnreadableInput, e.what());
    } catch (const std::exception &e) {
        return fail(UnreadableInput, source + ": " + e.what());
    }
    try {
        if (arguments.has("--slice"))
            tensor = core::applySliceExpression(tensor, arguments.value("--slice"));
    } catch (const core::AnalysisError &e) {
        return fail(BadArguments, e.what());
    }
    try {
        core::AtomicFile file(outPath);
        if (extension == ".npy")
            core::writeNpy(tensor, file.stream(), interruptToken());
        else
            core::writeCsv(tensor, file.stream(), interruptToken());
        file.commit();
    } catch (const core::CancelledError &) {
        return fail(Interrupted, "export interrupted; nothing was written to " + outPath);
    } catch (const core::AnalysisError &e) {
        return fail(BadArguments, e.what());
    } catch (const core::MemoryLimitError &e) {
        return fail(UnreadableInput, e.what());
    } catch (const core::FormatError &e) { // lazily read data (a deflated member) that turns out damaged
        return fail(UnreadableInput, e.what());
    } catch (const std::exception &e) {
        return fail(OutputFailed, e.what());
    }
    if (tensor.dtype() == core::DType::BFloat16 && extension == ".npy")
        std::cerr << "infoscope-cli: note: bfloat16 was written as float32 (numpy has no bfloat16; every value is exact)\n";
    return Ok;
}

} // namespace cli

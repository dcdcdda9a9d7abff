#include "commands.h"

#include "data/arraycollection.h"
#include "data/arraystatistics.h"
#include "dump/activationdump.h"
#include "errors/formaterror.h"
#include "exitcodes.h"
#include "io/zip/ziparchive.h"
#include "registry/registry.h"
#include "results/resultjson.h"
#include "task/atomiccanceltoken.h"
#include "task/nullprogress.h"

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <iostream>

namespace cli {

namespace {

nlohmann::json statisticsJson(const core::Tensor &tensor)
{
    core::NullProgress progress;
    core::AtomicCancelToken cancel;
    const core::ArrayStatistics s = core::computeStatistics(tensor, progress, cancel);
    return {{"count", s.count}, {"nan", s.nanCount}, {"posinf", s.positiveInfCount}, {"neginf", s.negativeInfCount},
            {"min", core::jsonNumber(s.min)}, {"max", core::jsonNumber(s.max)}, {"mean", core::jsonNumber(s.mean)},
            {"sum", core::jsonNumber(s.sum)}};
}

nlohmann::json arrayJson(const std::string &name, core::DType dtype, const std::vector<std::int64_t> &shape)
{
    return {{"name", name}, {"dtype", core::dtypeName(dtype)}, {"shape", shape}};
}

/// The stored layout, where the reader knows it (an empty object otherwise).
nlohmann::json layoutJson(const core::ArrayLayout &layout)
{
    nlohmann::json out = nlohmann::json::object();
    if (!layout.byteOrder.empty())
        out["byte_order"] = layout.byteOrder;
    if (!layout.order.empty())
        out["order"] = layout.order;
    if (!layout.compression.empty())
        out["compression"] = layout.compression;
    if (!layout.chunks.empty())
        out["chunks"] = layout.chunks;
    return out;
}

/// True for a zip file (.npz, torch.save, TorchScript): its members carry CRC-32s.
bool isZip(const std::string &path)
{
    // O_NONBLOCK and fstat: a pipe put in the file's place since the reader opened it cannot block.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return false;
    struct stat info{};
    char magic[4] = {};
    const bool zip = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && ::read(fd, magic, 4) == 4
                     && magic[0] == 'P' && magic[1] == 'K'
                     && ((magic[2] == 3 && magic[3] == 4) || (magic[2] == 5 && magic[3] == 6));
    ::close(fd);
    return zip;
}

} // namespace

int inspectCommand(const core::Registry &registry, const std::vector<std::string> &arguments)
{
    std::string path;
    bool stats = false;
    for (const std::string &argument : arguments) {
        if (argument == "--stats")
            stats = true;
        else if (!argument.empty() && argument[0] == '-') {
            std::cerr << "infoscope-cli: inspect: unknown option '" << argument << "'\n";
            return BadArguments;
        } else if (path.empty())
            path = argument;
        else {
            std::cerr << "infoscope-cli: inspect takes one path\n";
            return BadArguments;
        }
    }
    if (path.empty()) {
        std::cerr << "infoscope-cli: inspect needs a file or folder\n";
        return BadArguments;
    }

    nlohmann::json out;
    try {
        const core::DataObject data = registry.read(path);
        out["path"] = path;
        out["reader"] = data.readerId;
        out["kind"] = core::dataKindName(data.kind);
        nlohmann::json arrays = nlohmann::json::array();
        if (data.arrays) {
            for (const core::ArrayInfo &info : data.arrays->arrays()) {
                nlohmann::json entry = arrayJson(info.name, info.dtype, info.shape);
                entry["stored_bytes"] = info.storedBytes;
                entry["compressed"] = info.compressed;
                entry["layout"] = layoutJson(info.layout);
                if (!info.attributes.empty())
                    entry["attributes"] = info.attributes;
                if (stats)
                    entry["stats"] = statisticsJson(data.arrays->load(info.name));
                arrays.push_back(entry);
            }
            out["attributes"] = data.arrays->attributes();
            if (!data.arrays->groups().empty())
                out["groups"] = data.arrays->groups();
        } else {
            nlohmann::json entry = arrayJson("", data.tensor.dtype(), data.tensor.shape());
            entry["layout"] = layoutJson(data.layout);
            if (stats)
                entry["stats"] = statisticsJson(data.tensor);
            arrays.push_back(entry);
        }
        out["arrays"] = arrays;
        // Listing reads no array, so a damaged member would pass unnoticed: check every CRC here
        // (after the reader, whose policy has refused FIFOs and links out of folders). --stats has
        // read every array, and each read checked its member's CRC already.
        if (!stats && isZip(path)) {
            core::AtomicCancelToken cancel;
            std::size_t unreadable = 0;
            out["crc32_verified_members"] = core::ZipArchive::open(path).verifyAll(cancel, &unreadable);
            if (unreadable > 0) // encrypted, or compressed other than stored/deflate: no reader uses them
                out["crc32_unchecked_members"] = unreadable;
        }
        if (data.dump) {
            const core::ActivationDump &dump = *data.dump;
            out["dump"] = {{"layers", dump.layers()}, {"steps", dump.steps()}, {"samples", dump.sampleCount()},
                           {"labels", dump.hasLabels()}, {"inputs", dump.hasInputs()},
                           {"model", dump.manifest().model}, {"step_unit", dump.manifest().stepUnit}};
        }
    } catch (const core::FormatError &e) {
        std::cerr << "infoscope-cli: " << e.what() << '\n';
        return UnreadableInput;
    }
    // Names and attributes come from the file: bytes that are not UTF-8 are replaced, not thrown on.
    std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    return Ok;
}

} // namespace cli

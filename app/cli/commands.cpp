#include "commands.h"

#include "arguments.h"
#include "exitcodes.h"
#include "registry/registry.h"

#include <cstdio>
#include <iostream>

namespace cli {

void printUsage()
{
    std::cout <<
        "Usage: infoscope-cli COMMAND ...\n"
        "\n"
        "Commands:\n"
        "  list                       analyses and readers in this build\n"
        "  describe ID                inputs, parameters (type, default, range, unit) and outputs of an analysis\n"
        "  run ID --input SLOT=PATH[::ARRAY] [--input ...] [--param KEY=VALUE ...] --out RESULT.json\n"
        "         [--figure FILE.svg|.png|.pdf|.csv] [--figure-item ITEM] [--preset P] [--width L]\n"
        "         [--height L] [--font-size PT] [--dpi N] [--timeout S] [--quiet]\n"
        "         [--overlays DIR [--worst N] [--worst-by METRIC]]   (seg.metrics, seg.dataset)\n"
        "                             run an analysis headless and write its result as JSON; the figure is\n"
        "                             laid out at its physical size (presets default 6.4x4.8in 10pt,\n"
        "                             one-column 89x67mm 8pt, two-column 183x100mm 9pt, slide 10x5.625in\n"
        "                             16pt; L as 3.5in, 89mm or 8.9cm) and written as PNG at --dpi\n"
        "                             (default 300), SVG or PDF: the same layout in each; --overlays writes\n"
        "                             the image with TP/FP/FN colours per model (seg.dataset: every image, or\n"
        "                             the N worst by METRIC, default Dice) as PNGs in whole pixels\n"
        "  batch ID (--dump DIR [--over layers,steps] [--layer L,..] [--step S,..] [--item-slot SLOT]\n"
        "            | --inputs LIST.csv) [--input SLOT=PATH ...] [--param KEY=VALUE ...] --out DIR\n"
        "         [--shard i/n] [--jobs N] [--resume] [--retry-failed] [--quiet]\n"
        "                             run an analysis over every (layer, step) of a dump or every row of a\n"
        "                             CSV in one process: DIR/results/ITEM.json, DIR/index.jsonl (one row per\n"
        "                             item) and DIR/summary.infoscope.json for the GUI (docs/cluster.md);\n"
        "                             --jobs N items side by side (default: one per core)\n"
        "  example [ID] [--data DIR] [--out RESULT.json] [--figure FILE ...]\n"
        "                             list the one-click examples of Help > Examples, or run one on its\n"
        "                             generated data (written to DIR, default a temporary folder) and print\n"
        "                             the published claim beside this run's numbers\n"
        "  merge DIR [DIR ...] [--out DIR]\n"
        "                             combine the shards of a batch into one index, results and summary\n"
        "  export PATH[::ARRAY] --out FILE.npy|FILE.csv [--slice EXPR]\n"
        "                             write one array's values (any reader) as .npy or CSV; EXPR is numpy\n"
        "                             indexing, e.g. '0,:,2:5' or '...,-1'\n"
        "  inspect PATH [--stats]     arrays (name, dtype, shape, bytes, stored layout), groups, attributes\n"
        "                             and dump layout of a file or folder as JSON; --stats adds\n"
        "                             min/max/mean/sum and NaN/Inf counts. The CRC-32 of every zip\n"
        "                             member is checked (.npz, torch.save, TorchScript); with --stats,\n"
        "                             those of the arrays read\n"
        "  version                    versions of InfoScope and its libraries\n"
        "\n"
        "Long runs show progress on stderr (a bar on a terminal, a line every 5 s otherwise; --quiet: none).\n"
        "Ctrl-C stops at the next checkpoint and writes no partial file.\n"
        "\n"
        "Every command takes --max-memory SIZE (512M, 4G, 25%): the most one array may take in memory\n"
        "when it is decoded, inflated or converted (default: half the physical memory).\n"
        "HDF5 datasets whose data lie in other files, and links into other files, are refused unless\n"
        "--allow-hdf5-external is given (they can name any file on the machine).\n"
        "\n"
        "Exit codes: 0 success, 1 internal error, 2 bad arguments, 3 unreadable input,\n"
        "            4 analysis failed (batch: an item failed), 5 output could not be written,\n"
        "            124 --timeout elapsed, 130 interrupted (Ctrl-C).\n";
}

int listCommand(const core::Registry &registry)
{
    std::cout << "Analyses:\n";
    for (const core::AnalysisDescriptor &analysis : registry.analyses())
        std::printf("  %-24s %s\n", analysis.id.c_str(), analysis.summary.c_str());
    std::cout << "Readers:\n";
    for (const core::ReaderDescriptor &reader : registry.readers()) {
        std::string extensions;
        for (const std::string &extension : reader.extensions)
            extensions += (extensions.empty() ? "" : " ") + extension;
        std::printf("  %-24s %s (%s)\n", reader.id.c_str(), reader.name.c_str(), extensions.c_str());
    }
    return Ok;
}

int describeCommand(const core::Registry &registry, const std::string &id)
{
    const core::AnalysisDescriptor *analysis = registry.analysis(id);
    if (!analysis)
        return fail(BadArguments, "unknown analysis '" + id + "' (see 'infoscope-cli list')");
    std::cout << analysis->id << " - " << analysis->name << "\n\n" << analysis->summary << "\n\n"
              << "Method: " << analysis->methodNote << "\n\nReference: " << analysis->citation << "\n\nInputs:\n";
    for (const core::InputSlot &slot : analysis->inputs)
        std::cout << "  " << slot.id << " (" << core::dataKindName(slot.kind) << (slot.optional ? ", optional" : "")
                  << (slot.repeatable ? ", repeatable: give --input " + slot.id + "=PATH once per source" : "")
                  << "): " << slot.help << '\n';
    if (analysis->inputs.empty())
        std::cout << "  (none: the analysis generates its own data)\n";
    std::cout << "\nParameters:\n";
    for (const core::ParameterSpec &p : analysis->parameters) {
        std::cout << "  " << p.id << " (" << core::parameterTypeName(p.type)
                  << ", default " << core::parameterValueToString(p.defaultValue);
        if (p.isBounded())
            std::cout << ", range [" << core::parameterValueToString(p.minimum) << ", "
                      << core::parameterValueToString(p.maximum) << "]";
        if (!p.choices.empty()) {
            std::cout << ", one of";
            for (const std::string &choice : p.choices)
                std::cout << ' ' << choice;
        }
        if (!p.unit.empty())
            std::cout << ", unit " << p.unit;
        if (!p.appliesWhen.empty()) {
            std::cout << ", only when " << p.appliesWhen << " is";
            for (const std::string &value : p.appliesWhenValues)
                std::cout << ' ' << value;
        }
        std::cout << "): " << p.help << '\n';
    }
    std::cout << "\nOutputs:\n";
    for (const core::OutputSpec &o : analysis->outputs)
        std::cout << "  " << o.id << " (" << core::outputKindName(o.kind) << "): " << o.help << '\n';
    return Ok;
}

} // namespace cli

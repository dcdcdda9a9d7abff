#include "commands.h"

#include "errors/analysiserror.h"
#include "errors/formaterror.h"
#include "exitcodes.h"
#include "registry/arrayselection.h"
#include "registry/registry.h"
#include "results/resultjson.h"
#include "task/atomiccanceltoken.h"
#include "task/nullprogress.h"
#include "version.h"

#ifdef INFOSCOPE_CLI_FIGURES
#include "figurewriter.h"
#endif

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <algorithm>
#include <map>

namespace cli {

namespace {

int fail(int code, const std::string &message)
{
    std::cerr << "infoscope-cli: " << message << '\n';
    return code;
}

bool splitPair(const std::string &text, std::string *key, std::string *value)
{
    const auto equals = text.find('=');
    if (equals == std::string::npos || equals == 0)
        return false;
    *key = text.substr(0, equals);
    *value = text.substr(equals + 1);
    return true;
}

} // namespace

void printUsage()
{
    std::cout <<
        "Usage: infoscope-cli COMMAND ...\n"
        "\n"
        "Commands:\n"
        "  list                       analyses and readers in this build\n"
        "  describe ID                inputs, parameters (type, default, range, unit) and outputs of an analysis\n"
        "  run ID --input SLOT=PATH[::ARRAY] [--input ...] [--param KEY=VALUE ...] --out RESULT.json\n"
        "         [--figure FILE.svg|.png|.pdf|.csv] [--figure-item ITEM] [--dpi N]\n"
        "                             run an analysis headless and write its result as JSON\n"
        "  inspect PATH [--stats]     arrays (name, dtype, shape, bytes), attributes and dump layout of a file\n"
        "                             or folder as JSON; --stats adds min/max/mean/sum and NaN/Inf counts\n"
        "  version                    versions of InfoScope and its libraries\n"
        "\n"
        "Exit codes: 0 success, 1 internal error, 2 bad arguments, 3 unreadable input,\n"
        "            4 analysis failed, 5 output could not be written.\n";
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
        std::cout << "): " << p.help << '\n';
    }
    std::cout << "\nOutputs:\n";
    for (const core::OutputSpec &o : analysis->outputs)
        std::cout << "  " << o.id << " (" << core::outputKindName(o.kind) << "): " << o.help << '\n';
    return Ok;
}

int runCommand(const core::Registry &registry, const std::vector<std::string> &args, int argc, char **argv)
{
    if (args.empty())
        return fail(BadArguments, "run needs an analysis id (see 'infoscope-cli list')");
    const core::AnalysisDescriptor *analysis = registry.analysis(args[0]);
    if (!analysis)
        return fail(BadArguments, "unknown analysis '" + args[0] + "' (see 'infoscope-cli list')");

    std::map<std::string, std::string> inputPaths;
    std::vector<std::pair<std::string, std::string>> parameterTexts;
    std::string outPath, figurePath, figureItem;
    int dpi = 300;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string &option = args[i];
        if (i + 1 >= args.size())
            return fail(BadArguments, "option '" + option + "' needs a value");
        const std::string &value = args[++i];
        std::string key, text;
        if (option == "--input") {
            if (!splitPair(value, &key, &text))
                return fail(BadArguments, "--input expects SLOT=PATH, got '" + value + "'");
            inputPaths[key] = text;
        } else if (option == "--param") {
            if (!splitPair(value, &key, &text))
                return fail(BadArguments, "--param expects KEY=VALUE, got '" + value + "'");
            parameterTexts.emplace_back(key, text);
        } else if (option == "--out") {
            outPath = value;
        } else if (option == "--figure") {
            figurePath = value;
        } else if (option == "--figure-item") {
            figureItem = value;
        } else if (option == "--dpi") {
            try {
                dpi = std::stoi(value);
            } catch (const std::exception &) {
                return fail(BadArguments, "--dpi expects a whole number, got '" + value + "'");
            }
        } else {
            return fail(BadArguments, "unknown option '" + option + "'");
        }
    }
    if (outPath.empty() && figurePath.empty())
        return fail(BadArguments, "run needs --out RESULT.json and/or --figure FILE");

    core::ParameterValues parameters = core::ParameterValues::defaults(analysis->parameters);
    try {
        for (const auto &[key, text] : parameterTexts)
            parameters.setFromString(analysis->parameters, key, text);
    } catch (const core::AnalysisError &e) {
        return fail(BadArguments, e.what());
    }

    core::AnalysisInputs inputs;
    for (const auto &[slot, path] : inputPaths) {
        const bool known = std::any_of(analysis->inputs.begin(), analysis->inputs.end(),
                                       [&slotId = slot](const core::InputSlot &s) { return s.id == slotId; });
        if (!known)
            return fail(BadArguments, "analysis '" + analysis->id + "' has no input slot '" + slot + "'");
        try {
            inputs.bind(slot, core::readSelection(registry, path));
        } catch (const core::FormatError &e) {
            return fail(UnreadableInput, e.what());
        }
    }
    for (const core::InputSlot &slot : analysis->inputs)
        if (!slot.optional && !inputs.has(slot.id))
            return fail(BadArguments, "missing --input " + slot.id + "=PATH (" + slot.help + ")");

    core::Result result;
    try {
        core::NullProgress progress;
        core::AtomicCancelToken cancel;
        result = registry.run(analysis->id, inputs, parameters, progress, cancel);
    } catch (const core::FormatError &e) {
        return fail(UnreadableInput, e.what());
    } catch (const std::bad_alloc &) {
        return fail(AnalysisFailed, analysis->id + ": out of memory");
    } catch (const std::exception &e) {
        return fail(AnalysisFailed, analysis->id + ": " + e.what());
    }

    if (!outPath.empty()) {
        std::ofstream out(outPath, std::ios::binary | std::ios::trunc);
        if (out)
            out << core::resultToJson(result).dump(1) << '\n';
        if (!out)
            return fail(OutputFailed, "cannot write " + outPath);
    }
    if (!figurePath.empty()) {
#ifdef INFOSCOPE_CLI_FIGURES
        const std::string problem = writeFigure(result, figureItem, figurePath, dpi, argc, argv);
        if (!problem.empty())
            return fail(OutputFailed, figurePath + ": " + problem);
#else
        (void)argc;
        (void)argv;
        (void)dpi;
        return fail(BadArguments, "this build has no figure support (configured without the GUI)");
#endif
    }
    for (const std::string &warning : result.warnings)
        std::cerr << "infoscope-cli: warning: " << warning << '\n';
    return Ok;
}

} // namespace cli

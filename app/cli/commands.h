#pragma once

#include <functional>
#include <string>
#include <vector>

namespace core {
class Registry;
struct Result;
}

namespace cli {

/// `infoscope-cli` sub-commands; each returns an ExitCode and prints one line to stderr on failure.
int listCommand(const core::Registry &registry);
int describeCommand(const core::Registry &registry, const std::string &id);
int runCommand(const core::Registry &registry, const std::vector<std::string> &arguments, int argc, char **argv);
/// `inspect PATH [--stats]`: the structure of a file or folder as JSON (and per-array statistics).
int inspectCommand(const core::Registry &registry, const std::vector<std::string> &arguments);
/// `export PATH[::ARRAY] --out FILE.npy|.csv [--slice EXPR]`: one array's values, from any reader.
int exportCommand(const core::Registry &registry, const std::vector<std::string> &arguments);
/// `batch ID --dump DIR | --inputs LIST.csv --out DIR ...`: one analysis over many items in one process.
int batchCommand(const core::Registry &registry, const std::vector<std::string> &arguments);
/// `merge DIR... [--out DIR]`: the shards of a batch as one index, results and summary.
int mergeCommand(const std::vector<std::string> &arguments);
/// `example [ID] [--data DIR] [--out FILE] [--figure FILE ...]`: lists the one-click examples, or
/// writes one's generated inputs, runs it and prints its published claim beside this run's numbers.
int exampleCommand(const core::Registry &registry, const std::vector<std::string> &arguments, int argc, char **argv);
void printUsage();

class AnalysisRequest;
class Arguments;
/// `run`'s second half, shared with `example`: runs a complete request (--timeout, --quiet), passes
/// the result through `finish` (if set) and writes --out and --figure.
int runAndWrite(const core::Registry &registry, const AnalysisRequest &request, const Arguments &arguments, int argc,
                char **argv, const std::function<core::Result(core::Result)> &finish);

} // namespace cli

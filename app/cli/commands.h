#pragma once

#include <string>
#include <vector>

namespace core {
class Registry;
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
void printUsage();

} // namespace cli

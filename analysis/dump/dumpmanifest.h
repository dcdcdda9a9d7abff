#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace core {

/// Largest manifest.json any container may hold (4 MiB): refused before it is read.
constexpr std::uint64_t kMaxManifestBytes = 4u << 20;

/// Run metadata of an activation dump (docs/dump-format.md, "The manifest").
struct DumpManifest
{
    int version = 1;
    std::string model;
    std::string stepUnit = "epoch"; ///< "epoch" or "iteration"
    std::vector<std::string> layers; ///< input to output; empty if the manifest does not say
    std::vector<std::int64_t> steps; ///< empty if the manifest does not say
    std::optional<double> learningRate;
    std::optional<std::int64_t> batchSize;
    std::map<std::string, std::string> extra; ///< "extra" members, as JSON text
};

/// Parses and validates manifest JSON; `where` names the file in the FormatError (reader "manifest").
DumpManifest parseDumpManifest(const std::string &where, const std::string &json);

} // namespace core

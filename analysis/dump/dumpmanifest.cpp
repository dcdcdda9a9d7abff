#include "dump/dumpmanifest.h"

#include "errors/formaterror.h"
#include "io/jsonlimits.h"

#include <nlohmann/json.hpp>

#include <cstdint>

namespace core {

namespace {

DumpManifest parseChecked(const std::string &where, const std::string &json)
{
    auto fail = [&](const std::string &problem) { throw FormatError(where, "manifest", problem); };
    nlohmann::json root;
    try {
        root = parseJsonLimited(json);
    } catch (const JsonDepthError &error) {
        throw FormatError(where, "manifest", std::string("manifest is ") + error.what() + " (a manifest is a flat object)");
    } catch (const nlohmann::json::parse_error &error) {
        throw FormatError(where, "manifest", std::string("manifest is not valid JSON: ") + error.what(), error.byte);
    } catch (const nlohmann::json::exception &error) { // e.g. a number too large for a double (found by fuzzing)
        throw FormatError(where, "manifest", std::string("manifest is not valid JSON: ") + error.what());
    }
    if (!root.is_object())
        fail("manifest is not a JSON object");
    if (!root.contains("format") || !root["format"].is_string() || root["format"].get<std::string>() != "infoscope-dump")
        fail("manifest 'format' is not \"infoscope-dump\"");
    if (!root.contains("version") || !root["version"].is_number_integer())
        fail("manifest has no integer 'version'");
    DumpManifest manifest;
    if (root["version"].get<std::int64_t>() != 1 || (root["version"].is_number_unsigned() && root["version"].get<std::uint64_t>() != 1))
        fail("manifest version " + root["version"].dump() + " is not supported (this InfoScope reads version 1)");
    manifest.version = 1;
    if (root.contains("model")) {
        if (!root["model"].is_string())
            fail("'model' is not a string");
        manifest.model = root["model"].get<std::string>();
    }
    if (root.contains("step_unit")) {
        if (!root["step_unit"].is_string())
            fail("'step_unit' is not a string");
        manifest.stepUnit = root["step_unit"].get<std::string>();
        if (manifest.stepUnit != "epoch" && manifest.stepUnit != "iteration")
            fail("'step_unit' must be \"epoch\" or \"iteration\", not \"" + manifest.stepUnit + "\"");
    }
    if (root.contains("layers")) {
        if (!root["layers"].is_array())
            fail("'layers' is not a list");
        for (const auto &layer : root["layers"]) {
            if (!layer.is_string() || layer.get<std::string>().empty())
                fail("'layers' holds something other than a layer name");
            manifest.layers.push_back(layer.get<std::string>());
        }
    }
    if (root.contains("steps")) {
        if (!root["steps"].is_array())
            fail("'steps' is not a list");
        for (const auto &step : root["steps"]) {
            if (!step.is_number_integer() || step.get<std::int64_t>() < 0
                || (step.is_number_unsigned() && step.get<std::uint64_t>() > std::uint64_t(INT64_MAX)))
                fail("'steps' holds something other than a non-negative integer");
            manifest.steps.push_back(step.get<std::int64_t>());
        }
    }
    if (root.contains("learning_rate")) {
        if (!root["learning_rate"].is_number())
            fail("'learning_rate' is not a number");
        manifest.learningRate = root["learning_rate"].get<double>();
    }
    if (root.contains("batch_size")) {
        if (!root["batch_size"].is_number_integer() || root["batch_size"].get<std::int64_t>() <= 0
            || (root["batch_size"].is_number_unsigned() && root["batch_size"].get<std::uint64_t>() > std::uint64_t(INT64_MAX)))
            fail("'batch_size' is not a positive integer");
        manifest.batchSize = root["batch_size"].get<std::int64_t>();
    }
    if (root.contains("extra")) {
        if (!root["extra"].is_object())
            fail("'extra' is not an object");
        for (auto it = root["extra"].begin(); it != root["extra"].end(); ++it)
            manifest.extra[it.key()] = it->is_string() ? it->get<std::string>() : it->dump();
    }
    return manifest;
}

} // namespace

DumpManifest parseDumpManifest(const std::string &where, const std::string &json)
{
    try {
        return parseChecked(where, json);
    } catch (const nlohmann::json::exception &error) {
        // Every member's type is checked above; this is the safety net for what a check missed
        // (a fuzzer found {"format": 2} once), so a bad manifest can never end the program.
        throw FormatError(where, "manifest", std::string("unexpected content: ") + error.what());
    }
}

} // namespace core

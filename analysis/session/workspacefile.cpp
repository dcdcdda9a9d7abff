#include "session/workspacefile.h"

#include "errors/analysiserror.h"
#include "errors/formaterror.h"
#include "registry/registry.h"
#include "io/fileaccess.h"
#include "io/jsonlimits.h"
#include "results/resultjson.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace core {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char *kReader = "workspace";
constexpr int kVersion = 1;

std::string absoluteFrom(const fs::path &base, const std::string &stored)
{
    const fs::path p(stored);
    return (p.is_absolute() ? p : base / p).lexically_normal().string();
}

std::string relativeTo(const fs::path &base, const std::string &path)
{
    const fs::path relative = fs::path(path).lexically_relative(base);
    return relative.empty() ? path : relative.generic_string();
}

} // namespace

WorkspaceFile WorkspaceFile::load(const std::string &path, const Registry &registry)
{
    requireFileOrFolder(path, kReader); // a FIFO would block the open below
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw FormatError(path, kReader, "cannot open for reading");
    json document;
    try {
        document = parseJsonLimited(in);
    } catch (const JsonDepthError &e) {
        throw FormatError(path, kReader, std::string("is ") + e.what() + "; a workspace is a few levels deep");
    } catch (const json::parse_error &e) {
        throw FormatError(path, kReader, std::string("not valid JSON: ") + e.what(), e.byte);
    } catch (const json::exception &e) { // out-of-range numbers
        throw FormatError(path, kReader, std::string("not valid JSON: ") + e.what());
    }
    const fs::path base = fs::absolute(fs::path(path)).parent_path();
    WorkspaceFile workspace;
    try {
        if (document.at("format") != "infoscope-workspace")
            throw FormatError(path, kReader, "not an InfoScope workspace (format field)");
        if (document.at("version").get<int>() > kVersion)
            throw FormatError(path, kReader, "written by a newer InfoScope (version "
                                                 + std::to_string(document.at("version").get<int>()) + ")");
        for (const json &source : document.at("sources"))
            workspace.sources.push_back(absoluteFrom(base, source.at("path").get<std::string>()));
        const json runs = document.contains("runs") ? document.at("runs") : json::array();
        for (const json &entry : runs) {
            WorkspaceRun run;
            run.analysisId = entry.at("analysis").get<std::string>();
            const AnalysisDescriptor *descriptor = registry.analysis(run.analysisId);
            if (!descriptor)
                throw FormatError(path, kReader, "unknown analysis '" + run.analysisId + "'");
            for (const auto &[slot, source] : entry.at("inputs").items())
                run.inputs[slot] = absoluteFrom(base, source.get<std::string>());
            run.parameters = ParameterValues::defaults(descriptor->parameters);
            const json parameters = entry.contains("parameters") ? entry.at("parameters") : json::object();
            for (const auto &[id, value] : parameters.items()) {
                if (value.is_string())
                    run.parameters.setFromString(descriptor->parameters, id, value.get<std::string>());
                else
                    run.parameters.setFromString(descriptor->parameters, id, value.dump());
            }
            if (entry.contains("result") && !entry.at("result").is_null())
                run.result = resultFromJson(entry.at("result"));
            workspace.runs.push_back(std::move(run));
        }
    } catch (const FormatError &) {
        throw;
    } catch (const AnalysisError &e) {
        throw FormatError(path, kReader, e.what());
    } catch (const json::exception &e) {
        throw FormatError(path, kReader, std::string("malformed workspace: ") + e.what());
    }
    return workspace;
}

void WorkspaceFile::save(const std::string &path) const
{
    const fs::path base = fs::absolute(fs::path(path)).parent_path();
    json document = {{"format", "infoscope-workspace"}, {"version", kVersion}};
    json sourceList = json::array();
    for (const std::string &source : sources)
        sourceList.push_back({{"path", relativeTo(base, source)}});
    document["sources"] = sourceList;
    json runList = json::array();
    for (const WorkspaceRun &run : runs) {
        json inputs = json::object();
        for (const auto &[slot, source] : run.inputs)
            inputs[slot] = relativeTo(base, source);
        json parameters = json::object();
        for (const auto &[id, value] : run.parameters.values())
            parameters[id] = parameterValueToString(value);
        json entry = {{"analysis", run.analysisId}, {"inputs", inputs}, {"parameters", parameters}};
        if (run.result)
            entry["result"] = resultToJson(*run.result);
        runList.push_back(entry);
    }
    document["runs"] = runList;

    const std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out)
            throw FormatError(path, kReader, "cannot open for writing");
        out << document.dump(1) << '\n';
        if (!out)
            throw FormatError(path, kReader, "write failed (disk full?)");
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0)
        throw FormatError(path, kReader, "cannot replace the file");
}

} // namespace core

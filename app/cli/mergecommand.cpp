#include "commands.h"

#include "arguments.h"
#include "batchindex.h"
#include "exitcodes.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

namespace cli {

namespace fs = std::filesystem;

int mergeCommand(const std::vector<std::string> &args)
{
    const Arguments arguments(args, {"--out"}, {"--quiet"});
    if (!arguments.error().empty())
        return fail(BadArguments, arguments.error());
    const std::vector<std::string> &folders = arguments.positional();
    if (folders.empty())
        return fail(BadArguments, "merge needs the batch folder(s) the shards wrote, e.g. merge out/");
    const std::string outDir = arguments.value("--out", folders.front());

    // Every folder must hold the same batch; rows from all index files, the last of an item winning,
    // an "ok" row never replaced by a failed one (a shard retried elsewhere).
    nlohmann::json description;
    std::map<std::string, nlohmann::json> rows;
    std::map<std::string, std::string> resultFolder; // item -> folder holding its result file
    for (const std::string &folder : folders) {
        std::ifstream in(folder + "/batch.json");
        const nlohmann::json current = in ? nlohmann::json::parse(in, nullptr, false) : nlohmann::json();
        if (!current.is_object() || current.value("format", "") != "infoscope-batch")
            return fail(UnreadableInput, folder + ": no batch.json of an infoscope-cli batch");
        if (description.is_null())
            description = current;
        else if (current != description)
            return fail(BadArguments, folder + " holds another batch than " + folders.front() + " (batch.json differs)");
        std::error_code error;
        std::vector<fs::path> indexes; // sorted: which row wins does not depend on the directory's order
        for (const fs::directory_entry &entry : fs::directory_iterator(folder, error)) {
            const std::string name = entry.path().filename().string();
            if (name.rfind("index", 0) == 0 && entry.path().extension() == ".jsonl")
                indexes.push_back(entry.path());
        }
        std::sort(indexes.begin(), indexes.end());
        for (const fs::path &index : indexes) {
            std::map<std::string, nlohmann::json> found;
            if (Failure failure = batchindex::readRows(index.string(), &found))
                return fail(failure.code, failure.message);
            for (auto &[id, row] : found) {
                const auto it = rows.find(id);
                if (it != rows.end() && it->second.value("status", "") == "ok" && row.value("status", "") != "ok")
                    continue;
                rows[id] = std::move(row);
                resultFolder[id] = folder;
            }
        }
    }

    std::error_code error;
    fs::create_directories(fs::path(outDir) / "results", error);
    if (error)
        return fail(OutputFailed, "cannot create " + outDir + "/results: " + error.message());
    for (const auto &[id, row] : rows) {
        if (row.value("status", "") != "ok")
            continue;
        const std::string result = row.value("result", "");
        const fs::path from = fs::path(resultFolder[id]) / result;
        const fs::path to = fs::path(outDir) / result;
        if (result.empty() || !fs::exists(from, error))
            return fail(UnreadableInput, from.string() + " is missing although " + id + " is recorded as done");
        const bool same = fs::exists(to, error) && fs::equivalent(from, to, error);
        error.clear();
        if (!same)
            fs::copy_file(from, to, fs::copy_options::overwrite_existing, error);
        if (error)
            return fail(OutputFailed, "cannot copy " + from.string() + " to " + to.string() + ": " + error.message());
    }
    if (!fs::exists(fs::path(outDir) / "batch.json", error))
        if (Failure failure = writeTextFile(outDir + "/batch.json", jsonText(description)))
            return fail(failure.code, failure.message);
    if (Failure failure = batchindex::writeRows(outDir + "/index.jsonl", rows))
        return fail(failure.code, failure.message);
    if (Failure failure = batchindex::writeSummary(outDir, description["analysis"].get<std::string>(), rows))
        return fail(failure.code, failure.message);

    std::vector<std::string> missing;
    for (const nlohmann::json &id : description["item_ids"])
        if (!rows.count(id.get<std::string>()))
            missing.push_back(id.get<std::string>());
    long failed = 0;
    for (const auto &[id, row] : rows)
        failed += row.value("status", "") != "ok";
    if (!arguments.has("--quiet"))
        std::cerr << "infoscope-cli: merged " << rows.size() << " of " << description["items"] << " items into "
                  << outDir << "/index.jsonl (" << failed << " failed)\n";
    if (!missing.empty()) {
        std::string list;
        for (std::size_t i = 0; i < missing.size() && i < 5; ++i)
            list += (i ? ", " : "") + missing[i];
        return fail(AnalysisFailed, std::to_string(missing.size()) + " items have no row in any index (" + list
                                    + (missing.size() > 5 ? ", ..." : "") + "): a shard did not run or did not finish");
    }
    return failed ? fail(AnalysisFailed, std::to_string(failed) + " items failed; their errors are in the index") : Ok;
}

} // namespace cli

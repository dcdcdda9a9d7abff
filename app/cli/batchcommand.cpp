#include "commands.h"

#include "analysisrequest.h"
#include "arguments.h"
#include "batchindex.h"
#include "batchplan.h"
#include "errors/formaterror.h"
#include "exitcodes.h"
#include "interruption.h"
#include "registry/analysisdescriptor.h"
#include "registry/arrayselection.h"
#include "registry/registry.h"
#include "task/nullprogress.h"
#include "task/availablecores.h"
#include "task/threadbudget.h"
#include "terminalprogress.h"

#include <algorithm>
#include <charconv>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <thread>

namespace cli {

namespace {

/// Containers opened once for the whole batch: a dump's 600 items come from one opened folder. Only
/// containers are kept (a CSV over thousands of plain files keeps none of them); arrays are loaded
/// outside the lock, since ArrayCollection::load is thread-safe.
class SourceCache
{
public:
    explicit SourceCache(const core::Registry &registry)
        : m_registry(registry)
    {}

    /// PATH or PATH::ARRAY; throws FormatError.
    core::DataObject read(const std::string &spec)
    {
        const auto [path, array] = core::splitSelection(spec);
        core::DataObject data;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            const auto it = m_opened.find(path);
            if (it != m_opened.end())
                data = it->second;
        }
        if (!data.arrays) {
            data = m_registry.read(path);
            if (data.arrays) {
                std::lock_guard<std::mutex> lock(m_mutex);
                m_opened.emplace(path, data);
            }
        }
        return array.empty() ? data : core::selectArray(data, array);
    }

private:
    const core::Registry &m_registry;
    std::mutex m_mutex;
    std::map<std::string, core::DataObject> m_opened;
};

/// A whole number in [low, high] from the full text (std::stoi would take "4x"); false otherwise.
bool wholeNumber(const std::string &text, int low, int high, int *value)
{
    long parsed = 0;
    const auto [at, error] = std::from_chars(text.data(), text.data() + text.size(), parsed);
    if (error != std::errc() || at != text.data() + text.size() || parsed < low || parsed > high)
        return false;
    *value = int(parsed);
    return true;
}

nlohmann::json batchDescription(const AnalysisRequest &request, const std::vector<std::string> &parameterTexts,
                                const std::vector<std::string> &fixedInputs, const BatchPlan &plan)
{
    nlohmann::json ids = nlohmann::json::array();
    for (const BatchItem &item : plan.items)
        ids.push_back(item.id);
    return {{"format", "infoscope-batch"}, {"version", 1}, {"analysis", request.analysis().id},
            {"parameters", parameterTexts}, {"inputs", fixedInputs}, {"source", plan.source},
            {"item_slot", plan.itemSlot}, {"items", plan.items.size()}, {"item_ids", ids}};
}

} // namespace

int batchCommand(const core::Registry &registry, const std::vector<std::string> &args)
{
    const Arguments arguments(args,
                              {"--dump", "--over", "--layer", "--step", "--item-slot", "--inputs", "--input", "--param",
                               "--out", "--shard", "--jobs"},
                              {"--resume", "--retry-failed", "--quiet"});
    if (!arguments.error().empty())
        return fail(BadArguments, arguments.error());
    if (arguments.positional().size() != 1)
        return fail(BadArguments, "batch takes one analysis id (see 'infoscope-cli --help')");
    const std::string outDir = arguments.value("--out");
    if (outDir.empty())
        return fail(BadArguments, "batch needs --out DIR (results, index and summary go there)");
    if (arguments.has("--dump") == arguments.has("--inputs"))
        return fail(BadArguments, "batch needs either --dump DIR or --inputs LIST.csv");
    int shardIndex = 0, shardCount = 1;
    if (arguments.has("--shard") && !parseShard(arguments.value("--shard"), &shardIndex, &shardCount))
        return fail(BadArguments, "--shard expects i/n with 0 <= i < n, e.g. 0/8 (Slurm: $SLURM_ARRAY_TASK_ID/$N)");
    const int cores = core::availableCores();
    int jobs = cores;
    if (arguments.has("--jobs") && !wholeNumber(arguments.value("--jobs"), 1, 1024, &jobs))
        return fail(BadArguments, "--jobs expects a whole number from 1 to 1024, got '" + arguments.value("--jobs") + "'");

    AnalysisRequest request;
    const std::vector<std::string> parameterTexts = arguments.values("--param");
    if (Failure failure = AnalysisRequest::prepare(registry, arguments.positional()[0], parameterTexts, &request))
        return fail(failure.code, failure.message);
    SourceCache sources(registry);
    const std::vector<std::string> fixedInputs = arguments.values("--input");
    for (const std::string &binding : fixedInputs) {
        std::string slot, path;
        if (!splitPair(binding, &slot, &path))
            return fail(BadArguments, "--input expects SLOT=PATH, got '" + binding + "'");
        try {
            if (Failure failure = request.bindData(slot, sources.read(path)))
                return fail(failure.code, failure.message);
        } catch (const core::FormatError &e) {
            return fail(UnreadableInput, e.what());
        }
    }

    BatchPlan plan;
    if (arguments.has("--dump")) {
        const std::string slot = arguments.value("--item-slot", request.firstUnboundSlot());
        if (slot.empty())
            return fail(BadArguments, "every input of " + request.analysis().id + " is bound by --input; "
                                      "name the one each item fills with --item-slot");
        if (Failure failure = planDumpBatch(registry, arguments.value("--dump"), arguments.value("--over", "layers,steps"),
                                            arguments.value("--layer"), arguments.value("--step"), slot, &plan))
            return fail(failure.code, failure.message);
    } else if (Failure failure = planCsvBatch(arguments.value("--inputs"), &plan)) {
        return fail(failure.code, failure.message);
    }

    // The output folder: one batch.json for all shards, refusing to mix two different batches.
    std::error_code error;
    std::filesystem::create_directories(std::filesystem::path(outDir) / "results", error);
    if (error)
        return fail(OutputFailed, "cannot create " + outDir + "/results: " + error.message());
    const nlohmann::json description = batchDescription(request, parameterTexts, fixedInputs, plan);
    const std::string descriptionPath = outDir + "/batch.json";
    if (std::ifstream existing{descriptionPath}) {
        const nlohmann::json previous = nlohmann::json::parse(existing, nullptr, false);
        if (previous != description)
            return fail(BadArguments, outDir + " holds another batch (batch.json differs: analysis, parameters, "
                                      "inputs or items); choose another --out");
    } else if (Failure failure = writeTextFile(descriptionPath, jsonText(description))) {
        return fail(failure.code, failure.message); // shards starting together race benignly: same content
    }
    const std::string indexPath = outDir + "/" + batchindex::indexFileName(shardIndex, shardCount);
    std::map<std::string, nlohmann::json> rows;
    if (Failure failure = batchindex::readRows(indexPath, &rows))
        return fail(failure.code, failure.message);
    if (!rows.empty() && !arguments.has("--resume"))
        return fail(BadArguments, indexPath + " already records " + std::to_string(rows.size())
                                  + " items; add --resume to continue that run, or choose another --out");

    const std::vector<BatchItem> items = shardItems(plan.items, shardIndex, shardCount);
    // A last line cut short (the process was killed mid-write) would glue itself to the next row:
    // rewrite the index from the rows that were read whole before appending to it.
    if (!batchindex::endsWithNewline(indexPath))
        if (Failure failure = batchindex::writeRows(indexPath, rows))
            return fail(failure.code, failure.message);
    std::ofstream journal(indexPath, std::ios::app | std::ios::binary); // rows as items finish: resumable
    if (!journal)
        return fail(OutputFailed, "cannot write " + indexPath);
    jobs = std::min<int>(jobs, int(std::max<std::size_t>(items.size(), 1)));

    TerminalProgress progress(TerminalProgress::modeFor(arguments.has("--quiet")), "batch " + request.analysis().id);
    std::mutex mutex; // guards the journal, rows and the counters below
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stop{false};
    Failure fatal;
    long done = 0, skipped = 0;
    auto worker = [&] {
        // Items side by side share the cores: each analysis gets its share instead of all of them.
        const core::ScopedThreadBudget budget(std::max(1, cores / jobs));
        core::NullProgress itemProgress;
        for (std::size_t at; !stop && !wasInterrupted() && (at = next++) < items.size();) {
            const BatchItem &item = items[at];
            AnalysisRequest itemRequest = request;
            Failure failure;
            {
                std::lock_guard<std::mutex> lock(mutex);
                const auto previous = rows.find(item.id);
                if (previous != rows.end()
                    && (previous->second.value("status", "") == "ok" || !arguments.has("--retry-failed"))) {
                    ++skipped;
                    progress.reportItems(++done, long(items.size()), item.id);
                    continue;
                }
            }
            core::Result result;
            try {
                for (const auto &[slot, path] : item.bindings) {
                    try {
                        failure = itemRequest.bindData(slot, sources.read(path));
                    } catch (const core::FormatError &e) {
                        failure = {UnreadableInput, e.what()};
                    } catch (const std::out_of_range &e) {
                        failure = {UnreadableInput, path + ": " + e.what()};
                    }
                    if (failure)
                        break;
                }
                if (!failure)
                    failure = itemRequest.checkComplete();
                if (!failure)
                    failure = itemRequest.run(registry, itemProgress, interruptToken(), &result);
                if (failure.code == Interrupted)
                    break; // the item is not recorded: a --resume runs it
                if (!failure)
                    failure = writeResultFile(result, outDir + "/results/" + item.id + ".json");
            } catch (const std::exception &e) { // whatever an item throws ends that item, not the batch
                failure = {InternalError, item.id + ": " + e.what()};
            }
            std::lock_guard<std::mutex> lock(mutex);
            if (failure.code == OutputFailed) { // a full disk fails every item alike: stop
                fatal = failure;
                stop = true;
                break;
            }
            nlohmann::json row = batchindex::row(item, failure, failure ? nullptr : &result);
            journal << batchindex::line(row) << '\n' << std::flush;
            if (!journal) {
                fatal = {OutputFailed, "cannot append to " + indexPath};
                stop = true;
                break;
            }
            rows[item.id] = std::move(row);
            progress.reportItems(++done, long(items.size()), item.id);
        }
    };
    std::vector<std::thread> pool;
    for (int j = 1; j < std::min<int>(jobs, int(items.size())); ++j)
        pool.emplace_back(worker);
    worker();
    for (std::thread &thread : pool)
        thread.join();
    journal.close();
    progress.finish();
    if (fatal)
        return fail(fatal.code, fatal.message);
    if (wasInterrupted())
        return fail(Interrupted, "interrupted after " + std::to_string(done) + " of " + std::to_string(items.size())
                                 + " items; finished items are in " + indexPath + " (continue with --resume)");

    if (Failure failure = batchindex::writeRows(indexPath, rows))
        return fail(failure.code, failure.message);
    if (shardCount == 1)
        if (Failure failure = batchindex::writeSummary(outDir, request.analysis().id, rows))
            return fail(failure.code, failure.message);
    long failedTotal = 0;
    for (const auto &[id, row] : rows)
        failedTotal += row.value("status", "") != "ok";
    if (!arguments.has("--quiet"))
        std::cerr << "infoscope-cli: batch " << request.analysis().id << ": " << items.size() << " items"
                  << (shardCount > 1 ? " in shard " + std::to_string(shardIndex) + "/" + std::to_string(shardCount) : "")
                  << ", " << (long(items.size()) - failedTotal) << " ok, " << failedTotal << " failed"
                  << (skipped ? ", " + std::to_string(skipped) + " already done" : "") << "; index " << indexPath << '\n';
    if (failedTotal > 0)
        return fail(AnalysisFailed, std::to_string(failedTotal) + " items failed; their errors are in " + indexPath);
    return Ok;
}

} // namespace cli

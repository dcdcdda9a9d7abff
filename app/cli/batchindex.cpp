#include "batchindex.h"

#include "exitcodes.h"
#include "results/resultjson.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <set>
#include <vector>

namespace cli::batchindex {

namespace {

std::vector<const nlohmann::json *> inOrder(const std::map<std::string, nlohmann::json> &rows)
{
    std::vector<const nlohmann::json *> ordered;
    for (const auto &[id, row] : rows)
        ordered.push_back(&row);
    std::sort(ordered.begin(), ordered.end(), [](const nlohmann::json *a, const nlohmann::json *b) {
        return a->value("order", 0L) < b->value("order", 0L);
    });
    return ordered;
}

double numberOrNan(const nlohmann::json &value)
{
    return value.is_number() ? value.get<double>() : NAN;
}

} // namespace

std::string indexFileName(int shardIndex, int shardCount)
{
    if (shardCount <= 1)
        return "index.jsonl";
    return "index-shard-" + std::to_string(shardIndex) + "-of-" + std::to_string(shardCount) + ".jsonl";
}

nlohmann::json headline(const core::Result &result)
{
    nlohmann::json numbers = nlohmann::json::object();
    for (const core::ResultItem &item : result.items) {
        const auto *table = std::get_if<core::TableResult>(&item);
        if (!table || table->columns.size() < 2 || table->columns[0] != "quantity" || table->columns[1] != "value")
            continue;
        for (const auto &cells : table->rows) {
            if (cells.size() < 2 || !std::holds_alternative<std::string>(cells[0]))
                continue;
            const std::string &quantity = std::get<std::string>(cells[0]);
            if (const auto *d = std::get_if<double>(&cells[1]))
                numbers[quantity] = core::jsonNumber(*d);
            else if (const auto *i = std::get_if<std::int64_t>(&cells[1]))
                numbers[quantity] = *i;
        }
    }
    return numbers;
}

nlohmann::json row(const BatchItem &item, const Failure &failure, const core::Result *result)
{
    nlohmann::json row = {{"item", item.id}, {"order", item.order}};
    if (!item.layer.empty()) {
        row["layer"] = item.layer;
        row["step"] = item.step;
    }
    row["inputs"] = item.bindings;
    row["status"] = failure ? "failed" : "ok";
    row["exit_code"] = failure.code;
    if (failure) {
        row["error"] = failure.message;
    } else {
        row["headline"] = result ? headline(*result) : nlohmann::json::object();
        row["result"] = "results/" + item.id + ".json";
    }
    return row;
}

std::string line(const nlohmann::json &row)
{
    return jsonText(row, -1);
}

bool endsWithNewline(const std::string &path)
{
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in || in.tellg() <= 0)
        return true;
    in.seekg(-1, std::ios::end);
    return in.get() == '\n';
}

Failure readRows(const std::string &path, std::map<std::string, nlohmann::json> *rows)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return {};
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(std::move(line));
    for (std::size_t number = 0; number < lines.size(); ++number) {
        if (lines[number].empty())
            continue;
        nlohmann::json row = nlohmann::json::parse(lines[number], nullptr, false);
        if (row.is_discarded() || !row.is_object() || !row.contains("item") || !row["item"].is_string()) {
            if (number + 1 == lines.size())
                break; // a last line cut short (the machine went down mid-write): that item runs again
            return {UnreadableInput, path + ": line " + std::to_string(number + 1) + " is not an index row"};
        }
        const std::string id = row["item"].get<std::string>(); // before the move: C++17 evaluates the right side first
        (*rows)[id] = std::move(row);
    }
    return {};
}

Failure writeRows(const std::string &path, const std::map<std::string, nlohmann::json> &rows)
{
    std::string text;
    for (const nlohmann::json *row : inOrder(rows))
        text += line(*row) + '\n';
    return writeTextFile(path, text);
}

Failure writeSummary(const std::string &folder, const std::string &analysisId,
                     const std::map<std::string, nlohmann::json> &rows)
{
    const std::vector<const nlohmann::json *> ordered = inOrder(rows);
    std::vector<std::string> quantities; // in first-seen order
    bool dumpItems = !ordered.empty();
    for (const nlohmann::json *row : ordered) {
        dumpItems = dumpItems && row->contains("layer");
        if (row->contains("headline"))
            for (const auto &[quantity, value] : (*row)["headline"].items())
                if (std::find(quantities.begin(), quantities.end(), quantity) == quantities.end())
                    quantities.push_back(quantity);
    }

    core::TableResult table;
    table.id = "items";
    table.title = "Batch of " + analysisId;
    table.columns = {"item", "status"};
    if (dumpItems)
        table.columns.insert(table.columns.begin() + 1, {"layer", "step"});
    table.columns.insert(table.columns.end(), quantities.begin(), quantities.end());
    table.columns.push_back("error");
    for (const nlohmann::json *row : ordered) {
        std::vector<core::TableCell> cells{row->value("item", std::string())};
        if (dumpItems) {
            cells.emplace_back(row->value("layer", std::string()));
            cells.emplace_back(std::int64_t(row->value("step", -1L)));
        }
        cells.emplace_back(row->value("status", std::string()));
        const nlohmann::json headline = row->value("headline", nlohmann::json::object());
        for (const std::string &quantity : quantities)
            cells.emplace_back(headline.contains(quantity) ? numberOrNan(headline[quantity]) : NAN);
        cells.emplace_back(row->value("error", std::string()));
        table.rows.push_back(std::move(cells));
    }

    core::Result summary;
    summary.analysisId = analysisId;
    summary.items.push_back(table);
    if (dumpItems) {
        // Per layer, in the order the layers first appear, points in step order (rows are in batch order).
        std::vector<std::string> layers;
        for (const nlohmann::json *row : ordered)
            if (std::find(layers.begin(), layers.end(), (*row)["layer"].get<std::string>()) == layers.end())
                layers.push_back((*row)["layer"].get<std::string>());
        auto pointsOf = [&](const std::string &layer, const std::string &quantity, std::vector<double> *steps) {
            std::vector<std::pair<double, double>> points;
            for (const nlohmann::json *row : ordered)
                if ((*row)["layer"] == layer && row->contains("headline") && (*row)["headline"].contains(quantity))
                    points.emplace_back(double((*row)["step"].get<std::int64_t>()), numberOrNan((*row)["headline"][quantity]));
            std::sort(points.begin(), points.end());
            std::vector<double> values;
            for (const auto &[step, value] : points) {
                if (steps)
                    steps->push_back(step);
                values.push_back(value);
            }
            return values;
        };
        const bool plane = std::count(quantities.begin(), quantities.end(), "I(X;T)")
                           && std::count(quantities.begin(), quantities.end(), "I(T;Y)");
        if (plane) {
            core::TrajectoryResult trajectories;
            trajectories.id = "plane";
            trajectories.title = "Information plane (batch of " + analysisId + ")";
            trajectories.xLabel = "I(X;T)";
            trajectories.yLabel = "I(T;Y)";
            trajectories.stepLabel = "step";
            for (const std::string &layer : layers) {
                core::Trajectory t;
                t.name = layer;
                t.x = pointsOf(layer, "I(X;T)", &t.step);
                t.y = pointsOf(layer, "I(T;Y)", nullptr);
                if (t.x.size() == t.y.size())
                    trajectories.trajectories.push_back(std::move(t));
            }
            summary.items.push_back(std::move(trajectories));
        } else {
            for (const std::string &quantity : quantities) {
                core::SeriesResult series;
                series.id = "series-" + std::to_string(&quantity - quantities.data());
                series.title = quantity + " by step";
                series.xLabel = "step";
                series.yLabel = quantity;
                for (const std::string &layer : layers) {
                    core::Series s;
                    s.name = layer;
                    s.y = pointsOf(layer, quantity, &s.x);
                    series.series.push_back(std::move(s));
                }
                summary.items.push_back(std::move(series));
            }
        }
    }
    const nlohmann::json workspace = {{"format", "infoscope-workspace"},
                                      {"version", 1},
                                      {"sources", nlohmann::json::array()},
                                      {"runs", {{{"analysis", analysisId},
                                                 {"inputs", nlohmann::json::object()},
                                                 {"parameters", nlohmann::json::object()},
                                                 {"result", core::resultToJson(summary)}}}}};
    return writeTextFile(folder + "/summary.infoscope.json", jsonText(workspace));
}

} // namespace cli::batchindex

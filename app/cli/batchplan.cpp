#include "batchplan.h"

#include "dump/activationdump.h"
#include "errors/formaterror.h"
#include "exitcodes.h"
#include "registry/registry.h"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace cli {

namespace {

/// Letters, digits and "._@-" stay; anything else becomes '_' (item ids name result files).
std::string safeId(const std::string &text)
{
    std::string id = text;
    for (char &c : id)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '@' || c == '-'))
            c = '_';
    if (id.empty() || id.find_first_not_of('.') == std::string::npos)
        id = "_" + id;
    return id;
}

std::vector<std::string> splitList(const std::string &text)
{
    std::vector<std::string> parts;
    std::stringstream stream(text);
    for (std::string part; std::getline(stream, part, ',');)
        if (!part.empty())
            parts.push_back(part);
    return parts;
}

/// RFC 4180 fields of one record; `in` is advanced past it. Quoted fields may hold commas, quotes
/// ("") and line breaks.
bool readCsvRecord(std::istream &in, std::vector<std::string> *fields)
{
    fields->clear();
    std::string field;
    bool quoted = false, any = false;
    for (int c; (c = in.get()) != EOF;) {
        any = true;
        if (quoted) {
            if (c == '"') {
                if (in.peek() == '"')
                    field += char(in.get());
                else
                    quoted = false;
            } else {
                field += char(c);
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields->push_back(field);
            field.clear();
        } else if (c == '\n') {
            break;
        } else if (c != '\r') {
            field += char(c);
        }
    }
    if (!any)
        return false;
    fields->push_back(field);
    return true;
}

bool parseInteger(const std::string &text, std::int64_t *value)
{
    const auto [at, error] = std::from_chars(text.data(), text.data() + text.size(), *value);
    return error == std::errc() && at == text.data() + text.size();
}

} // namespace

Failure planDumpBatch(const core::Registry &registry, const std::string &dumpPath, const std::string &over,
                      const std::string &layerFilter, const std::string &stepFilter, const std::string &itemSlot,
                      BatchPlan *plan)
{
    core::DataObject data;
    try {
        data = registry.read(dumpPath);
    } catch (const core::FormatError &e) {
        return {UnreadableInput, e.what()};
    }
    if (!data.dump)
        return {UnreadableInput, dumpPath + ": not an activation dump (docs/dump-format.md: activations/<layer>/<step>)"};
    const core::ActivationDump &dump = *data.dump;

    const std::set<std::string> axes = [&] {
        const std::vector<std::string> parts = splitList(over);
        return std::set<std::string>(parts.begin(), parts.end());
    }();
    const bool overLayers = axes.count("layers") > 0, overSteps = axes.count("steps") > 0;
    for (const std::string &axis : axes)
        if (axis != "layers" && axis != "steps")
            return {BadArguments, "--over takes layers, steps or layers,steps; got '" + over + "'"};
    if (!overLayers && !overSteps)
        return {BadArguments, "--over takes layers, steps or layers,steps"};

    std::vector<std::string> layers = dump.layers();
    if (!layerFilter.empty()) {
        layers = splitList(layerFilter);
        for (const std::string &layer : layers)
            if (std::find(dump.layers().begin(), dump.layers().end(), layer) == dump.layers().end())
                return {BadArguments, "the dump has no layer '" + layer + "'"};
    } else if (!overLayers) {
        return {BadArguments, "--over steps needs --layer NAME (the layer whose steps to run over)"};
    }
    std::vector<std::int64_t> steps = dump.steps();
    if (!stepFilter.empty()) {
        steps.clear();
        for (const std::string &text : splitList(stepFilter)) {
            std::int64_t step = 0;
            if (!parseInteger(text, &step))
                return {BadArguments, "--step expects whole numbers, got '" + text + "'"};
            steps.push_back(step);
        }
    } else if (!overSteps) {
        return {BadArguments, "--over layers needs --step N (the step whose layers to run over)"};
    }

    plan->items.clear();
    plan->source = dumpPath;
    plan->itemSlot = itemSlot;
    for (const std::string &layer : layers)
        for (std::int64_t step : steps) {
            const core::ArrayInfo *info = dump.activationInfo(layer, step);
            if (!info)
                continue; // a layer not recorded at every step: those pairs are no items
            BatchItem item;
            item.id = safeId(layer + "@" + std::to_string(step));
            if (std::any_of(plan->items.begin(), plan->items.end(), [&](const BatchItem &other) { return other.id == item.id; }))
                return {BadArguments, dumpPath + ": layers '" + layer + "' and another one give the same item id '"
                                          + item.id + "' (result files are named after it)"};
            item.order = long(plan->items.size());
            item.layer = layer;
            item.step = step;
            item.bindings[itemSlot] = dumpPath + "::" + info->name;
            plan->items.push_back(std::move(item));
        }
    if (plan->items.empty())
        return {BadArguments, dumpPath + ": no recorded activations match the chosen layers and steps"};
    return {};
}

Failure planCsvBatch(const std::string &csvPath, BatchPlan *plan)
{
    std::ifstream in(csvPath, std::ios::binary);
    if (!in)
        return {UnreadableInput, "cannot read " + csvPath};
    std::vector<std::string> header, fields;
    if (!readCsvRecord(in, &header) || header.empty())
        return {BadArguments, csvPath + ": empty; expected a header of slot names, e.g. x,y"};
    const std::filesystem::path base = std::filesystem::path(csvPath).parent_path();
    plan->items.clear();
    plan->source = csvPath;
    std::set<std::string> ids;
    for (long row = 1; readCsvRecord(in, &fields); ++row) {
        if (fields.size() == 1 && fields[0].empty())
            continue; // blank line
        if (fields.size() != header.size())
            return {BadArguments, csvPath + ": row " + std::to_string(row) + " has " + std::to_string(fields.size())
                                      + " fields, the header " + std::to_string(header.size())};
        BatchItem item;
        item.order = long(plan->items.size());
        for (std::size_t c = 0; c < header.size(); ++c) {
            if (header[c] == "id") {
                item.id = safeId(fields[c]);
                continue;
            }
            std::string path = fields[c];
            if (!path.empty() && std::filesystem::path(path).is_relative())
                path = (base / path).string();
            item.bindings[header[c]] = path;
        }
        if (item.id.empty())
            item.id = "row" + std::to_string(row);
        if (!ids.insert(item.id).second)
            return {BadArguments, csvPath + ": item id '" + item.id + "' appears twice"};
        plan->items.push_back(std::move(item));
    }
    if (plan->items.empty())
        return {BadArguments, csvPath + ": no rows below the header"};
    return {};
}

bool parseShard(const std::string &text, int *index, int *count)
{
    const auto slash = text.find('/');
    std::int64_t i = 0, n = 0;
    if (slash == std::string::npos || !parseInteger(text.substr(0, slash), &i) || !parseInteger(text.substr(slash + 1), &n))
        return false;
    if (n < 1 || n > 1000000 || i < 0 || i >= n)
        return false;
    *index = int(i);
    *count = int(n);
    return true;
}

std::vector<BatchItem> shardItems(const std::vector<BatchItem> &items, int index, int count)
{
    std::vector<BatchItem> kept;
    for (const BatchItem &item : items)
        if (item.order % count == index)
            kept.push_back(item);
    return kept;
}

} // namespace cli

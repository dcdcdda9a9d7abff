#pragma once

#include "analysisrequest.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace core {
class Registry;
}

namespace cli {

/// One unit of a batch: a (layer, step) array of a dump, or one row of an --inputs CSV.
struct BatchItem
{
    std::string id;                              ///< unique, safe as a file name: "fc1@20", "row3"
    long order = 0;                              ///< position in the whole batch (before sharding)
    std::string layer;                           ///< dump items
    std::int64_t step = -1;                      ///< dump items
    std::map<std::string, std::string> bindings; ///< slot -> PATH[::ARRAY]
};

/// Every item of a batch, in a fixed order (layers as the dump lists them, steps ascending; or the
/// CSV's rows), so that shards and merges agree on what item k is.
struct BatchPlan
{
    std::vector<BatchItem> items;
    std::string source;   ///< the dump folder or the CSV
    std::string itemSlot; ///< dump batches: the slot each item's array fills
};

/// The items of `dump` (a dump folder or container) over "layers,steps" ("layers" or "steps" with the
/// other fixed by `layer`/`step`), for slot `itemSlot`. Fails with a message naming what is wrong.
Failure planDumpBatch(const core::Registry &registry, const std::string &dump, const std::string &over,
                      const std::string &layer, const std::string &step, const std::string &itemSlot, BatchPlan *plan);
/// The items of an --inputs CSV: a header of slot names (and optionally `id`), one row per item, each
/// cell PATH[::ARRAY] relative to the CSV's folder unless absolute. Quoted cells as RFC 4180.
Failure planCsvBatch(const std::string &csvPath, BatchPlan *plan);

/// Parses "i/n" (0 <= i < n); the shard keeps the items whose order is i modulo n.
bool parseShard(const std::string &text, int *index, int *count);
std::vector<BatchItem> shardItems(const std::vector<BatchItem> &items, int index, int count);

} // namespace cli

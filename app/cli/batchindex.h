#pragma once

#include "analysisrequest.h"
#include "batchplan.h"
#include "results/result.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace cli {

/// A batch's output folder: batch.json (what ran), results/<item>.json, and an index in JSON Lines,
/// one row per item: {"item", "order", "layer", "step", "inputs", "status": "ok"|"failed",
/// "exit_code", "error", "headline": {quantity: number}, "result"}. A shard i of n writes
/// index-shard-i-of-n.jsonl; a whole run and `merge` write index.jsonl. Format: docs/cluster.md.
namespace batchindex {

std::string indexFileName(int shardIndex, int shardCount);
/// Numbers of the result's quantity/value tables (e.g. {"I(X;T)": 2.1, "p-value": 0.01}).
nlohmann::json headline(const core::Result &result);
nlohmann::json row(const BatchItem &item, const Failure &failure, const core::Result *result);

/// One row as one line of JSON; text that is not valid UTF-8 (a path, an error) is replaced, not thrown on.
std::string line(const nlohmann::json &row);
/// False if the file exists and its last byte is not a newline (a row cut short).
bool endsWithNewline(const std::string &path);

/// Rows of an index file by item id, the last row of an item winning (a resumed run appends).
/// A missing file is an empty index; a malformed line fails naming file and line.
Failure readRows(const std::string &path, std::map<std::string, nlohmann::json> *rows);
/// Writes rows in batch order, through a temporary file.
Failure writeRows(const std::string &path, const std::map<std::string, nlohmann::json> &rows);

/// What the GUI opens: a workspace with one run whose result is the batch's table (one row per
/// item, its headline numbers as columns) and, for dump items, the numbers against the step per
/// layer: an information plane when the items give I(X;T) and I(T;Y), else one series per quantity.
Failure writeSummary(const std::string &folder, const std::string &analysisId,
                     const std::map<std::string, nlohmann::json> &rows);

} // namespace batchindex

} // namespace cli

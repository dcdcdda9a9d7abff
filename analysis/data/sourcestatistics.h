#pragma once

#include "data/arraystatistics.h"
#include "registry/dataobject.h"
#include "results/tableresult.h"

#include <string>
#include <vector>

namespace core {

class CancelToken;
class Progress;

/// Statistics of every array of a loaded source, for the workspace browser: one row per array with
/// columns array, count, min, max, mean, nan, posinf, neginf, error. An array that cannot be read
/// gets its FormatError text in "error" instead of failing the whole table. Polls `cancel`.
TableResult sourceStatistics(const DataObject &data, Progress &progress, const CancelToken &cancel);

/// One row of that table read back (the column order is known here only).
struct ArrayStatisticsRow
{
    std::string array;
    ArrayStatistics statistics;
    std::string error; ///< empty unless the array could not be read
};
/// The rows of a table made by sourceStatistics; throws std::bad_variant_access for any other table.
std::vector<ArrayStatisticsRow> statisticsRows(const TableResult &table);

} // namespace core

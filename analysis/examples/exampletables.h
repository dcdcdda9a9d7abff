#pragma once

#include "results/result.h"

#include <stdexcept>
#include <string>

namespace core {

/// Lookups the examples' comparisons make in a result; each throws std::logic_error naming what is
/// missing, so that a changed analysis fails the example's test rather than printing a wrong number.
const TableResult &exampleTable(const Result &result, const std::string &id);
/// The item `id` of kind T (an image, a series) in `result`.
template<typename T>
const T &exampleItem(const Result &result, const std::string &id)
{
    for (const ResultItem &item : result.items)
        if (const auto *found = std::get_if<T>(&item); found && found->id == id)
            return *found;
    throw std::logic_error("the result of " + result.analysisId + " has no item '" + id + "' of the expected kind");
}
/// The number in `column` of the table's last row.
double lastRowValue(const TableResult &table, const std::string &column);
/// The number in `column` of the first row whose first cell is `key` (text or whole number).
double rowValue(const TableResult &table, const TableCell &key, const std::string &column);

} // namespace core

#include "examples/exampletables.h"

#include <algorithm>
#include <stdexcept>

namespace core {

const TableResult &exampleTable(const Result &result, const std::string &id)
{
    return exampleItem<TableResult>(result, id);
}

double lastRowValue(const TableResult &table, const std::string &column)
{
    const auto it = std::find(table.columns.begin(), table.columns.end(), column);
    if (it == table.columns.end() || table.rows.empty())
        throw std::logic_error("table '" + table.id + "' has no column '" + column + "' or no rows");
    const TableCell &cell = table.rows.back().at(std::size_t(it - table.columns.begin()));
    if (const auto *value = std::get_if<double>(&cell))
        return *value;
    if (const auto *value = std::get_if<std::int64_t>(&cell))
        return double(*value);
    throw std::logic_error("column '" + column + "' of table '" + table.id + "' is not numeric");
}

double rowValue(const TableResult &table, const TableCell &key, const std::string &column)
{
    const auto it = std::find(table.columns.begin(), table.columns.end(), column);
    if (it == table.columns.end())
        throw std::logic_error("table '" + table.id + "' has no column '" + column + "'");
    for (const auto &row : table.rows)
        if (!row.empty() && row.front() == key) {
            if (const auto *value = std::get_if<double>(&row.at(std::size_t(it - table.columns.begin()))))
                return *value;
            throw std::logic_error("column '" + column + "' of table '" + table.id + "' is not a number");
        }
    throw std::logic_error("table '" + table.id + "' has no row for that key");
}

} // namespace core

#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace core {

using TableCell = std::variant<double, std::int64_t, std::string>;

/// Named columns of scalars or text.
struct TableResult
{
    std::string id;
    std::string title;
    std::vector<std::string> columns;
    std::vector<std::vector<TableCell>> rows;
};

} // namespace core

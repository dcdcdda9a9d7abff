#include "examples/example.h"

namespace core {

Result withClaim(Result result, const Example &example)
{
    TableResult table;
    table.id = "claim";
    // The claim is the title, so that it is read first and travels with the table into JSON and CSV.
    table.title = "Published: " + example.claim + " (" + example.citation + ")";
    table.columns = {"quantity", "published", "this run"};
    for (const ClaimRow &row : example.compare(result))
        table.rows.push_back({row.quantity, row.published, row.thisRun});
    // First, so that the result panel opens on it.
    result.items.insert(result.items.begin(), std::move(table));
    return result;
}

} // namespace core

#pragma once

#include "results/result.h"

#include <ostream>

namespace core {

/// Writes the data behind one result item as CSV (RFC 4180 quoting, '.' decimal point, full
/// double precision, empty field for NaN). Layout per kind is documented in docs/result-format.md.
void writeCsv(const ResultItem &item, std::ostream &out);

} // namespace core

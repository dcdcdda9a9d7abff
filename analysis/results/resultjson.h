#pragma once

#include "results/result.h"

#include <nlohmann/json_fwd.hpp>

namespace core {

/// JSON form of a result, used by `infoscope-cli run --out` and session files.
/// Non-finite numbers are written as null and read back as NaN. Format: docs/result-format.md.
nlohmann::json resultToJson(const Result &result);
/// Inverse of resultToJson; throws FormatError (reader "result-json") on malformed input.
Result resultFromJson(const nlohmann::json &json);
/// A number as these files write it: null if NaN or infinite (JSON has neither).
nlohmann::json jsonNumber(double value);

} // namespace core

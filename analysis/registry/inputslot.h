#pragma once

#include "registry/datakind.h"

#include <string>
#include <vector>

namespace core {

/// One typed input of an analysis, e.g. slot "image" of kind Image.
struct InputSlot
{
    std::string id;
    std::string name;
    std::string help;
    DataKind kind = DataKind::Tensor;
    bool optional = false;
    /// More than one source may be bound: as `id`, `id.2`, `id.3`, … (prediction folders of several
    /// models). AnalysisInputs::repeats lists them in that order.
    bool repeatable = false;
};

/// "predictions.3" -> "predictions"; ids without a numeric suffix unchanged.
std::string slotBaseId(const std::string &id);
/// The id of the `n`-th source bound to a repeatable slot (1-based): "predictions", "predictions.2", …
std::string repeatSlotId(const std::string &slot, int n);

} // namespace core

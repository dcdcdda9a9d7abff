#pragma once

#include "data/tensor.h"

#include <string>

namespace core {

/// Applies a numpy basic-indexing expression to a tensor as a view (nothing is copied):
/// comma-separated items, one per axis from the first, each an index (`3`, `-1`: the axis goes
/// away), a slice (`:`, `2:`, `:10`, `1:9:2`, `::-1`, bounds clipped as numpy does) or one `...`
/// (as many `:` as needed). Axes after the last item are kept whole, so "0" is the first row.
/// Throws AnalysisError naming the item for a malformed expression, an index out of range, a zero
/// step or more items than axes.
Tensor applySliceExpression(const Tensor &tensor, const std::string &expression);

} // namespace core

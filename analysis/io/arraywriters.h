#pragma once

#include "data/tensor.h"

#include <ostream>

namespace core {

class CancelToken;

/// Writes `tensor` as a NumPy .npy file (format 1.0, or 2.0 for headers over 64 KiB): its dtype and
/// shape, little-endian, C order, whatever its strides (views are written element by element,
/// contiguous runs straight from storage, so nothing is materialised). bfloat16, which numpy lacks,
/// is written as float32 (exact). Polls `cancel` between blocks (throws CancelledError).
void writeNpy(const Tensor &tensor, std::ostream &out, const CancelToken &cancel);

/// Writes a tensor of at most 2 dimensions as CSV: one line per row (a 1-d array is one column),
/// no header, integers as integers, floats in the shortest text that reads back to the same value,
/// `nan`/`inf`/`-inf` as numpy's savetxt writes them. Throws AnalysisError for more than 2
/// dimensions or complex values.
void writeCsv(const Tensor &tensor, std::ostream &out, const CancelToken &cancel);

} // namespace core

#pragma once

#include "data/tensor.h"

#include <cstdint>

namespace core {

class CancelToken;
class Progress;

/// Summary of an array as the workspace browser shows it. min/max/mean are over finite values
/// only (NaN and ±Inf are counted, not averaged); all are NaN when no value is finite.
/// Complex arrays are summarised by their real part.
struct ArrayStatistics
{
    std::int64_t count = 0;
    std::int64_t nanCount = 0;
    std::int64_t positiveInfCount = 0;
    std::int64_t negativeInfCount = 0;
    double min = 0.0;
    double max = 0.0;
    double mean = 0.0;
    double sum = 0.0; ///< of finite values
};

/// One pass over the data, split across `threads` workers (0: all cores). Memory-mapped arrays are
/// read in place. Polls `cancel` between chunks (throws CancelledError).
ArrayStatistics computeStatistics(const Tensor &tensor, Progress &progress, const CancelToken &cancel, int threads = 0);

} // namespace core

#pragma once

#include "data/tensor.h"
#include "results/heatmapresult.h"

#include <cstdint>
#include <string>
#include <vector>

namespace core {

/// Which 2-D cut of an n-d array to show: two axes vary, every other axis is fixed at `index[axis]`.
struct SliceSpec
{
    int rowAxis = 0;
    int columnAxis = 1;
    std::vector<std::int64_t> index; ///< one entry per axis; entries of the two varying axes are ignored
};

/// The slice as a heat map (row 0 = index 0 of the row axis). 0-d and 1-d arrays give one row.
/// Axes longer than `maxExtent` are subsampled with a constant stride (said in the title) so that a
/// huge array still displays at once. Complex values show their real part. Throws AnalysisError
/// for axes or indices out of range.
HeatMapResult sliceAsHeatMap(const Tensor &tensor, const SliceSpec &spec, const std::string &title,
                             std::int64_t maxExtent = 2048);

} // namespace core

#include "data/arrayslice.h"

#include "errors/analysiserror.h"

namespace core {

HeatMapResult sliceAsHeatMap(const Tensor &tensor, const SliceSpec &spec, const std::string &title, std::int64_t maxExtent)
{
    const int ndim = tensor.ndim();
    std::vector<std::int64_t> index(static_cast<std::size_t>(ndim), 0);
    for (int axis = 0; axis < ndim && axis < int(spec.index.size()); ++axis)
        index[static_cast<std::size_t>(axis)] = spec.index[static_cast<std::size_t>(axis)];
    int rowAxis = -1, columnAxis = -1;
    if (ndim == 1) {
        columnAxis = 0;
    } else if (ndim >= 2) {
        rowAxis = spec.rowAxis;
        columnAxis = spec.columnAxis;
        if (rowAxis < 0 || rowAxis >= ndim || columnAxis < 0 || columnAxis >= ndim || rowAxis == columnAxis)
            throw AnalysisError("slice axes must be two different axes of a " + std::to_string(ndim) + "-d array");
    }
    for (int axis = 0; axis < ndim; ++axis) {
        if (axis == rowAxis || axis == columnAxis)
            continue;
        const std::int64_t i = index[static_cast<std::size_t>(axis)];
        if (i < 0 || i >= tensor.dim(axis))
            throw AnalysisError("index " + std::to_string(i) + " is outside axis " + std::to_string(axis) + " of length "
                                + std::to_string(tensor.dim(axis)));
    }
    const std::int64_t rows = rowAxis < 0 ? 1 : tensor.dim(rowAxis);
    const std::int64_t columns = columnAxis < 0 ? 1 : tensor.dim(columnAxis);
    const std::int64_t rowStep = rows > maxExtent ? (rows + maxExtent - 1) / maxExtent : 1;
    const std::int64_t columnStep = columns > maxExtent ? (columns + maxExtent - 1) / maxExtent : 1;

    HeatMapResult map;
    map.id = "slice";
    map.title = title;
    if (rowStep > 1 || columnStep > 1)
        map.title += (title.empty() ? "" : " ") + std::string("(rows subsampled by ") + std::to_string(rowStep)
                   + ", columns by " + std::to_string(columnStep) + ")";
    map.xLabel = columnAxis < 0 ? "" : "axis " + std::to_string(columnAxis);
    map.yLabel = rowAxis < 0 ? "" : "axis " + std::to_string(rowAxis);
    map.valueLabel = "value";
    map.rows = int((rows + rowStep - 1) / rowStep);
    map.cols = int((columns + columnStep - 1) / columnStep);
    map.values.reserve(static_cast<std::size_t>(map.rows) * static_cast<std::size_t>(map.cols));
    for (std::int64_t r = 0; r < rows; r += rowStep) {
        if (rowAxis >= 0)
            index[static_cast<std::size_t>(rowAxis)] = r;
        for (std::int64_t c = 0; c < columns; c += columnStep) {
            if (columnAxis >= 0)
                index[static_cast<std::size_t>(columnAxis)] = c;
            map.values.push_back(tensor.numel() ? tensor.valueAt(index) : 0.0);
        }
    }
    map.xMin = 0;
    map.xMax = double((map.cols - 1) * columnStep);
    map.yMin = 0;
    map.yMax = double((map.rows - 1) * rowStep);
    return map;
}

} // namespace core

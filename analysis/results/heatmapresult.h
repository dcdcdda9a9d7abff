#pragma once

#include <string>
#include <vector>

namespace core {

/// A matrix drawn as a colour map. values[row * cols + col]; row 0 is at yMin.
/// xMin/xMax and yMin/yMax are the coordinates of the first and last cell centres.
struct HeatMapResult
{
    std::string id;
    std::string title;
    std::string xLabel;
    std::string yLabel;
    std::string valueLabel;
    int rows = 0;
    int cols = 0;
    std::vector<double> values;
    double xMin = 0.0;
    double xMax = 0.0;
    double yMin = 0.0;
    double yMax = 0.0;
    bool logScale = false; ///< display hint only; values are always linear
    bool cyclic = false;   ///< display hint: angles in [-pi, pi] (phases), drawn with a cyclic colour map
    bool rowsDown = false; ///< display hint: y grows downwards (an image's rows, row 0 at the top)

    double at(int row, int col) const { return values[static_cast<std::size_t>(row) * static_cast<std::size_t>(cols) + static_cast<std::size_t>(col)]; }
};

} // namespace core

#pragma once

#include <string>
#include <vector>

namespace core {

/// One curve: y over x, same length.
struct Series
{
    std::string name;
    std::vector<double> x;
    std::vector<double> y;
};

/// Curves that share axes; drawn as lines or as scatter points.
struct SeriesResult
{
    enum class Style { Line, Scatter };

    std::string id;
    std::string title;
    std::string xLabel;
    std::string yLabel;
    Style style = Style::Line;
    bool logX = false; ///< display hint only (e.g. N on a log grid); values are always linear
    bool logY = false; ///< display hint only; values are always linear
    std::vector<Series> series;
};

} // namespace core

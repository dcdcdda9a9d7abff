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

/// A band drawn around a curve (a spread, a confidence interval): as long as its x.
struct SeriesBand
{
    std::vector<double> lower;
    std::vector<double> upper;
};

/// A vertical reference line at x (an estimate, a threshold), named in the legend.
struct SeriesMarker
{
    std::string name;
    double x = 0.0;
};

/// Curves that share axes; drawn as lines, scatter points or bars (a histogram: x = bin centres,
/// y = counts, bars as wide as the spacing of x).
struct SeriesResult
{
    enum class Style { Line, Scatter, Bars };

    std::string id;
    std::string title;
    std::string xLabel;
    std::string yLabel;
    Style style = Style::Line;
    bool logX = false; ///< display hint only (e.g. N on a log grid); values are always linear
    bool logY = false; ///< display hint only; values are always linear
    std::vector<Series> series;
    std::vector<SeriesMarker> markers;
    /// Empty, or one per series (an empty band: none for that curve).
    std::vector<SeriesBand> bands;
    /// Display hint: results' consecutive series of one group share a plot with a chooser (one
    /// histogram per metric); empty for a plot of its own.
    std::string group;
};

} // namespace core

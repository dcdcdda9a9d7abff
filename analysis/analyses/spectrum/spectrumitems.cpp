#include "analyses/spectrum/spectrumitems.h"

namespace core {

namespace {

std::vector<double> rowMajor(const Eigen::Ref<const Eigen::MatrixXd> &values)
{
    const Eigen::Index rows = values.rows(), cols = values.cols();
    std::vector<double> out(std::size_t(rows) * std::size_t(cols));
    for (Eigen::Index r = 0; r < rows; ++r)
        for (Eigen::Index c = 0; c < cols; ++c)
            out[std::size_t(r) * std::size_t(cols) + std::size_t(c)] = values(r, c);
    return out;
}

} // namespace

HeatMapResult frequencyMap(std::string id, std::string title, std::string valueLabel,
                           const Eigen::Ref<const Eigen::MatrixXd> &shifted, bool logScale)
{
    const auto rows = int(shifted.rows()), cols = int(shifted.cols());
    HeatMapResult map;
    map.id = std::move(id);
    map.title = std::move(title);
    map.xLabel = "horizontal frequency (cycles/pixel)";
    map.yLabel = "vertical frequency (cycles/pixel)";
    map.valueLabel = std::move(valueLabel);
    map.rows = rows;
    map.cols = cols;
    map.logScale = logScale;
    map.xMin = double(0 - cols / 2) / cols;
    map.xMax = double(cols - 1 - cols / 2) / cols;
    map.yMin = double(0 - rows / 2) / rows;
    map.yMax = double(rows - 1 - rows / 2) / rows;
    map.values = rowMajor(shifted);
    return map;
}

HeatMapResult pixelMap(std::string id, std::string title, std::string valueLabel, const Eigen::Ref<const Eigen::MatrixXd> &plane)
{
    const auto rows = int(plane.rows()), cols = int(plane.cols());
    HeatMapResult map;
    map.id = std::move(id);
    map.title = std::move(title);
    map.xLabel = "column (pixels)";
    map.yLabel = "row (pixels)";
    map.rowsDown = true;
    map.valueLabel = std::move(valueLabel);
    map.rows = rows;
    map.cols = cols;
    map.xMin = 0;
    map.xMax = cols - 1;
    map.yMin = 0;
    map.yMax = rows - 1;
    map.values = rowMajor(plane);
    return map;
}

Series profileSeries(std::string name, const std::vector<double> &profile, Eigen::Index rows, Eigen::Index cols)
{
    Series series;
    series.name = std::move(name);
    for (std::size_t k = 0; k < profile.size(); ++k) {
        series.x.push_back(rows == cols ? double(k) / double(cols) : double(k));
        series.y.push_back(profile[k]);
    }
    return series;
}

std::string profileAxisLabel(Eigen::Index rows, Eigen::Index cols)
{
    return rows == cols ? "radial frequency (cycles/pixel)" : "radius (frequency bins from DC)";
}

} // namespace core

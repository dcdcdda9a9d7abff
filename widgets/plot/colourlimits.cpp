#include "plot/colourlimits.h"

#include <algorithm>
#include <cmath>

namespace ui {

namespace {

// Linear interpolation between order statistics, as numpy.percentile's default.
double percentile(std::vector<double> &sorted, double percent)
{
    const double position = percent / 100.0 * double(sorted.size() - 1);
    const std::size_t below = std::size_t(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (position - double(below)) * (sorted[above] - sorted[below]);
}

} // namespace

ColourLimits ColourLimits::robust(const std::vector<double> &values, bool logScale, double tailPercent)
{
    std::vector<double> kept;
    kept.reserve(values.size());
    for (double v : values)
        if (std::isfinite(v) && (!logScale || v > 0.0))
            kept.push_back(v);
    ColourLimits limits;
    if (kept.empty()) {
        limits.low = logScale ? 1e-12 : 0.0;
        return limits;
    }
    std::sort(kept.begin(), kept.end());
    limits.low = percentile(kept, tailPercent);
    limits.high = percentile(kept, 100.0 - tailPercent);
    limits.isSigned = !logScale && kept.front() < 0.0 && kept.back() > 0.0;
    if (limits.isSigned) {
        const double reach = std::max(std::abs(limits.low), std::abs(limits.high));
        limits.low = -reach;
        limits.high = reach;
    }
    if (!(limits.high > limits.low)) { // constant data: a range around it
        const double centre = limits.low;
        limits.low = logScale ? centre / 2.0 : centre - 0.5;
        limits.high = logScale ? centre * 2.0 : centre + 0.5;
    }
    return limits;
}

} // namespace ui

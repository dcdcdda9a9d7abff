#include "vtk/niceaxis.h"

#include <cmath>
#include <initializer_list>

namespace ui {

NiceAxis niceAxis(double from, double to, int fewest, int most)
{
    NiceAxis best{from, to, fewest};
    const double span = to - from;
    if (!(span > 0) || !std::isfinite(span))
        return best;
    double bestSpan = INFINITY;
    for (int intervals = fewest; intervals <= most; ++intervals) {
        const double decade = std::pow(10.0, std::floor(std::log10(span / intervals)));
        for (double scale : {1.0, 10.0})
            for (double mantissa : {1.0, 2.0, 2.5, 5.0}) {
                const double step = mantissa * decade * scale;
                const double low = std::floor(from / step) * step;
                const double high = low + intervals * step;
                // A step's rounding may leave `high` a hair below `to`: 1e-9 of the span is still the end.
                if (high < to - 1e-9 * span || high - low > bestSpan * (1 + 1e-12))
                    continue;
                if (high - low >= bestSpan * (1 - 1e-12))
                    continue; // a tie keeps the fewer intervals found first: fewer labels on a short axis
                best = {low, high, intervals};
                bestSpan = high - low;
            }
    }
    return best;
}

} // namespace ui

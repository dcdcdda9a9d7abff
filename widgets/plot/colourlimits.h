#pragma once

#include <vector>

namespace ui {

/// The colour range of a heat map that one outlier (the DC peak of a spectrum) cannot flatten: the
/// `tail` and 100 − `tail` percentiles of the finite values (of the positive ones on a log scale).
/// Linear data of both signs gets limits symmetric about 0, for a diverging colour map.
class ColourLimits
{
public:
    static ColourLimits robust(const std::vector<double> &values, bool logScale, double tailPercent = 0.5);

    double low = 0.0;
    double high = 1.0;
    bool isSigned = false; ///< linear values below and above 0
};

} // namespace ui

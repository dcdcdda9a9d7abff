#pragma once

#include <array>
#include <string>
#include <vector>

namespace core {

/// Points in 3-D with an optional scalar per point (colour), e.g. a Koopman manifold.
struct PointSetResult
{
    std::string id;
    std::string title;
    std::array<std::string, 3> axisLabels{"x", "y", "z"};
    std::string scalarLabel;
    std::vector<std::array<double, 3>> points;
    std::vector<double> scalars; ///< empty or one per point
};

} // namespace core

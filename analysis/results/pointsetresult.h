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
    /// The scalars are angles in [−π, π] (a phase): drawn with a cyclic colour map, so −π and π look alike.
    bool scalarsCyclic = false;
    /// Empty for a cloud; else the points are trajectories drawn as polylines, each starting at one of
    /// these indices (ascending, the first 0).
    std::vector<std::size_t> lineStarts;
    /// Further colourings a view can switch to (a chosen eigenfunction's phase), one value per point.
    struct Colouring
    {
        std::string label;
        std::vector<double> values;
        bool cyclic = false; ///< angles in [−π, π]
    };
    std::vector<Colouring> colourings;
};

} // namespace core

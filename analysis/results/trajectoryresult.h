#pragma once

#include <string>
#include <vector>

namespace core {

/// One path through a plane, with a step value per point (epoch, iteration, ...).
struct Trajectory
{
    std::string name;
    std::vector<double> x;
    std::vector<double> y;
    std::vector<double> step;
    std::vector<double> xError; ///< optional: one standard error per point (e.g. bootstrap), else empty
    std::vector<double> yError;
};

/// A dashed reference line across the plane: x = value (vertical) or y = value, e.g. the ceilings
/// H(X) of I(X;T) and H(Y) of I(T;Y).
struct AxisLine
{
    std::string name;
    double value = 0.0;
    bool vertical = true;
};

/// Several trajectories in one plane, e.g. one per layer in the information plane.
struct TrajectoryResult
{
    std::string id;
    std::string title;
    std::string xLabel;
    std::string yLabel;
    std::string stepLabel;
    std::vector<Trajectory> trajectories;
    std::vector<AxisLine> lines;
};

} // namespace core

#pragma once

#include <string>

namespace core {

/// The kinds of result an analysis can produce; each has a view in the UI and a JSON form.
enum class OutputKind { Table, Series, HeatMap, Trajectory, Eigenvalues, Image, PointSet };

std::string outputKindName(OutputKind kind);

/// Declares one output of an analysis.
struct OutputSpec
{
    std::string id;
    std::string name;
    OutputKind kind = OutputKind::Table;
    std::string help;
};

} // namespace core

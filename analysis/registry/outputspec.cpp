#include "registry/outputspec.h"

namespace core {

std::string outputKindName(OutputKind kind)
{
    switch (kind) {
    case OutputKind::Table: return "table";
    case OutputKind::Series: return "series";
    case OutputKind::HeatMap: return "heatmap";
    case OutputKind::Trajectory: return "trajectory";
    case OutputKind::Eigenvalues: return "eigenvalues";
    case OutputKind::Image: return "image";
    case OutputKind::PointSet: return "points3d";
    }
    return "unknown";
}

} // namespace core

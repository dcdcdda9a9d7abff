#pragma once

#include "results/heatmapresult.h"
#include "results/pointsetresult.h"

#include <vector>

class vtkRenderer;

namespace ui {

/// Replaces the renderer's props with a point cloud coloured by its scalars (viridis), with axes
/// and a scalar bar. The camera is reset to show everything.
void buildPointCloudScene(vtkRenderer *renderer, const core::PointSetResult &points);
/// Replaces the renderer's props with a heat map drawn as a height field: height and colour are
/// log10(value) when the map asks for a log scale, the value otherwise.
void buildHeightFieldScene(vtkRenderer *renderer, const core::HeatMapResult &map);

/// Frames everything at a three-quarter view from above (what the scenes start with; Reset camera).
void resetSceneCamera(vtkRenderer *renderer);

/// About `target` round values (1, 2 or 5 times a power of ten) inside [low, high], for colour bars.
std::vector<double> niceTicks(double low, double high, int target);

} // namespace ui

#pragma once

#include "results/heatmapresult.h"
#include "results/pointsetresult.h"
#include "results/result.h"

#include <vector>

class vtkRenderer;

namespace ui {

/// Replaces the renderer's props with a point cloud coloured by its scalars, with axes and a scalar
/// bar: viridis and rounded ticks, or, when the scalars are class labels (2 … 12 whole numbers), one
/// colour per class and a legend of swatches. The camera is reset to show everything. `textScale`
/// multiplies every text size (1: a 96-dpi screen; the view passes its device pixel ratio, an export
/// its dpi and font size).
void buildPointCloudScene(vtkRenderer *renderer, const core::PointSetResult &points, double textScale = 1.0);
/// Replaces the renderer's props with a heat map drawn as a height field: height and colour are
/// log10(value) when the map asks for a log scale, the value otherwise.
void buildHeightFieldScene(vtkRenderer *renderer, const core::HeatMapResult &map, double textScale = 1.0);

/// Builds the scene of `item` (points or a heat map); false for other kinds.
bool buildScene(vtkRenderer *renderer, const core::ResultItem &item, double textScale);

/// Frames everything at a three-quarter view from above (what the scenes start with; Reset camera).
void resetSceneCamera(vtkRenderer *renderer);

/// About `target` round values (1, 2 or 5 times a power of ten) inside [low, high], for colour bars.
std::vector<double> niceTicks(double low, double high, int target);

} // namespace ui

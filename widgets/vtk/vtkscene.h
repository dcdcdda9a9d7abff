#pragma once

#include "results/heatmapresult.h"
#include "results/pointsetresult.h"

class vtkRenderer;

namespace ui {

/// Replaces the renderer's props with a point cloud coloured by its scalars (viridis), with axes
/// and a scalar bar. The camera is reset to show everything.
void buildPointCloudScene(vtkRenderer *renderer, const core::PointSetResult &points);
/// Replaces the renderer's props with a heat map drawn as a height field: height and colour are
/// log10(value) when the map asks for a log scale, the value otherwise.
void buildHeightFieldScene(vtkRenderer *renderer, const core::HeatMapResult &map);

} // namespace ui

#pragma once

#include "results/result.h"

#include <QImage>
#include <QString>

class vtkCamera;

namespace ui {

struct FigureSpec;

/// Renders a 3-D scene off screen at a chosen size: the item's scene is built again with text
/// scaled for the size (FigureSpec: inches × dpi, font size in points), seen through a copy of
/// `camera` (what the user turned the view to). A null image (with `error`) if VTK cannot render.
QImage renderSceneImage(const core::ResultItem &item, vtkCamera *camera, const FigureSpec &spec, QString *error);

/// The text scale of a figure: labels of `fontPoints` at `dpi` (scale 1 is 12-px labels, 9 pt at 96 dpi).
double sceneTextScale(const FigureSpec &spec);

} // namespace ui

#pragma once

#include "results/imageresult.h"

#include <QString>

class QCustomPlot;

namespace ui {

/// Draws an image result into a QCustomPlot: one axis unit per pixel, row 0 at the top, pixels as
/// square blocks (no smoothing, so that zooming shows the real pixels). 8-bit images are shown as
/// stored; other dtypes are stretched from their minimum to their maximum over all channels, which
/// the title states. A drawing helper for PlotView, not a widget.
class ImageLayer
{
public:
    static void draw(QCustomPlot *plot, const core::ImageResult &image);
    /// "row 12, column 40: R 201, G 13, B 77" for the read-out; empty outside the image.
    static QString describe(const core::ImageResult &image, double x, double y);
};

} // namespace ui

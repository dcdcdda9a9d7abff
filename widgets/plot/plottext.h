#pragma once

#include <QRect>
#include <QRectF>

class QCustomPlot;

namespace ui {

/// Sets every text of a plot from one base size in points: tick labels and legend at the base, axis
/// labels 10 % and titles 20 % larger. The screen uses kScreenFontPoints; figures use their own.
void applyPlotFonts(QCustomPlot *plot, double basePoints);

constexpr double kScreenFontPoints = 10.0;

/// Breaks titles into lines that fit their column of a plot `width` pixels wide (at the current fonts).
/// A title keeps its full text in the property "fullText" (set by whoever creates it).
void wrapPlotTitles(QCustomPlot *plot, int width);

/// Spreads a legend that sits below the plot over as many columns (at most 4) as fit `width` pixels.
void fitPlotLegend(QCustomPlot *plot, int width);

/// Lays the plot out in `viewport`, fits titles and legend to it (both need the laid-out colour
/// scale's width) and lays it out again. Paint or replot afterwards.
void fitPlotText(QCustomPlot *plot, const QRect &viewport);

/// Heat maps with square cells: PlotView records the map's extent and cell aspect on the plot
/// (properties "cellExtent", a QRectF, and "cellAspect", y units per x unit of one cell); this sets
/// both axis ranges so that the whole extent shows and every cell is as high as wide in the laid-out
/// axis rect, widening whichever axis has room. Does nothing for plots without them.
void fitSquareCells(QCustomPlot *plot);

} // namespace ui

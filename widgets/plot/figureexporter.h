#pragma once

#include "plot/figurespec.h"
#include "results/result.h"

#include <QSizeF>
#include <QString>

class QCustomPlot;
class QCPPainter;

namespace ui {

/// Writes a plot as a publication figure and the data behind it as CSV. The plot is laid out once at
/// the spec's physical size and base font; PNG (at the spec's dpi), SVG and PDF are that one layout,
/// so the three agree and text keeps its size in points at every resolution. The plot on screen is
/// left as it was. Each function returns an empty string on success or a message naming the problem.
class FigureExporter
{
public:
    /// The coordinates a figure is laid out in: the dots per inch at which QFontMetrics measures text
    /// (the primary screen's logical dpi; 96 on the offscreen platform). Every device is painted with
    /// this logical dpi and scaled to its real resolution, so measured and drawn text agree.
    static double layoutDpi();

    /// Lays the plot out at `spec`'s size and font and paints it on `painter`, whose device measures
    /// fonts at layoutDpi() and is `deviceSize` pixels large (scaled to fit). Restores the screen fonts.
    static void render(QCustomPlot *plot, QCPPainter *painter, QSizeF deviceSize, const FigureSpec &spec);

    static QString exportPng(QCustomPlot *plot, const QString &path, const FigureSpec &spec);
    static QString exportSvg(QCustomPlot *plot, const QString &path, const FigureSpec &spec);
    static QString exportPdf(QCustomPlot *plot, const QString &path, const FigureSpec &spec);
    static QString exportCsv(const core::ResultItem &item, const QString &path);
    /// Chooses by suffix: .png, .svg, .pdf or .csv.
    static QString exportByExtension(QCustomPlot *plot, const core::ResultItem &item, const QString &path,
                                     const FigureSpec &spec = FigureSpec());
};

} // namespace ui

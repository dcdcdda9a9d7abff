#pragma once

#include "results/result.h"

#include <QSize>
#include <QString>

class QCustomPlot;

namespace ui {

/// Writes a plot as a publication figure (PNG at an exact pixel size and DPI, SVG, PDF) and the data
/// behind it as CSV. Each function returns an empty string on success or a message naming the problem.
class FigureExporter
{
public:
    /// Defaults for figures: 6.4 x 4.8 inches (matplotlib's) at 300 DPI.
    static constexpr int kDefaultDpi = 300;
    static QSize defaultPixelSize(int dpi = kDefaultDpi) { return QSize(int(6.4 * dpi), int(4.8 * dpi)); }

    /// PNG of exactly `pixelSize`, fonts and lines scaled for `dpi` (96 DPI = screen scale 1).
    static QString exportPng(QCustomPlot *plot, const QString &path, QSize pixelSize, int dpi);
    /// Vector SVG; `logicalSize` in points at 96 DPI (empty: the plot's size on screen).
    static QString exportSvg(QCustomPlot *plot, const QString &path, QSize logicalSize = {});
    /// Vector PDF; `logicalSize` as for SVG.
    static QString exportPdf(QCustomPlot *plot, const QString &path, QSize logicalSize = {});
    static QString exportCsv(const core::ResultItem &item, const QString &path);
    /// Chooses by suffix: .png (at `dpi`), .svg, .pdf or .csv.
    static QString exportByExtension(QCustomPlot *plot, const core::ResultItem &item, const QString &path,
                                     int dpi = kDefaultDpi);
};

} // namespace ui

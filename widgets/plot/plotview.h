#pragma once

#include "results/result.h"

#include <QString>

#include <QWidget>

#include <cmath>

class QCustomPlot;
class QCPAbstractPlottable;
class QCPColorMap;
class QCPRange;
class QLabel;

namespace ui {

/// A 2-D view of one result item: series and scatter plots, heat maps with a colour scale,
/// trajectories, eigenvalues in the complex plane and images (square pixels, row 0 at the top). Wheel zooms, drag pans, double-click
/// resets; the read-out under the plot follows the mouse. Draws only: it never computes.
class PlotView : public QWidget
{
    Q_OBJECT

public:
    explicit PlotView(QWidget *parent = nullptr);

    /// Shows the item; returns false for kinds this view cannot draw (tables, images, 3-D points).
    bool showItem(const core::ResultItem &item);
    static bool canShow(const core::ResultItem &item);

    QCustomPlot *plot() const { return m_plot; }
    const core::ResultItem &item() const { return m_item; }
    QString readout() const;
    /// Trajectories: draw only points whose step is <= `limit` (+inf: all); keeps the axis ranges.
    void setStepLimit(double limit);
    double stepLimit() const { return m_stepLimit; }
    /// Trajectories: opacity of the step-coloured points (0 … 1).
    void setPointOpacity(double opacity);
    /// Trajectories: colour steps over at least [first, last] (a live run's planned steps, so that colours
    /// keep their meaning while it grows); NaN: the data's steps. Applies from the next showItem.
    void setStepColourRange(double first, double last);
    /// Trajectories: colour steps on a log scale (early epochs, where most happens, get more colours).
    void setLogStepColours(bool logarithmic);
    /// Heat maps: colour limits (NaN: automatic, the 0.5th and 99.5th percentiles) and colour map
    /// (colourMapIds(); empty: automatic, viridis or diverging for signed data). Redraw at once.
    void setColourLimits(double low, double high);
    void setColourMapId(const QString &id);
    QCPRange colourRange() const;
    /// Heat maps: square cells (the default, except for long strips) or cells that fill the axes.
    void setSquareCells(bool square);
    /// Shows or hides a curve, greying its legend entry (what a click on the entry does).
    void setPlottableShown(QCPAbstractPlottable *plottable, bool shown);

    /// Eigenvalues: ring eigenvalue `index` (−1: none) and announce it; a click on one does the same.
    void selectEigenvalue(int index);
    int selectedEigenvalue() const { return m_selectedEigenvalue; }

public Q_SLOTS:
    void resetView();

Q_SIGNALS:
    void eigenvalueSelected(int index);

private:
    void clear();
    void moveLegendBelow();
    void redrawKeepingView();
    void addBars(const core::Series &one, const QColor &colour);
    void addMarkers(const core::SeriesResult &result);
    void addBand(const core::Series &one, const core::SeriesBand &band, bool logY, const QColor &colour);
    void showSeries(const core::SeriesResult &series);
    void showImage(const core::ImageResult &image);
    static Qt::Alignment emptiestCorner(const core::SeriesResult &series);
    void showHeatMap(const core::HeatMapResult &map);
    void showTrajectories(const core::TrajectoryResult &trajectories);
    void showEigenvalues(const core::EigenvalueResult &eigenvalues);
    void updateReadout(const QPointF &pixel);
    bool hasSquareCells() const;
    double cellAspect() const;
    bool eventFilter(QObject *watched, QEvent *event) override;

    QCustomPlot *m_plot;
    QLabel *m_readout;
    QCPColorMap *m_colourMap = nullptr;
    core::ResultItem m_item;
    double m_stepLimit = INFINITY;
    int m_selectedEigenvalue = -1;
    QPointF m_pressPosition;
    double m_pointOpacity = 0.85;
    double m_stepRangeStart = NAN;
    double m_stepRangeEnd = NAN;
    bool m_logStepColours = false;
    double m_colourLow = NAN;
    double m_colourHigh = NAN;
    QString m_colourMapId;
    bool m_squareCells = true;
};

/// Distinct colours for curves (Okabe-Ito palette, colour-blind safe).
QColor seriesColour(int index);

} // namespace ui

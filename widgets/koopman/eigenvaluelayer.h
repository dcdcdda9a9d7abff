#pragma once

#include "results/eigenvalueresult.h"

#include <QPointF>
#include <QString>

class QCustomPlot;

namespace ui {

/// Draws an eigenvalue plane into a QCustomPlot: the unit circle, the eigenvalues as circles whose
/// area follows their weight (a DMD amplitude; six size classes), and the selected one ringed.
/// The plot's owner (PlotView) routes clicks here; it stays a drawing helper, not a widget.
class EigenvalueLayer
{
public:
    /// Draws into an emptied plot; `selected` −1 for none.
    static void draw(QCustomPlot *plot, const core::EigenvalueResult &result, int selected);
    /// The index of the eigenvalue within `maximumPixels` of `pixel`, nearest first; −1 if none.
    static int hit(const QCustomPlot *plot, const core::EigenvalueResult &result, const QPointF &pixel,
                   double maximumPixels = 10.0);
    /// A range that holds the unit circle and every finite eigenvalue, with a margin.
    static double halfExtent(const core::EigenvalueResult &result);
    /// "λ3 = 0.9851 + 0.0983i, |λ| = 0.99, |b| = 0.72" for the read-out.
    static QString describe(const core::EigenvalueResult &result, int index);
};

} // namespace ui

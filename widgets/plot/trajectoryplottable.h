#pragma once

#include "plot/qcustomplotinclude.h"
#include "results/trajectoryresult.h"

#include <cmath>
#include <vector>

namespace ui {

/// One trajectory of the information plane as one plottable: a line in the layer's colour, its points
/// filled by step on a colour scale (with adjustable opacity), a square at the first and a triangle at
/// the last drawn point, and ± bootstrap bars. A step limit hides later points without rebuilding
/// anything, so scrubbing is a replot. Hidden and shown by its legend entry like any plottable.
class TrajectoryPlottable : public QCPAbstractPlottable
{
    Q_OBJECT

public:
    TrajectoryPlottable(QCPAxis *keyAxis, QCPAxis *valueAxis, const core::Trajectory &trajectory, const QColor &colour);

    /// Fills the points from `gradient` over `range` of steps (logarithmic: on a log scale of steps).
    void setStepColours(QCPColorGradient gradient, const QCPRange &range, bool logarithmic);
    void setStepLimit(double limit) { m_limit = limit; }
    void setPointOpacity(double opacity) { m_opacity = std::clamp(opacity, 0.0, 1.0); }
    double pointOpacity() const { return m_opacity; }
    QColor colour() const { return m_colour; }
    /// Points with step <= the limit.
    int drawnPointCount() const;

    double selectTest(const QPointF &pos, bool onlySelectable, QVariant *details = nullptr) const override;
    QCPRange getKeyRange(bool &foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool &foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange &inKeyRange = QCPRange()) const override;

protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *painter, const QRectF &rect) const override;

private:
    double stepAt(std::size_t i) const { return i < m_trajectory.step.size() ? m_trajectory.step[i] : double(i); }

    core::Trajectory m_trajectory;
    QColor m_colour;
    std::vector<QRgb> m_fills;
    double m_limit = INFINITY;
    double m_opacity = 0.85;
};

} // namespace ui

#include "plot/trajectoryplottable.h"

#include <algorithm>
#include <limits>

namespace ui {

namespace {

bool inDomain(double v, QCP::SignDomain domain)
{
    return std::isfinite(v) && (domain == QCP::sdBoth || (domain == QCP::sdPositive ? v > 0 : v < 0));
}

QCPRange rangeOf(const std::vector<double> &values, const std::vector<double> &errors, bool &found, QCP::SignDomain domain)
{
    double low = std::numeric_limits<double>::infinity(), high = -low;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double spread = i < errors.size() && std::isfinite(errors[i]) ? errors[i] : 0.0;
        for (double v : {values[i] - spread, values[i] + spread})
            if (inDomain(v, domain)) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
    }
    found = low <= high;
    return found ? QCPRange(low, high) : QCPRange();
}

} // namespace

TrajectoryPlottable::TrajectoryPlottable(QCPAxis *keyAxis, QCPAxis *valueAxis, const core::Trajectory &trajectory,
                                         const QColor &colour)
    : QCPAbstractPlottable(keyAxis, valueAxis)
    , m_trajectory(trajectory)
    , m_colour(colour)
    , m_fills(trajectory.x.size(), colour.rgb())
{
    setName(QString::fromStdString(trajectory.name));
    setPen(QPen(colour, 2.0));
    setSelectable(QCP::stNone);
}

void TrajectoryPlottable::setStepColours(QCPColorGradient gradient, const QCPRange &range, bool logarithmic)
{
    for (std::size_t i = 0; i < m_fills.size(); ++i) {
        // A log scale cannot place step 0: it takes the first colour.
        const double step = logarithmic ? std::max(stepAt(i), range.lower) : stepAt(i);
        m_fills[i] = gradient.color(step, range, logarithmic);
    }
}

int TrajectoryPlottable::drawnPointCount() const
{
    int count = 0;
    for (std::size_t i = 0; i < m_trajectory.x.size(); ++i)
        count += stepAt(i) <= m_limit ? 1 : 0;
    return count;
}

double TrajectoryPlottable::selectTest(const QPointF &, bool, QVariant *) const
{
    return -1; // the read-out finds points itself; the legend toggles layers
}

QCPRange TrajectoryPlottable::getKeyRange(bool &foundRange, QCP::SignDomain inSignDomain) const
{
    return rangeOf(m_trajectory.x, m_trajectory.xError, foundRange, inSignDomain);
}

QCPRange TrajectoryPlottable::getValueRange(bool &foundRange, QCP::SignDomain inSignDomain, const QCPRange &) const
{
    return rangeOf(m_trajectory.y, m_trajectory.yError, foundRange, inSignDomain);
}

void TrajectoryPlottable::draw(QCPPainter *painter)
{
    const std::size_t count = std::min(m_trajectory.x.size(), m_trajectory.y.size());
    QVector<QPointF> points;
    std::vector<std::size_t> indices;
    points.reserve(int(count));
    for (std::size_t i = 0; i < count; ++i) {
        if (stepAt(i) > m_limit || !std::isfinite(m_trajectory.x[i]) || !std::isfinite(m_trajectory.y[i]))
            continue;
        points.append(coordsToPixels(m_trajectory.x[i], m_trajectory.y[i]));
        indices.push_back(i);
    }
    if (points.isEmpty())
        return;
    applyDefaultAntialiasingHint(painter);

    QColor faint = m_colour;
    faint.setAlphaF(0.45);
    painter->setPen(QPen(faint, 1.2));
    for (std::size_t k = 0; k < indices.size(); ++k) { // bootstrap spread: ± one standard deviation
        const std::size_t i = indices[k];
        const double x = m_trajectory.x[i], y = m_trajectory.y[i];
        if (i < m_trajectory.xError.size() && m_trajectory.xError[i] > 0)
            painter->drawLine(coordsToPixels(x - m_trajectory.xError[i], y), coordsToPixels(x + m_trajectory.xError[i], y));
        if (i < m_trajectory.yError.size() && m_trajectory.yError[i] > 0)
            painter->drawLine(coordsToPixels(x, y - m_trajectory.yError[i]), coordsToPixels(x, y + m_trajectory.yError[i]));
    }

    QColor line = m_colour;
    line.setAlphaF(std::max(0.35, m_opacity));
    painter->setPen(QPen(line, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawPolyline(points.constData(), int(points.size()));

    painter->setPen(QPen(QColor(40, 40, 40, int(140 * m_opacity)), 0.6));
    for (int k = 0; k < points.size(); ++k) {
        QColor fill = QColor::fromRgb(m_fills[indices[std::size_t(k)]]);
        fill.setAlphaF(m_opacity);
        painter->setBrush(fill);
        painter->drawEllipse(points[k], 3.0, 3.0);
    }

    // Start (square) and end (triangle) in the layer's colour, outlined so that they read on any fill.
    painter->setPen(QPen(Qt::black, 1.2));
    painter->setBrush(m_colour);
    painter->drawRect(QRectF(points.front() - QPointF(4.5, 4.5), QSizeF(9, 9)));
    if (points.size() > 1) {
        const QPointF end = points.back();
        const QPointF triangle[3] = {end + QPointF(0, -6.5), end + QPointF(5.6, 3.8), end + QPointF(-5.6, 3.8)};
        painter->drawPolygon(triangle, 3);
    }
}

void TrajectoryPlottable::drawLegendIcon(QCPPainter *painter, const QRectF &rect) const
{
    applyDefaultAntialiasingHint(painter);
    const QColor colour = visible() ? m_colour : QColor(200, 200, 200); // a hidden layer's entry is greyed
    painter->setPen(QPen(colour, 2.0));
    painter->drawLine(QLineF(rect.left(), rect.center().y(), rect.right(), rect.center().y()));
    painter->setPen(QPen(QColor(40, 40, 40), 0.6));
    painter->setBrush(colour);
    painter->drawEllipse(rect.center(), 3.0, 3.0);
}

} // namespace ui

#include "plot/trajectoryplottable.h"

#include "i18n/coretext.h"

#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

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
    setName(coreText(trajectory.name));
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
    {
        // Vertices less than a quarter of a device pixel from the last one kept change nothing visible
        // but cost the stroker: a 3000-epoch layer has thousands of them on a few hundred pixels.
        const QTransform toDevice = painter->transform();
        QVector<QPointF> kept;
        kept.reserve(points.size());
        QPointF last = toDevice.map(points.front());
        kept.append(points.front());
        for (int k = 1; k < points.size(); ++k) {
            const QPointF device = toDevice.map(points[k]);
            const QPointF gap = device - last;
            if (gap.x() * gap.x() + gap.y() * gap.y() >= 0.0625 || k + 1 == points.size()) {
                kept.append(points[k]);
                last = device;
            }
        }
        painter->drawPolyline(kept.constData(), int(kept.size()));
    }

    // A point that the next one covers (less than one device pixel away; a marker is 7 layout pixels
    // wide) is not drawn: long runs put hundreds of epochs on one spot, and the later one is on top anyway.
    const double coveredSquared = 1.0;
    const QTransform toDevice = painter->transform();
    const QPen outline(QColor(40, 40, 40, int(140 * m_opacity)), 0.6);
    const bool vector = painter->modes().testFlag(QCPPainter::pmVectorized);
    // On raster devices each marker is a stamp drawn once per colour at the device's scale: flattening
    // thousands of antialiased ellipses was most of the time of a large plane (bench/figure_benchmark.py).
    // The gradient has at most a few hundred levels, so there are few stamps.
    const double scale = std::sqrt(std::abs(toDevice.determinant()));
    const double radius = 3.0 * scale, border = 0.6 * scale;
    const int size = int(std::ceil(2 * (radius + border))) + 2;
    QHash<QRgb, QImage> stamps;
    QPainterPath run;
    QColor runColour;
    painter->setPen(outline);
    if (!vector) {
        painter->save();
        painter->resetTransform();
    }
    for (int k = 0; k < points.size(); ++k) {
        const QPointF device = toDevice.map(points[k]);
        if (k + 1 < points.size()) {
            const QPointF gap = toDevice.map(points[k + 1]) - device;
            if (gap.x() * gap.x() + gap.y() * gap.y() < coveredSquared)
                continue;
        }
        QColor fill = QColor::fromRgb(m_fills[indices[std::size_t(k)]]);
        fill.setAlphaF(m_opacity);
        if (vector) {
            // Consecutive points share a colour level: one path per run of them keeps the order and
            // writes one fill per run, not per point, into the PDF or SVG.
            if (fill != runColour && !run.isEmpty()) {
                painter->setBrush(runColour);
                painter->drawPath(run);
                run.clear();
            }
            runColour = fill;
            run.addEllipse(points[k], 3.0, 3.0);
            continue;
        }
        auto stamp = stamps.find(fill.rgba());
        if (stamp == stamps.end()) {
            QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter stamper(&image);
            stamper.setRenderHint(QPainter::Antialiasing);
            stamper.setPen(QPen(outline.color(), border));
            stamper.setBrush(fill);
            stamper.drawEllipse(QPointF(size / 2.0, size / 2.0), radius, radius);
            stamper.end();
            stamp = stamps.insert(fill.rgba(), image);
        }
        painter->drawImage(QPointF(std::round(device.x() - size / 2.0), std::round(device.y() - size / 2.0)), *stamp);
    }
    if (!run.isEmpty()) {
        painter->setBrush(runColour);
        painter->drawPath(run);
    }
    if (!vector)
        painter->restore();

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

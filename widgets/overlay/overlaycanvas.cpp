#include "overlay/overlaycanvas.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace ui {

OverlayCanvas::OverlayCanvas(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(160, 120);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void OverlayCanvas::setImage(const QImage &image)
{
    const bool sameSize = image.size() == m_image.size();
    m_image = image;
    if (!sameSize || !m_fitted) {
        m_fitted = false;
        fitToView();
    }
    update();
}

void OverlayCanvas::setLayers(const QImage &a, const QImage &b)
{
    m_a = a;
    m_b = b;
    update();
}

void OverlayCanvas::setOpacity(double opacity)
{
    m_opacity = std::clamp(opacity, 0.0, 1.0);
    update();
}

void OverlayCanvas::setCompare(Compare mode)
{
    m_compare = mode;
    update();
}

void OverlayCanvas::setFlickerShowsB(bool showB)
{
    m_flickerB = showB;
    update();
}

void OverlayCanvas::setSwipePosition(double fraction)
{
    m_swipe = std::clamp(fraction, 0.0, 1.0);
    update();
}

void OverlayCanvas::setView(double zoom, const QPointF &origin)
{
    m_zoom = std::clamp(zoom, 0.02, 64.0);
    m_origin = origin;
    m_fitted = true;
    update();
}

void OverlayCanvas::fitToView()
{
    if (m_image.isNull() || width() <= 0 || height() <= 0)
        return;
    const double zoom = std::min(double(width()) / m_image.width(), double(height()) / m_image.height());
    // Centre the image: the origin is the image point at the widget's top-left corner.
    m_zoom = zoom;
    m_origin = QPointF((m_image.width() - width() / zoom) / 2.0, (m_image.height() - height() / zoom) / 2.0);
    update();
    Q_EMIT viewChanged(m_zoom, m_origin);
}

QPointF OverlayCanvas::toImage(const QPointF &position) const
{
    return m_origin + position / m_zoom;
}

QPoint OverlayCanvas::pixelAt(const QPointF &position) const
{
    const QPointF p = toImage(position);
    const int column = int(std::floor(p.x())), row = int(std::floor(p.y()));
    if (m_image.isNull() || column < 0 || row < 0 || column >= m_image.width() || row >= m_image.height())
        return {-1, -1};
    return {column, row};
}

double OverlayCanvas::swipeX() const
{
    return m_swipe * width();
}

void OverlayCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Dark));
    if (m_image.isNull())
        return;
    // Nearest-neighbour when zoomed in, so that pixels stay pixels; smooth when zoomed out.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, m_zoom < 1.0);
    painter.save();
    painter.scale(m_zoom, m_zoom);
    painter.translate(-m_origin);
    painter.drawImage(QPointF(0, 0), m_image);
    painter.setOpacity(m_opacity);
    if (m_compare == Compare::Swipe && !m_b.isNull()) {
        const double split = toImage(QPointF(swipeX(), 0)).x();
        painter.setClipRect(QRectF(m_origin.x() - 1, m_origin.y() - 1, split - m_origin.x() + 1, height() / m_zoom + 2));
        painter.drawImage(QPointF(0, 0), m_a);
        painter.setClipRect(QRectF(split, m_origin.y() - 1, width() / m_zoom + 2, height() / m_zoom + 2));
        painter.drawImage(QPointF(0, 0), m_b);
    } else {
        const QImage &layer = m_compare == Compare::Flicker && m_flickerB && !m_b.isNull() ? m_b : m_a;
        if (!layer.isNull())
            painter.drawImage(QPointF(0, 0), layer);
    }
    painter.restore();
    if (m_compare == Compare::Swipe && !m_b.isNull()) {
        painter.setPen(QPen(Qt::white, 2));
        painter.drawLine(QPointF(swipeX(), 0), QPointF(swipeX(), height()));
        painter.setPen(QPen(Qt::black, 1));
        painter.drawLine(QPointF(swipeX() + 1.5, 0), QPointF(swipeX() + 1.5, height()));
    }
}

void OverlayCanvas::wheelEvent(QWheelEvent *event)
{
    // Zoom about the cursor: the image point under it stays under it.
    const QPointF position = event->position();
    const QPointF anchor = toImage(position);
    const double factor = std::pow(1.0015, event->angleDelta().y());
    const double zoom = std::clamp(m_zoom * factor, 0.02, 64.0);
    setView(zoom, anchor - position / zoom);
    Q_EMIT viewChanged(m_zoom, m_origin);
    event->accept();
}

void OverlayCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragStart = event->position();
    m_originAtDrag = m_origin;
    m_swiping = m_compare == Compare::Swipe && !m_b.isNull() && std::abs(event->position().x() - swipeX()) < 8;
    m_panning = !m_swiping;
    if (m_panning)
        setCursor(Qt::ClosedHandCursor);
}

void OverlayCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_swiping) {
        setSwipePosition(event->position().x() / std::max(1, width()));
    } else if (m_panning) {
        setView(m_zoom, m_originAtDrag - (event->position() - m_dragStart) / m_zoom);
        Q_EMIT viewChanged(m_zoom, m_origin);
    }
    const QPoint pixel = pixelAt(event->position());
    Q_EMIT pixelHovered(pixel.y(), pixel.x());
}

void OverlayCanvas::mouseReleaseEvent(QMouseEvent *)
{
    m_panning = m_swiping = false;
    unsetCursor();
}

void OverlayCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_fitted)
        fitToView();
}

void OverlayCanvas::leaveEvent(QEvent *)
{
    Q_EMIT pixelHovered(-1, -1);
}

} // namespace ui

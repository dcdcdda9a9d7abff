#pragma once

#include <QImage>
#include <QPointF>
#include <QWidget>

namespace ui {

/// Draws an image with one or two overlay layers at an opacity: wheel zoom about the cursor, drag to
/// pan, nearest-neighbour pixels when zoomed in. Two layers compare by a swipe (a vertical divider
/// the user drags: A left, B right) or by flicker (A and B alternate). Emits the pixel under the cursor.
class OverlayCanvas : public QWidget
{
    Q_OBJECT

public:
    enum class Compare { None, Swipe, Flicker };

    explicit OverlayCanvas(QWidget *parent = nullptr);

    void setImage(const QImage &image); ///< keeps the view if the size is unchanged, else fits
    void setLayers(const QImage &a, const QImage &b = QImage());
    void setOpacity(double opacity);
    void setCompare(Compare mode);
    /// Which layer flicker shows now (the viewer's timer toggles it).
    void setFlickerShowsB(bool showB);
    /// 0 … 1 across the widget.
    void setSwipePosition(double fraction);
    double swipePosition() const { return m_swipe; }

    /// Pixels of the screen per image pixel, and the image point at the widget's top-left.
    double zoom() const { return m_zoom; }
    QPointF origin() const { return m_origin; }
    /// A view chosen by the user (or linked from another canvas): kept on resize.
    void setView(double zoom, const QPointF &origin);
    /// The whole image, centred; redone on resize until the user zooms or pans.
    void fitToView();
    /// The image pixel (column, row) under a widget position, or (−1, −1) outside the image.
    QPoint pixelAt(const QPointF &position) const;

Q_SIGNALS:
    void pixelHovered(int row, int column); ///< −1, −1 when the cursor leaves the image
    void viewChanged(double zoom, const QPointF &origin);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QPointF toImage(const QPointF &position) const;
    double swipeX() const;

    QImage m_image, m_a, m_b;
    double m_opacity = 0.5;
    Compare m_compare = Compare::None;
    bool m_flickerB = false;
    double m_swipe = 0.5;
    double m_zoom = 1.0;
    QPointF m_origin;
    bool m_fitted = false; ///< the user chose the view (zoom, pan): resizing keeps it
    QPointF m_dragStart;
    QPointF m_originAtDrag;
    bool m_panning = false;
    bool m_swiping = false;
};

} // namespace ui

#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace ui {

class PlotView;

/// Links the zoom and pan of plots that show the same frame: images and pixel maps of one size
/// (an image, what was made of it and their difference), or heat maps over the same frequencies
/// (amplitude before and after). Zooming one moves the others, so that side-by-side views stay
/// comparable. Lives as a child of the result panel.
class LinkedZoom : public QObject
{
    Q_OBJECT

public:
    /// Links every group of two or more `views` that share a frame.
    static void link(const QList<PlotView *> &views, QObject *owner);

private:
    explicit LinkedZoom(QList<PlotView *> group, QObject *owner);
    void follow(PlotView *source);

    QList<QPointer<PlotView>> m_group;
    bool m_following = false;
};

} // namespace ui

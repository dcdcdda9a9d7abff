#include "results/linkedzoom.h"

#include "plot/plotview.h"
#include "plot/qcustomplotinclude.h"

#include <QMap>
#include <QPointer>

namespace ui {

namespace {

/// The cell-edge extent of an image or heat map and its y direction, as a key; empty for other items.
QString frameKey(const core::ResultItem &item)
{
    if (const auto *image = std::get_if<core::ImageResult>(&item))
        return QStringLiteral("pixels %1 x %2").arg(image->image.dim(0)).arg(image->image.dim(1));
    if (const auto *map = std::get_if<core::HeatMapResult>(&item)) {
        if (map->rowsDown && map->xMin == 0 && map->yMin == 0 && map->xMax == map->cols - 1 && map->yMax == map->rows - 1)
            return QStringLiteral("pixels %1 x %2").arg(map->rows).arg(map->cols); // lines up with images
        return QStringLiteral("map %1 x %2 [%3, %4] [%5, %6] %7")
            .arg(map->rows).arg(map->cols)
            .arg(map->xMin, 0, 'g', 12).arg(map->xMax, 0, 'g', 12)
            .arg(map->yMin, 0, 'g', 12).arg(map->yMax, 0, 'g', 12)
            .arg(map->rowsDown);
    }
    return {};
}

} // namespace

void LinkedZoom::link(const QList<PlotView *> &views, QObject *owner)
{
    QMap<QString, QList<PlotView *>> groups;
    for (PlotView *view : views) {
        const QString key = frameKey(view->item());
        if (!key.isEmpty())
            groups[key].append(view);
    }
    for (const QList<PlotView *> &group : std::as_const(groups))
        if (group.size() > 1)
            new LinkedZoom(group, owner);
}

LinkedZoom::LinkedZoom(QList<PlotView *> group, QObject *owner)
    : QObject(owner)
{
    setObjectName(QStringLiteral("linkedZoom"));
    for (PlotView *view : group)
        m_group.append(view);
    for (PlotView *view : group) {
        QPointer<PlotView> source(view);
        for (QCPAxis *axis : {view->plot()->xAxis, view->plot()->yAxis})
            connect(axis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this, source] {
                if (source)
                    follow(source);
            });
    }
}

void LinkedZoom::follow(PlotView *source)
{
    if (m_following)
        return; // the ranges this sets come back here
    m_following = true;
    const QCPRange x = source->plot()->xAxis->range(), y = source->plot()->yAxis->range();
    for (const QPointer<PlotView> &view : std::as_const(m_group)) {
        if (!view || view == source)
            continue;
        // Views of different sizes keep their own aspect: match the centre and the x zoom, then
        // give y the same units per pixel as the source.
        QCustomPlot *plot = view->plot();
        const double sourceWidth = source->plot()->axisRect()->width(), width = plot->axisRect()->width();
        const double sourceHeight = source->plot()->axisRect()->height(), height = plot->axisRect()->height();
        if (sourceWidth <= 0 || sourceHeight <= 0 || width <= 0 || height <= 0)
            continue;
        plot->xAxis->setRange(x.center(), x.size() / sourceWidth * width, Qt::AlignCenter);
        plot->yAxis->setRange(y.center(), y.size() / sourceHeight * height, Qt::AlignCenter);
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
    m_following = false;
}

} // namespace ui

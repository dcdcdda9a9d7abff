#include "plot/plottext.h"

#include "plot/qcustomplotinclude.h"

#include <algorithm>

namespace ui {

namespace {

void styleAxis(QCPAxis *axis, const QFont &ticks, const QFont &label)
{
    axis->setTickLabelFont(ticks);
    axis->setLabelFont(label);
    axis->setSelectedTickLabelFont(ticks);
    axis->setSelectedLabelFont(label);
}

QString wrapped(const QString &text, const QFont &font, double width)
{
    const QFontMetricsF metrics(font);
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
            lines.append(line);
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// The width left for column 0 (axes, title, a legend below) when the other columns (a colour scale)
// take their width of the last layout (at least their minimum: the hint leaves out the scale's tick
// and axis labels, and a title wrapped to it overflowed the figure).
static int firstColumnWidth(QCustomPlot *plot, int width)
{
    QCPLayoutGrid *grid = plot->plotLayout();
    int others = 0;
    for (int column = 1; column < grid->columnCount(); ++column) {
        int widest = 0;
        for (int row = 0; row < grid->rowCount(); ++row)
            if (grid->hasElement(row, column)) {
                const QCPLayoutElement *element = grid->element(row, column);
                widest = qMax(widest, qMax(element->minimumOuterSizeHint().width(), element->outerRect().width()));
            }
        others += widest + grid->columnSpacing();
    }
    return width - others;
}

void wrapPlotTitles(QCustomPlot *plot, int width)
{
    QCPLayoutGrid *grid = plot->plotLayout();
    const double available = qMax(40.0, 0.96 * firstColumnWidth(plot, width));
    for (QCPLayoutElement *element : grid->elements(false))
        if (auto *title = qobject_cast<QCPTextElement *>(element)) {
            const QString full = title->property("fullText").toString();
            if (!full.isEmpty())
                title->setText(wrapped(full, title->font(), available));
        }
}

void applyPlotFonts(QCustomPlot *plot, double basePoints)
{
    QFont ticks = plot->font();
    ticks.setPointSizeF(basePoints);
    QFont label = ticks;
    label.setPointSizeF(basePoints * 1.1);
    QFont title = ticks;
    title.setPointSizeF(basePoints * 1.2);
    title.setBold(true);

    const QList<QCPLayoutElement *> elements = plot->plotLayout()->elements(true);
    for (QCPLayoutElement *element : elements) {
        if (auto *rect = qobject_cast<QCPAxisRect *>(element)) {
            for (QCPAxis *axis : rect->axes())
                styleAxis(axis, ticks, label);
        } else if (auto *scale = qobject_cast<QCPColorScale *>(element)) {
            styleAxis(scale->axis(), ticks, label);
        } else if (auto *text = qobject_cast<QCPTextElement *>(element)) {
            text->setFont(title);
            text->setSelectedFont(title);
        }
    }
    // The legend may sit in an axis rect's inset layout, which elements() does not descend into.
    plot->legend->setFont(ticks);
    plot->legend->setSelectedFont(ticks);
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto *text = qobject_cast<QCPItemText *>(plot->item(i)))
            text->setFont(ticks);
}

} // namespace ui

namespace ui {

namespace {

void layOut(QCustomPlot *plot, const QRect &viewport)
{
    // What QCustomPlot::updateLayout (protected) does after setViewport. A margin group takes the largest
    // margin of its members, and an element without axes (the colour scale) offers its current one: clear
    // those first, or a layout at larger fonts (a figure) would leave its margins on the screen for good.
    QCPLayoutGrid *layout = plot->plotLayout();
    for (QCPLayoutElement *element : layout->elements(false)) {
        if (!element || qobject_cast<QCPAxisRect *>(element))
            continue;
        QMargins margins = element->margins();
        for (QCP::MarginSide side : {QCP::msLeft, QCP::msRight, QCP::msTop, QCP::msBottom})
            if (element->marginGroup(side) && element->autoMargins().testFlag(side))
                QCP::setMarginValue(margins, side, 0);
        element->setMargins(margins);
    }
    layout->setOuterRect(viewport);
    layout->update(QCPLayoutElement::upPreparation);
    layout->update(QCPLayoutElement::upMargins);
    layout->update(QCPLayoutElement::upLayout);
}

} // namespace

void fitPlotText(QCustomPlot *plot, const QRect &viewport)
{
    layOut(plot, viewport);
    wrapPlotTitles(plot, viewport.width());
    fitPlotLegend(plot, viewport.width());
    layOut(plot, viewport);
}

void fitPlotLegend(QCustomPlot *plot, int width)
{
    QCPLegend *legend = plot->legend;
    if (legend->layout() != plot->plotLayout() || legend->itemCount() == 0)
        return; // only a legend below the plot spreads over columns
    // The most columns whose widest items, side by side, fit the width.
    QList<int> widths;
    for (int i = 0; i < legend->itemCount(); ++i) // cells of a wrapped grid can be empty
        if (QCPAbstractLegendItem *item = legend->item(i))
            widths.append(item->minimumOuterSizeHint().width());
    const int available = firstColumnWidth(plot, width) - legend->margins().left() - legend->margins().right();
    int columns = qMin(int(widths.size()), 4);
    for (; columns > 1; --columns) {
        // Columns-first order fills a row before the next: item i sits in column i % columns.
        int total = (columns - 1) * legend->columnSpacing();
        for (int column = 0; column < columns; ++column) {
            int widest = 0;
            for (int i = column; i < widths.size(); i += columns)
                widest = qMax(widest, widths[i]);
            total += widest;
        }
        if (total <= available)
            break;
    }
    legend->setWrap(columns); // columns first: wrap is the number of columns
    legend->setFillOrder(QCPLegend::foColumnsFirst, true);
}

} // namespace ui

namespace ui {

void fitSquareCells(QCustomPlot *plot)
{
    const QVariant extentProperty = plot->property("cellExtent"), aspectProperty = plot->property("cellAspect");
    if (!extentProperty.isValid() || !aspectProperty.isValid())
        return;
    const QRectF extent = extentProperty.toRectF();
    const double aspect = aspectProperty.toDouble();
    const QRect rect = plot->axisRect()->rect();
    if (rect.width() <= 0 || rect.height() <= 0 || !(aspect > 0) || extent.width() <= 0 || extent.height() <= 0)
        return;
    // Units per pixel that fit the extent on each axis; the cells' aspect ties them together.
    const double xPerPixel = std::max(extent.width() / rect.width(), extent.height() / rect.height() / aspect);
    plot->xAxis->setRange(extent.center().x(), xPerPixel * rect.width(), Qt::AlignCenter);
    plot->yAxis->setRange(extent.center().y(), aspect * xPerPixel * rect.height(), Qt::AlignCenter);
}

} // namespace ui

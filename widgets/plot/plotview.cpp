#include "plot/plotview.h"
#include "koopman/eigenvaluelayer.h"

#include "i18n/coretext.h"

#include "plot/colourgradients.h"
#include "plot/colourlimits.h"
#include "plot/imagelayer.h"
#include "plot/plottext.h"
#include "plot/powertenticker.h"
#include "plot/trajectoryplottable.h"
#include "plot/qcustomplotinclude.h"

#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

#include <cmath>

namespace ui {

namespace {

/// Every text of a plot comes from a result, so it is shown translated (core context).
QString fromStd(const std::string &text)
{
    return coreText(text);
}

void styleAxes(QCustomPlot *plot)
{
    applyPlotFonts(plot, kScreenFontPoints);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->grid()->setSubGridVisible(false);
        axis->grid()->setPen(QPen(QColor(220, 220, 220), 0, Qt::DotLine));
    }
}

} // namespace

QColor seriesColour(int index)
{
    static const QColor palette[] = {QColor(0, 114, 178),  QColor(213, 94, 0),   QColor(0, 158, 115),
                                     QColor(204, 121, 167), QColor(230, 159, 0),  QColor(86, 180, 233),
                                     QColor(0, 0, 0),       QColor(240, 228, 66)};
    return palette[index % 8];
}

PlotView::PlotView(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_readout(new QLabel(this))
{
    setObjectName(QStringLiteral("plotView"));
    m_plot->setObjectName(QStringLiteral("plot"));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setMinimumSize(320, 240);
    m_plot->installEventFilter(this);
    m_plot->setMouseTracking(true);
    m_readout->setObjectName(QStringLiteral("readout"));
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readout->setToolTip(tr("Value under the mouse. Wheel: zoom, drag: pan, double-click: reset view."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_readout);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent *) { resetView(); });
    // A click on a legend entry hides or shows that curve (a layer of the information plane, say).
    connect(m_plot, &QCustomPlot::legendClick, this, [this](QCPLegend *, QCPAbstractLegendItem *item, QMouseEvent *) {
        if (auto *entry = qobject_cast<QCPPlottableLegendItem *>(item)) {
            setPlottableShown(entry->plottable(), !entry->plottable()->visible());
            m_plot->replot();
        }
    });
}

bool PlotView::canShow(const core::ResultItem &item)
{
    return std::holds_alternative<core::SeriesResult>(item) || std::holds_alternative<core::HeatMapResult>(item)
        || std::holds_alternative<core::TrajectoryResult>(item) || std::holds_alternative<core::EigenvalueResult>(item)
        || (std::holds_alternative<core::ImageResult>(item) && std::get<core::ImageResult>(item).image.ndim() >= 2
            && std::get<core::ImageResult>(item).image.ndim() <= 3);
}

bool PlotView::showItem(const core::ResultItem &item)
{
    if (!canShow(item))
        return false;
    clear();
    if (core::resultItemId(item) != core::resultItemId(m_item) || item.index() != m_item.index())
        m_selectedEigenvalue = -1; // another plane: nothing selected yet
    m_item = item;
    if (const auto *series = std::get_if<core::SeriesResult>(&item))
        showSeries(*series);
    else if (const auto *map = std::get_if<core::HeatMapResult>(&item))
        showHeatMap(*map);
    else if (const auto *trajectories = std::get_if<core::TrajectoryResult>(&item))
        showTrajectories(*trajectories);
    else if (const auto *eigenvalues = std::get_if<core::EigenvalueResult>(&item))
        showEigenvalues(*eigenvalues);
    else if (const auto *image = std::get_if<core::ImageResult>(&item))
        showImage(*image);
    styleAxes(m_plot);
    fitPlotText(m_plot, m_plot->rect());
    m_plot->replot();
    return true;
}

void PlotView::clear()
{
    // A legend moved below the plot lives in the main layout: take it back before that is emptied.
    if (m_plot->legend->layout() == m_plot->plotLayout()) {
        m_plot->plotLayout()->take(m_plot->legend);
        m_plot->axisRect()->insetLayout()->addElement(m_plot->legend, Qt::AlignTop | Qt::AlignRight);
        m_plot->legend->setWrap(0);
        m_plot->legend->setFillOrder(QCPLegend::foRowsFirst, true);
        m_plot->legend->setBorderPen(QPen(Qt::black));
    }
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_plot->setProperty("cellExtent", QVariant());
    m_plot->setProperty("cellAspect", QVariant());
    m_colourMap = nullptr;
    m_plot->yAxis->setRangeReversed(false); // images reverse it
    // Drop the title row and colour scale of a previous item; keep the axis rect at (0, 0).
    QCPLayoutGrid *layout = m_plot->plotLayout();
    for (int i = layout->elementCount() - 1; i >= 0; --i) {
        QCPLayoutElement *element = layout->elementAt(i);
        if (element && element != m_plot->axisRect())
            layout->remove(element);
    }
    layout->simplify();
    m_plot->axisRect()->setMarginGroup(QCP::msAll, nullptr);
    m_plot->legend->setVisible(false);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_plot->xAxis->setScaleType(QCPAxis::stLinear);
    m_plot->xAxis->setNumberFormat(QStringLiteral("gb"));
    m_plot->xAxis->setNumberPrecision(6);
    m_plot->yAxis->setRangeReversed(false);
    m_plot->yAxis->setScaleType(QCPAxis::stLinear);
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    m_readout->clear();
}

namespace {

void addTitle(QCustomPlot *plot, const QString &title)
{
    plot->plotLayout()->insertRow(0);
    auto *element = new QCPTextElement(plot, title); // fonts: applyPlotFonts
    element->setObjectName(QStringLiteral("title"));
    element->setProperty("fullText", title); // wrapPlotTitles breaks it into lines that fit
    plot->plotLayout()->addElement(0, 0, element);
}

} // namespace

void PlotView::showImage(const core::ImageResult &image)
{
    ImageLayer::draw(m_plot, image);
    addTitle(m_plot, fromStd(image.title));
    resetView();
}

void PlotView::addBand(const core::Series &one, const core::SeriesBand &band, bool logY, const QColor &colour)
{
    // Two edge graphs without legend entries, the space between them filled in the curve's colour.
    auto edge = [&](const std::vector<double> &values) {
        QCPGraph *graph = m_plot->addGraph();
        graph->setName(fromStd(one.name) + tr(" (band)"));
        QVector<QCPGraphData> points;
        for (std::size_t i = 0; i < one.x.size() && i < values.size(); ++i)
            points.append(QCPGraphData(one.x[i], logY && !(values[i] > 0.0) ? qQNaN() : values[i]));
        graph->data()->set(points, true);
        graph->setPen(Qt::NoPen);
        graph->removeFromLegend();
        return graph;
    };
    QCPGraph *lower = edge(band.lower);
    QCPGraph *upper = edge(band.upper);
    QColor fill = colour;
    fill.setAlpha(45);
    upper->setBrush(fill);
    upper->setChannelFillGraph(lower);
}

void PlotView::showSeries(const core::SeriesResult &result)
{
    std::vector<double> allY;
    for (std::size_t k = 0; k < result.series.size(); ++k) {
        const core::Series &one = result.series[k];
        if (result.style == core::SeriesResult::Style::Bars) {
            addBars(one, seriesColour(int(k)));
            continue;
        }
        if (k < result.bands.size() && !result.bands[k].lower.empty())
            addBand(one, result.bands[k], result.logY, seriesColour(int(k)));
        QCPGraph *graph = m_plot->addGraph();
        graph->setName(fromStd(one.name));
        QVector<QCPGraphData> points;
        for (std::size_t i = 0; i < one.x.size() && i < one.y.size(); ++i) {
            // Non-positive values cannot be drawn on a log axis; leave a gap instead of a wrong point.
            const double y = result.logY && !(one.y[i] > 0.0) ? qQNaN() : one.y[i];
            points.append(QCPGraphData(one.x[i], y));
            allY.push_back(one.y[i]);
        }
        graph->data()->set(points, true);
        const QColor colour = seriesColour(int(k));
        graph->setPen(QPen(colour, 1.8));
        if (result.style == core::SeriesResult::Style::Scatter) {
            graph->setLineStyle(QCPGraph::lsNone);
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 5));
        }
    }
    addMarkers(result);
    m_plot->xAxis->setLabel(fromStd(result.xLabel));
    m_plot->yAxis->setLabel(fromStd(result.yLabel) + (result.logY ? tr(" (log scale)") : QString()));
    if (result.logY) {
        m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new PowerTenTicker));
        m_plot->yAxis->setNumberFormat(QStringLiteral("g"));
    }
    if (result.logX) {
        m_plot->xAxis->setScaleType(QCPAxis::stLogarithmic);
        m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new PowerTenTicker));
    }
    m_plot->legend->setVisible(result.series.size() + result.markers.size() > 1);
    addTitle(m_plot, fromStd(result.title));
    if (result.series.size() > 3)
        moveLegendBelow();
    else
        m_plot->axisRect()->insetLayout()->setInsetAlignment(0, emptiestCorner(result));
    resetView();
}

Qt::Alignment PlotView::emptiestCorner(const core::SeriesResult &result)
{
    // The legend goes where the data are not: the corner quadrant holding the fewest points (on the
    // axes' own scales); the top right when they tie.
    const auto scaled = [](double v, bool log) { return log ? (v > 0 ? std::log10(v) : NAN) : v; };
    double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
    for (const core::Series &one : result.series)
        for (std::size_t i = 0; i < one.x.size() && i < one.y.size(); ++i) {
            const double x = scaled(one.x[i], result.logX), y = scaled(one.y[i], result.logY);
            if (std::isfinite(x) && std::isfinite(y)) {
                x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
            }
        }
    int counts[4] = {0, 0, 0, 0}; // top right, top left, bottom right, bottom left
    for (const core::Series &one : result.series)
        for (std::size_t i = 0; i < one.x.size() && i < one.y.size(); ++i) {
            const double x = scaled(one.x[i], result.logX), y = scaled(one.y[i], result.logY);
            if (std::isfinite(x) && std::isfinite(y))
                ++counts[(y < 0.5 * (y0 + y1) ? 2 : 0) + (x < 0.5 * (x0 + x1) ? 1 : 0)];
        }
    const Qt::Alignment corners[4] = {Qt::AlignTop | Qt::AlignRight, Qt::AlignTop | Qt::AlignLeft,
                                      Qt::AlignBottom | Qt::AlignRight, Qt::AlignBottom | Qt::AlignLeft};
    int best = 0;
    for (int c = 1; c < 4; ++c)
        if (counts[c] < counts[best])
            best = c;
    return corners[best];
}

void PlotView::addBars(const core::Series &one, const QColor &colour)
{
    // A histogram: bars as wide as the spacing of the bin centres, touching.
    auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    bars->setName(fromStd(one.name));
    double spacing = INFINITY;
    for (std::size_t i = 1; i < one.x.size(); ++i)
        spacing = std::min(spacing, std::abs(one.x[i] - one.x[i - 1]));
    bars->setWidth(std::isfinite(spacing) && spacing > 0 ? spacing : 1.0);
    QVector<double> keys(one.x.begin(), one.x.end()), values(one.y.begin(), one.y.end());
    values.resize(keys.size());
    bars->setData(keys, values, true);
    QColor fill = colour;
    fill.setAlpha(150);
    bars->setBrush(fill);
    bars->setPen(QPen(colour.darker(130), 1.0));
}

void PlotView::addMarkers(const core::SeriesResult &result)
{
    // Vertical reference lines over the data's y range, so that they also take part in the axis rescale.
    double low = INFINITY, high = -INFINITY;
    for (const core::Series &one : result.series)
        for (double y : one.y)
            if (std::isfinite(y) && (!result.logY || y > 0)) {
                low = std::min(low, y);
                high = std::max(high, y);
            }
    if (!std::isfinite(low))
        low = result.logY ? 1.0 : 0.0, high = low + 1.0;
    if (result.style == core::SeriesResult::Style::Bars)
        low = 0.0;
    for (std::size_t k = 0; k < result.markers.size(); ++k) {
        const core::SeriesMarker &marker = result.markers[k];
        QCPGraph *line = m_plot->addGraph();
        line->setName(fromStd(marker.name));
        line->setData({marker.x, marker.x}, {low, high + (high - low) * 0.05}, true);
        line->setPen(QPen(k == 0 ? QColor(213, 94, 0) : seriesColour(int(k) + 2), 2.0, Qt::DashLine));
    }
}

void PlotView::moveLegendBelow()
{
    // Many curves: a legend inside the axes would cover some of them, so it goes below the plot, in as
    // many columns as fit (fitPlotLegend).
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    const int row = m_plot->plotLayout()->rowCount();
    m_plot->plotLayout()->addElement(row, 0, m_plot->legend);
    m_plot->legend->setWrap(3);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst, true); // re-arranges the items already there
    m_plot->legend->setMargins(QMargins(6, 2, 6, 4));
    m_plot->legend->setBorderPen(Qt::NoPen); // below the axes a frame only crowds the figure's edge
    m_plot->plotLayout()->setRowStretchFactor(row, 0.001);
}

void PlotView::showHeatMap(const core::HeatMapResult &map)
{
    m_colourMap = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_colourMap->setName(fromStd(map.title));
    m_colourMap->data()->setSize(map.cols, map.rows);
    m_colourMap->data()->setRange(QCPRange(map.xMin, map.xMax), QCPRange(map.yMin, map.yMax));
    for (int r = 0; r < map.rows; ++r)
        for (int c = 0; c < map.cols; ++c)
            m_colourMap->data()->setCell(c, r, map.at(r, c));
    m_colourMap->setInterpolate(false);

    // Robust limits (percentiles), unless the user set them; a diverging map for signed data.
    const ColourLimits automatic = ColourLimits::robust(map.values, map.logScale);
    const bool manual = std::isfinite(m_colourLow) && std::isfinite(m_colourHigh) && m_colourHigh > m_colourLow
                        && (!map.logScale || m_colourLow > 0);
    const QCPRange range = manual       ? QCPRange(m_colourLow, m_colourHigh)
                           : map.cyclic ? QCPRange(-M_PI, M_PI) // phases: the whole circle, so that colours keep their angle
                                        : QCPRange(automatic.low, automatic.high);
    const QString mapId = !m_colourMapId.isEmpty() ? m_colourMapId
                          : map.cyclic             ? QStringLiteral("cyclic")
                          : automatic.isSigned     ? QStringLiteral("diverging")
                                                   : QStringLiteral("viridis");
    auto *scale = new QCPColorScale(m_plot);
    scale->setObjectName(QStringLiteral("colourScale"));
    scale->setProperty("colourMapId", mapId);
    m_plot->plotLayout()->addElement(0, 1, scale);
    scale->setType(QCPAxis::atRight);
    scale->axis()->setLabel(fromStd(map.valueLabel) + (map.logScale ? tr(" (log scale)") : QString()));
    m_colourMap->setColorScale(scale);
    scale->setGradient(colourMap(mapId)); // the map takes the scale's gradient once linked
    if (map.logScale) {
        m_colourMap->setDataScaleType(QCPAxis::stLogarithmic);
        scale->axis()->setTicker(QSharedPointer<QCPAxisTickerLog>(new PowerTenTicker));
        scale->axis()->setNumberFormat(QStringLiteral("g"));
    }
    m_colourMap->setDataRange(range);
    auto *margins = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);

    m_plot->yAxis->setRangeReversed(map.rowsDown);
    m_plot->xAxis->setLabel(fromStd(map.xLabel));
    m_plot->yAxis->setLabel(fromStd(map.yLabel));
    addTitle(m_plot, fromStd(map.title));
    resetView();
}

void PlotView::showTrajectories(const core::TrajectoryResult &result)
{
    // One plottable per trajectory (layer): its line, its points filled by step on the colour scale,
    // start and end markers. The step limit of the scrubber only changes what they draw.
    double firstStep = INFINITY, lastStep = -INFINITY;
    for (const core::Trajectory &one : result.trajectories)
        for (double step : one.step) {
            firstStep = std::min(firstStep, step);
            lastStep = std::max(lastStep, step);
        }
    if (!std::isfinite(firstStep))
        firstStep = lastStep = 0.0;
    if (std::isfinite(m_stepRangeStart) && std::isfinite(m_stepRangeEnd)) { // fixed (a live run's planned steps)
        firstStep = std::min(firstStep, m_stepRangeStart);
        lastStep = std::max(lastStep, m_stepRangeEnd);
    }
    const bool logarithmic = m_logStepColours && lastStep > 1.0;
    const QCPRange stepRange(logarithmic ? std::max(1.0, firstStep) : firstStep, lastStep > firstStep ? lastStep : firstStep + 1.0);
    for (std::size_t k = 0; k < result.trajectories.size(); ++k) {
        auto *plottable = new TrajectoryPlottable(m_plot->xAxis, m_plot->yAxis, result.trajectories[k], seriesColour(int(k)));
        plottable->setStepColours(viridisGradient(), stepRange, logarithmic);
        plottable->setStepLimit(m_stepLimit);
        plottable->setPointOpacity(m_pointOpacity);
    }
    for (const core::AxisLine &line : result.lines) {
        if (!std::isfinite(line.value))
            continue;
        auto *item = new QCPItemStraightLine(m_plot);
        item->point1->setCoords(line.vertical ? line.value : 0.0, line.vertical ? 0.0 : line.value);
        item->point2->setCoords(line.vertical ? line.value : 1.0, line.vertical ? 1.0 : line.value);
        item->setPen(QPen(QColor(110, 110, 110), 1.2, Qt::DashLine));
        auto *label = new QCPItemText(m_plot);
        label->setText(fromStd(line.name));
        label->setColor(QColor(90, 90, 90));
        label->position->setTypeX(line.vertical ? QCPItemPosition::ptPlotCoords : QCPItemPosition::ptAxisRectRatio);
        label->position->setTypeY(line.vertical ? QCPItemPosition::ptAxisRectRatio : QCPItemPosition::ptPlotCoords);
        // Labels at the bottom left of the vertical line and above the left end of the horizontal one,
        // where trajectories (which climb towards the top right) rarely are.
        label->position->setCoords(line.vertical ? line.value : 0.01, line.vertical ? 0.99 : line.value);
        label->setPositionAlignment(line.vertical ? (Qt::AlignRight | Qt::AlignBottom) : (Qt::AlignLeft | Qt::AlignBottom));
        label->setPadding(QMargins(3, 1, 3, 1));
    }
    auto *scale = new QCPColorScale(m_plot);
    scale->setObjectName(QStringLiteral("colourScale"));
    m_plot->plotLayout()->addElement(0, 1, scale);
    scale->setType(QCPAxis::atRight);
    scale->setGradient(viridisGradient());
    if (logarithmic) {
        scale->setDataScaleType(QCPAxis::stLogarithmic);
        scale->axis()->setTicker(QSharedPointer<QCPAxisTickerLog>(new PowerTenTicker));
    }
    scale->setDataRange(stepRange);
    scale->axis()->setLabel((result.stepLabel.empty() ? tr("step") : fromStd(result.stepLabel))
                            + (logarithmic ? tr(" (log scale)") : QString()));
    auto *margins = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);

    m_plot->xAxis->setLabel(fromStd(result.xLabel));
    m_plot->yAxis->setLabel(fromStd(result.yLabel));
    m_plot->legend->setVisible(!result.trajectories.empty());
    // Early layers sit in the top-right corner of an information plane; the bottom right is usually free.
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    addTitle(m_plot, fromStd(result.title));
    if (result.trajectories.size() > 3)
        moveLegendBelow();
    // Fix the axes to all points and the ceilings, so that scrubbing through steps does not rescale the plane.
    double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
    for (const core::Trajectory &one : result.trajectories) {
        for (double v : one.x) { x0 = std::min(x0, v); x1 = std::max(x1, v); }
        for (double v : one.y) { y0 = std::min(y0, v); y1 = std::max(y1, v); }
    }
    for (const core::AxisLine &line : result.lines)
        if (std::isfinite(line.value)) {
            double &low = line.vertical ? x0 : y0, &high = line.vertical ? x1 : y1;
            low = std::min(low, line.value);
            high = std::max(high, line.value);
        }
    if (std::isfinite(x0) && std::isfinite(y0)) {
        const double padX = std::max(1e-9, 0.05 * (x1 - x0)), padY = std::max(1e-9, 0.05 * (y1 - y0));
        m_plot->xAxis->setRange(x0 - padX, x1 + padX);
        m_plot->yAxis->setRange(y0 - padY, y1 + padY);
    }
}

void PlotView::setStepLimit(double limit)
{
    m_stepLimit = limit;
    for (int i = 0; i < m_plot->plottableCount(); ++i)
        if (auto *trajectory = qobject_cast<TrajectoryPlottable *>(m_plot->plottable(i)))
            trajectory->setStepLimit(limit);
    m_plot->replot();
}

void PlotView::setPointOpacity(double opacity)
{
    m_pointOpacity = std::clamp(opacity, 0.0, 1.0);
    for (int i = 0; i < m_plot->plottableCount(); ++i)
        if (auto *trajectory = qobject_cast<TrajectoryPlottable *>(m_plot->plottable(i)))
            trajectory->setPointOpacity(m_pointOpacity);
    m_plot->replot();
}

void PlotView::setColourLimits(double low, double high)
{
    m_colourLow = low;
    m_colourHigh = high;
    if (std::holds_alternative<core::HeatMapResult>(m_item))
        redrawKeepingView();
}

void PlotView::setColourMapId(const QString &id)
{
    m_colourMapId = id;
    if (std::holds_alternative<core::HeatMapResult>(m_item))
        redrawKeepingView();
}

QCPRange PlotView::colourRange() const
{
    return m_colourMap ? m_colourMap->dataRange() : QCPRange();
}

void PlotView::setStepColourRange(double first, double last)
{
    m_stepRangeStart = first;
    m_stepRangeEnd = last;
}

void PlotView::setLogStepColours(bool logarithmic)
{
    if (m_logStepColours == logarithmic)
        return;
    m_logStepColours = logarithmic;
    if (std::holds_alternative<core::TrajectoryResult>(m_item))
        redrawKeepingView();
}

void PlotView::redrawKeepingView()
{
    const QCPRange xRange = m_plot->xAxis->range(), yRange = m_plot->yAxis->range();
    QList<bool> visible;
    for (int i = 0; i < m_plot->plottableCount(); ++i)
        visible.append(m_plot->plottable(i)->visible());
    const core::ResultItem item = m_item;
    showItem(item);
    for (int i = 0; i < m_plot->plottableCount() && i < visible.size(); ++i)
        setPlottableShown(m_plot->plottable(i), visible[i]);
    m_plot->xAxis->setRange(xRange);
    m_plot->yAxis->setRange(yRange);
    m_plot->replot();
}

void PlotView::setPlottableShown(QCPAbstractPlottable *plottable, bool shown)
{
    plottable->setVisible(shown);
    if (QCPPlottableLegendItem *entry = m_plot->legend->itemWithPlottable(plottable))
        entry->setTextColor(shown ? Qt::black : QColor(160, 160, 160));
}

void PlotView::showEigenvalues(const core::EigenvalueResult &result)
{
    EigenvalueLayer::draw(m_plot, result, m_selectedEigenvalue);
    m_plot->xAxis->setLabel(tr("Re λ"));
    m_plot->yAxis->setLabel(tr("Im λ"));
    addTitle(m_plot, fromStd(result.title));
    resetView();
}

void PlotView::selectEigenvalue(int index)
{
    const auto *eigenvalues = std::get_if<core::EigenvalueResult>(&m_item);
    if (!eigenvalues || index == m_selectedEigenvalue)
        return;
    m_selectedEigenvalue = index;
    redrawKeepingView();
    m_readout->setText(EigenvalueLayer::describe(*eigenvalues, index));
    Q_EMIT eigenvalueSelected(index);
}

void PlotView::resetView()
{
    m_plot->rescaleAxes(true);
    if (m_colourMap) {
        // Cells are square when the two axes share units (frequencies, pixels).
        // Show every cell whole: the data range runs from the first to the last cell centre.
        const auto *map = std::get_if<core::HeatMapResult>(&m_item);
        if (map) {
            const double halfX = map->cols > 1 ? 0.5 * (map->xMax - map->xMin) / (map->cols - 1) : 0.5;
            const double halfY = map->rows > 1 ? 0.5 * (map->yMax - map->yMin) / (map->rows - 1) : 0.5;
            m_plot->xAxis->setRange(map->xMin - halfX, map->xMax + halfX);
            m_plot->yAxis->setRange(map->yMin - halfY, map->yMax + halfY);
        }
        // Square cells: recorded on the plot, so that a figure laid out at another size keeps them too.
        const bool square = hasSquareCells();
        m_plot->setProperty("cellExtent", square ? QVariant(QRectF(QPointF(m_plot->xAxis->range().lower, m_plot->yAxis->range().lower),
                                                                   QPointF(m_plot->xAxis->range().upper, m_plot->yAxis->range().upper)))
                                                 : QVariant());
        m_plot->setProperty("cellAspect", square ? QVariant(cellAspect()) : QVariant());
        fitSquareCells(m_plot);
    } else if (const auto *image = std::get_if<core::ImageResult>(&m_item)) {
        // Square pixels, the whole image in view.
        const QRectF extent(QPointF(-0.5, -0.5), QPointF(double(image->image.dim(1)) - 0.5, double(image->image.dim(0)) - 0.5));
        m_plot->xAxis->setRange(extent.left(), extent.right()); // also the view a figure starts from
        m_plot->yAxis->setRange(extent.top(), extent.bottom());
        m_plot->setProperty("cellExtent", QVariant(extent));
        m_plot->setProperty("cellAspect", QVariant(1.0));
        fitSquareCells(m_plot);
    } else if (const auto *eigenvalues = std::get_if<core::EigenvalueResult>(&m_item)) {
        // The complex plane at equal scales, so that the unit circle is a circle.
        const double half = EigenvalueLayer::halfExtent(*eigenvalues);
        m_plot->xAxis->setRange(-half, half);
        m_plot->yAxis->setRange(-half, half);
        m_plot->setProperty("cellExtent", QVariant(QRectF(QPointF(-half, -half), QPointF(half, half))));
        m_plot->setProperty("cellAspect", QVariant(1.0));
        fitSquareCells(m_plot);
    } else {
        // A little air around curves so that end points are not drawn on the frame.
        for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
            if (axis->scaleType() == QCPAxis::stLogarithmic)
                axis->setRange(axis->range().lower / 1.5, axis->range().upper * 1.5);
            else
                axis->scaleRange(1.06, axis->range().center());
        }
    }
    m_plot->replot();
}

bool PlotView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::MouseMove)
        updateReadout(static_cast<QMouseEvent *>(event)->position());
    if (watched == m_plot && event->type() == QEvent::MouseButtonRelease) {
        // A click (not a drag) on an eigenvalue selects it: its mode, evolution and eigenfunction follow.
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const auto *eigenvalues = std::get_if<core::EigenvalueResult>(&m_item);
        if (eigenvalues && mouse->button() == Qt::LeftButton
            && (mouse->position() - m_pressPosition).manhattanLength() < 4) {
            const int index = EigenvalueLayer::hit(m_plot, *eigenvalues, mouse->position());
            if (index >= 0)
                selectEigenvalue(index);
        }
    }
    if (watched == m_plot && event->type() == QEvent::MouseButtonPress)
        m_pressPosition = static_cast<QMouseEvent *>(event)->position();
    if (watched == m_plot && event->type() == QEvent::Resize)
        fitPlotText(m_plot, QRect(QPoint(0, 0), static_cast<QResizeEvent *>(event)->size()));
    if (watched == m_plot && event->type() == QEvent::Resize && hasSquareCells()) {
        // Keep cells square when the layout settles or the window is resized.
        fitSquareCells(m_plot);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    return QWidget::eventFilter(watched, event);
}

bool PlotView::hasSquareCells() const
{
    if (std::holds_alternative<core::EigenvalueResult>(m_item) || std::holds_alternative<core::ImageResult>(m_item))
        return true; // equal scales in the complex plane; square pixels
    // Square cells (image pixels, frequency bins) unless the map is a long strip, which would be a line.
    const auto *map = std::get_if<core::HeatMapResult>(&m_item);
    if (!m_colourMap || !map || !m_squareCells || map->rows < 1 || map->cols < 1)
        return false;
    const double shape = double(map->rows) / map->cols;
    return shape >= 1.0 / 8 && shape <= 8.0;
}

double PlotView::cellAspect() const
{
    // y units per pixel over x units per pixel that makes one cell as high as wide (QCPAxis::setScaleRatio).
    const auto *map = std::get_if<core::HeatMapResult>(&m_item);
    if (!map || map->rows < 2 || map->cols < 2 || map->xMax == map->xMin || map->yMax == map->yMin)
        return 1.0;
    const double dx = std::abs(map->xMax - map->xMin) / (map->cols - 1), dy = std::abs(map->yMax - map->yMin) / (map->rows - 1);
    return dy / dx;
}

void PlotView::setSquareCells(bool square)
{
    m_squareCells = square;
    resetView();
}

QString PlotView::readout() const
{
    return m_readout->text();
}

void PlotView::updateReadout(const QPointF &pixel)
{
    const double x = m_plot->xAxis->pixelToCoord(pixel.x());
    const double y = m_plot->yAxis->pixelToCoord(pixel.y());
    if (m_colourMap) {
        int col = 0, row = 0;
        m_colourMap->data()->coordToCell(x, y, &col, &row);
        const auto *map = std::get_if<core::HeatMapResult>(&m_item);
        if (map && col >= 0 && row >= 0 && col < map->cols && row < map->rows) {
            double cx = 0, cy = 0;
            m_colourMap->data()->cellToCoord(col, row, &cx, &cy);
            m_readout->setText(tr("x = %1, y = %2 (cell %3, %4): %5 = %6")
                                   .arg(cx, 0, 'g', 5).arg(cy, 0, 'g', 5).arg(col).arg(row)
                                   .arg(fromStd(map->valueLabel)).arg(map->at(row, col), 0, 'g', 6));
        } else {
            m_readout->clear();
        }
        return;
    }
    if (const auto *image = std::get_if<core::ImageResult>(&m_item)) {
        m_readout->setText(ImageLayer::describe(*image, x, y));
        return;
    }
    if (const auto *plane = std::get_if<core::TrajectoryResult>(&m_item)) {
        // Nearest point within 12 px: which trajectory, which step, both coordinates.
        double bestDistance = 12.0;
        QString best;
        for (const core::Trajectory &one : plane->trajectories)
            for (std::size_t i = 0; i < one.x.size() && i < one.y.size(); ++i) {
                const double step = i < one.step.size() ? one.step[i] : double(i);
                if (step > m_stepLimit)
                    continue;
                const double distance = std::hypot(m_plot->xAxis->coordToPixel(one.x[i]) - pixel.x(),
                                                   m_plot->yAxis->coordToPixel(one.y[i]) - pixel.y());
                if (distance < bestDistance) {
                    bestDistance = distance;
                    const auto spread = [&](const std::vector<double> &errors) {
                        return i < errors.size() ? QStringLiteral(" ± %1").arg(errors[i], 0, 'g', 3) : QString();
                    };
                    best = tr("%1, %2 %3: %4 = %5%6, %7 = %8%9 — %10")
                               .arg(fromStd(one.name), fromStd(plane->stepLabel.empty() ? std::string("step") : plane->stepLabel))
                               .arg(step, 0, 'g', 8)
                               .arg(fromStd(plane->xLabel)).arg(one.x[i], 0, 'g', 5).arg(spread(one.xError))
                               .arg(fromStd(plane->yLabel)).arg(one.y[i], 0, 'g', 5).arg(spread(one.yError))
                               .arg(fromStd(plane->title));
                }
            }
        m_readout->setText(best.isEmpty() ? tr("x = %1, y = %2").arg(x, 0, 'g', 5).arg(y, 0, 'g', 5) : best);
        return;
    }
    // Nearest drawn point within 12 px, over every graph and curve.
    double bestDistance = 12.0;
    QString best;
    for (int i = 0; i < m_plot->plottableCount(); ++i) {
        QCPAbstractPlottable *plottable = m_plot->plottable(i);
        const auto consider = [&](double px, double py) {
            const double dx = plottable->keyAxis()->coordToPixel(px) - pixel.x();
            const double dy = plottable->valueAxis()->coordToPixel(py) - pixel.y();
            const double distance = std::hypot(dx, dy);
            if (distance < bestDistance && std::isfinite(py)) {
                bestDistance = distance;
                best = tr("%1: x = %2, y = %3").arg(plottable->name()).arg(px, 0, 'g', 6).arg(py, 0, 'g', 6);
            }
        };
        if (auto *graph = qobject_cast<QCPGraph *>(plottable))
            for (const QCPGraphData &point : *graph->data())
                consider(point.key, point.value);
        else if (auto *curve = qobject_cast<QCPCurve *>(plottable))
            for (const QCPCurveData &point : *curve->data())
                consider(point.key, point.value);
    }
    m_readout->setText(best.isEmpty() ? tr("x = %1, y = %2").arg(x, 0, 'g', 5).arg(y, 0, 'g', 5) : best);
}

} // namespace ui

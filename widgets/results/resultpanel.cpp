#include "results/resultpanel.h"
#include "results/tablecellitem.h"
#include "io/atomicfile.h"
#include "results/resultcsv.h"

#include "i18n/coretext.h"

#include "koopman/koopmanlink.h"
#include "koopman/manifoldtimecursor.h"
#include "plot/informationplaneview.h"
#include "results/exportbutton.h"
#include "results/heatmapcontrols.h"
#include "results/linkedzoom.h"
#include "plot/plotview.h"
#include "plot/qcustomplotinclude.h"
#include "vtk/vtkview.h"
#include "vtk/vtkviewtoolbar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QDir>
#include <QMessageBox>
#include <QFileDialog>
#include <QScrollBar>
#include <QPushButton>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QWidgetAction>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {

/// `visibleRows`: rows shown before the table scrolls.
QTableWidget *makeTable(const core::TableResult &table, int visibleRows, QWidget *parent)
{
    auto *widget = new QTableWidget(int(table.rows.size()), int(table.columns.size()), parent);
    widget->setObjectName(QStringLiteral("table_") + QString::fromStdString(table.id));
    QStringList headers;
    for (const std::string &column : table.columns)
        headers << coreText(column);
    widget->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < int(table.rows.size()); ++r) {
        for (int c = 0; c < int(table.rows[r].size()) && c < int(table.columns.size()); ++c) {
            const core::TableCell &cell = table.rows[r][c];
            QString text;
            if (const auto *d = std::get_if<double>(&cell))
                text = QLocale().toString(*d, 'g', 8); // a decimal comma in German, as on the axes
            else if (const auto *i = std::get_if<std::int64_t>(&cell))
                text = QString::number(*i);
            else
                text = coreText(std::get<std::string>(cell));
            auto *item = new TableCellItem(text);
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            item->setData(TableCellItem::kRowRole, r);
            if (const auto *d = std::get_if<double>(&cell))
                item->setData(Qt::UserRole, *d);
            else if (const auto *i = std::get_if<std::int64_t>(&cell))
                item->setData(Qt::UserRole, double(*i));
            if (!std::holds_alternative<std::string>(cell))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            widget->setItem(r, c, item);
        }
    }
    // A click on a header sorts by that column (numbers by value); until then the result's order
    // (enabling sorting sorts at once by the indicator, so it points at no column first).
    widget->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    widget->setSortingEnabled(true);
    widget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    widget->verticalHeader()->setVisible(false);
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Heights from the rows as they will be drawn (the default section size underestimates them).
    widget->resizeRowsToContents();
    // Room for a horizontal scroll bar too: wide tables (segmentation metrics) get one.
    int height = widget->horizontalHeader()->sizeHint().height() + 2 * widget->frameWidth() + 2
                 + widget->horizontalScrollBar()->sizeHint().height();
    for (int r = 0; r < qMin(int(table.rows.size()), visibleRows); ++r)
        height += widget->rowHeight(r);
    widget->setMaximumHeight(height);
    widget->setMinimumHeight(qMin(height, 120));
    return widget;
}

/// The cells the grid will hold: one per view, one per group of series.
int plotCount(const std::vector<core::ResultItem> &items)
{
    int count = 0;
    std::string group;
    for (const core::ResultItem &item : items) {
        const auto *series = std::get_if<core::SeriesResult>(&item);
        const std::string itemGroup = series ? series->group : std::string();
        if (!std::holds_alternative<core::TableResult>(item) && (itemGroup.empty() || itemGroup != group))
            ++count;
        group = itemGroup;
    }
    return count;
}

} // namespace

ResultPanel::ResultPanel(std::shared_ptr<const core::Result> result, QWidget *parent)
    : QWidget(parent)
    , m_result(std::move(result))
{
    setObjectName(QStringLiteral("resultPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    if (!m_result->warnings.empty()) {
        // What the analysis changed or skipped (a threshold it had to choose, files it left out).
        QStringList lines;
        for (const std::string &warning : m_result->warnings)
            lines << coreText(warning).toHtmlEscaped();
        auto *warnings = new QLabel(QStringLiteral("⚠ ") + lines.join(QStringLiteral("<br>⚠ ")), this);
        warnings->setObjectName(QStringLiteral("resultWarnings"));
        warnings->setWordWrap(true);
        warnings->setTextFormat(Qt::RichText);
        warnings->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; border: 1px solid #e0c27a; padding: 4px; }"));
        layout->addWidget(warnings);
    }
    if (m_result->inputs.count("prediction") && m_result->inputs.count("truth")) {
        // Metrics of masks: the overlay viewer shows where they come from.
        auto *overlay = new QPushButton(tr("Open overlay viewer"), this);
        overlay->setObjectName(QStringLiteral("openOverlay"));
        overlay->setToolTip(tr("The image with the ground truth and the predictions as TP/FP/FN colours, with a "
                               "threshold slider and comparison of two models"));
        connect(overlay, &QPushButton::clicked, this, [this] { Q_EMIT overlayRequested(m_result); });
        layout->addWidget(overlay, 0, Qt::AlignLeft);
    }
    auto *splitter = new QSplitter(Qt::Vertical, this);
    layout->addWidget(splitter);

    auto *views = new QWidget(splitter);
    auto *grid = new QGridLayout(views);
    grid->setContentsMargins(0, 0, 0, 0);
    // The tables scroll in their pane: a claim of two or three lines and its table must never be cut
    // off when the plots take most of the height.
    auto *tablesScroll = new QScrollArea(splitter);
    tablesScroll->setObjectName(QStringLiteral("tablesScroll"));
    tablesScroll->setWidgetResizable(true);
    tablesScroll->setFrameShape(QFrame::NoFrame);
    auto *tables = new QWidget(tablesScroll);
    auto *tableLayout = new QVBoxLayout(tables);
    tableLayout->setContentsMargins(0, 0, 0, 0);

    // A result of tables alone (most estimators) gives them the whole panel; beside plots they are
    // kept short.
    const bool tablesOnly = std::all_of(m_result->items.begin(), m_result->items.end(), [](const core::ResultItem &item) {
        return std::holds_alternative<core::TableResult>(item);
    });
    int cell = 0;
    const int columns = plotCount(m_result->items) > 4 ? 3 : 2;
    QComboBox *groupChooser = nullptr; // the chooser of the plot the current group shares
    std::string group;
    for (const core::ResultItem &item : m_result->items) {
        QWidget *view = nullptr;
        const auto *grouped = std::get_if<core::SeriesResult>(&item);
        const std::string itemGroup = grouped ? grouped->group : std::string();
        if (groupChooser && !itemGroup.empty() && itemGroup == group) {
            groupChooser->addItem(coreText(grouped->title), QVariant::fromValue(groupChooser->count()));
            groupChooser->setItemData(groupChooser->count() - 1, QString::fromStdString(grouped->id), Qt::UserRole + 1);
            m_groupItems[groupChooser].push_back(item);
            continue;
        }
        groupChooser = nullptr;
        group = itemGroup;
        if (!itemGroup.empty()) {
            // One plot for the group (a histogram per metric), switched by a chooser above it.
            auto *plot = new PlotView(views);
            plot->showItem(item);
            plot->plot()->installEventFilter(this);
            m_plotViews.append(plot);
            groupChooser = new QComboBox(views);
            groupChooser->setObjectName(QStringLiteral("group_") + QString::fromStdString(itemGroup));
            groupChooser->setToolTip(tr("Which of these plots to show"));
            groupChooser->addItem(coreText(grouped->title), 0);
            groupChooser->setItemData(0, QString::fromStdString(grouped->id), Qt::UserRole + 1);
            m_groupItems[groupChooser] = {item};
            connect(groupChooser, &QComboBox::currentIndexChanged, plot, [this, plot, chooser = groupChooser](int index) {
                if (index >= 0)
                    plot->showItem(m_groupItems.at(chooser).at(std::size_t(index)));
            });
            grid->addWidget(wrapWithToolbar(plot, item, groupChooser), cell / columns, cell % columns);
            ++cell;
            continue;
        }
        if (const auto *plane = std::get_if<core::TrajectoryResult>(&item)) {
            auto *planeView = new InformationPlaneView(views);
            planeView->showTrajectories(*plane);
            planeView->plotView()->plot()->installEventFilter(this);
            m_plotViews.append(planeView->plotView());
            view = planeView;
        } else if (PlotView::canShow(item)) {
            auto *plot = new PlotView(views);
            plot->showItem(item);
            plot->plot()->installEventFilter(this);
            m_plotViews.append(plot);
            view = plot;
        } else if (std::holds_alternative<core::PointSetResult>(item)) {
            auto *vtk = new VtkView(views);
            vtk->showItem(item);
            m_vtkViews.append(vtk);
            view = ManifoldTimeCursor::attachIfTrajectories(vtk, withVtkToolbar(vtk));
        } else if (const auto *table = std::get_if<core::TableResult>(&item)) {
            auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(coreText(table->title).toHtmlEscaped()), tables);
            title->setWordWrap(true); // an example's claim is a sentence or two
            auto *csv = new QToolButton(tables);
            csv->setObjectName(QStringLiteral("exportTable_") + QString::fromStdString(table->id));
            csv->setText(tr("CSV…"));
            csv->setToolTip(tr("Save this table as CSV (all rows, full precision, in the result's order)"));
            connect(csv, &QToolButton::clicked, this, [this, item] { exportTableCsv(item); });
            auto *heading = new QHBoxLayout;
            heading->addWidget(title, 1);
            heading->addWidget(csv, 0, Qt::AlignTop);
            tableLayout->addLayout(heading);
            QTableWidget *tableView = makeTable(*table, tablesOnly ? 40 : 8, tables);
            connect(tableView, &QTableWidget::cellActivated, this, [this, tableView, id = table->id](int row, int) {
                if (QTableWidgetItem *first = tableView->item(row, 0))
                    Q_EMIT tableRowActivated(m_result, id, first->data(TableCellItem::kRowRole).toInt());
            });
            tableLayout->addWidget(tableView);
            continue;
        } else {
            auto *label = new QLabel(tr("%1: this kind of result has no view yet; export it with "
                                        "File > Save Workspace As… or infoscope-cli --out.")
                                         .arg(coreText(core::resultItemTitle(item))), views);
            label->setWordWrap(true);
            view = label;
        }
        grid->addWidget(wrapWithToolbar(view, item), cell / columns, cell % columns);
        ++cell;
    }
    tableLayout->addStretch(1);
    tablesScroll->setWidget(tables);
    if (tableLayout->count() <= 1)
        tablesScroll->hide();
    if (cell == 0)
        views->hide();
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    m_current = m_plotViews.isEmpty() ? nullptr : m_plotViews.first();
    KoopmanLink::connect(this);
    LinkedZoom::link(m_plotViews, this);
}

void ResultPanel::exportTableCsv(const core::ResultItem &item)
{
    const QString name = QString::fromStdString(core::resultItemId(item)) + QStringLiteral(".csv");
    QString path = QFileDialog::getSaveFileName(this, tr("Export table"), name, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QLatin1String(".csv");
    try {
        core::AtomicFile file(path.toStdString());
        core::writeCsv(item, file.stream());
        file.commit();
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Export failed"), tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), QString::fromUtf8(e.what())));
    }
}

QWidget *ResultPanel::wrapWithToolbar(QWidget *view, const core::ResultItem &item, QWidget *chooser)
{
    auto *frame = new QWidget(view->parentWidget());
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *bar = new QHBoxLayout;
    if (chooser) {
        chooser->setParent(frame);
        bar->addWidget(chooser);
    }
    bar->addStretch(1);
    PlotView *plot = qobject_cast<PlotView *>(view);
    if (auto *plane = qobject_cast<InformationPlaneView *>(view))
        plot = plane->plotView(); // the plane's controls sit below; export and reset act on its plot
    if (plot) {
        if (std::holds_alternative<core::HeatMapResult>(item)) {
            auto *threeD = new QToolButton(frame);
            threeD->setObjectName(QStringLiteral("show3d"));
            threeD->setText(tr("3-D"));
            threeD->setToolTip(tr("Show this map as a 3-D surface (height and colour: log10 of the value)"));
            const QString title = coreText(core::resultItemTitle(item));
            connect(threeD, &QToolButton::clicked, this, [this, item, title] { Q_EMIT show3dRequested(item, title); });
            bar->addWidget(HeatMapControls::makeButton(plot, frame));
            bar->addWidget(threeD);
        }
        auto *exportButton = makeExportButton(frame, [this, plot](const QString &format) { Q_EMIT exportRequested(plot, format); });
        bar->addWidget(exportButton);
        auto *reset = new QToolButton(frame);
        reset->setText(tr("Reset view"));
        reset->setToolTip(tr("Show all data again (also: double-click the plot)"));
        connect(reset, &QToolButton::clicked, plot, &PlotView::resetView);
        bar->addWidget(reset);
    }
    layout->addLayout(bar);
    layout->addWidget(view, 1);
    return frame;
}

void ResultPanel::keepZoomOf(const ResultPanel &previous)
{
    for (PlotView *view : std::as_const(m_plotViews)) {
        const core::ResultItem &item = view->item();
        if (!std::holds_alternative<core::HeatMapResult>(item) && !std::holds_alternative<core::ImageResult>(item))
            continue;
        for (const PlotView *old : previous.m_plotViews)
            if (core::resultItemId(old->item()) == core::resultItemId(item) && old->item().index() == item.index()) {
                const QCPRange x = old->plot()->xAxis->range(), y = old->plot()->yAxis->range();
                view->plot()->xAxis->setRange(x);
                view->plot()->yAxis->setRange(y);
                // Square cells are fitted to "cellExtent" whenever the view is laid out: fit the zoom
                // instead of the whole frame (Reset view restores the frame).
                if (view->plot()->property("cellExtent").isValid())
                    view->plot()->setProperty("cellExtent", QRectF(QPointF(x.lower, y.lower), QPointF(x.upper, y.upper)).normalized());
                view->plot()->replot();
                break;
            }
    }
}

PlotView *ResultPanel::currentPlotView() const
{
    return m_current;
}

bool ResultPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::FocusIn) {
        for (PlotView *view : std::as_const(m_plotViews))
            if (static_cast<QObject *>(view->plot()) == watched)
                m_current = view;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ui

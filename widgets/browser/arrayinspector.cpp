#include "browser/arrayinspector.h"

#include "browser/sourceitems.h"
#include "data/arraycollection.h"
#include "data/arrayslice.h"
#include "plot/plotview.h"
#include "results/heatmapcontrols.h"
#include "plot/qcustomplotinclude.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>
#include <QtConcurrent/QtConcurrentRun>

namespace ui {

ArrayInspector::ArrayInspector(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_rowAxis(new QComboBox(this))
    , m_columnAxis(new QComboBox(this))
    , m_indexLayout(new QHBoxLayout)
    , m_sliceStatistics(new QLabel(this))
    , m_plot(new PlotView(this))
    , m_watcher(new QFutureWatcher<Loaded>(this))
{
    setObjectName(QStringLiteral("arrayInspector"));
    m_title->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_message->hide();
    m_sliceStatistics->setObjectName(QStringLiteral("sliceStatistics"));
    m_sliceStatistics->setWordWrap(true);
    m_sliceStatistics->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sliceStatistics->setToolTip(tr("Statistics of the slice shown below, over its finite values; NaN and ±Inf are counted"));
    m_rowAxis->setToolTip(tr("Axis drawn downwards (rows of the heat map)"));
    m_columnAxis->setToolTip(tr("Axis drawn across (columns of the heat map)"));

    auto *axes = new QHBoxLayout;
    axes->addWidget(new QLabel(tr("Rows:"), this));
    axes->addWidget(m_rowAxis);
    axes->addWidget(new QLabel(tr("Columns:"), this));
    axes->addWidget(m_columnAxis);
    axes->addStretch(1);
    axes->addWidget(HeatMapControls::makeButton(m_plot, this)); // colour map and contrast
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(axes);
    layout->addLayout(m_indexLayout);
    layout->addWidget(m_message);
    layout->addWidget(m_sliceStatistics);
    layout->addWidget(m_plot, 1);
    m_title->setText(tr("Select an array in the workspace to see it here."));

    connect(m_rowAxis, &QComboBox::currentIndexChanged, this, &ArrayInspector::rebuildControls);
    connect(m_columnAxis, &QComboBox::currentIndexChanged, this, &ArrayInspector::rebuildControls);
    connect(m_watcher, &QFutureWatcher<Loaded>::finished, this, [this] {
        const Loaded loaded = m_watcher->result();
        if (!loaded.error.isEmpty()) {
            m_message->setText(loaded.error);
            m_message->show();
            return;
        }
        inspectTensor(loaded.tensor, m_titleText);
    });
}

ArrayInspector::~ArrayInspector()
{
    m_watcher->waitForFinished();
}

void ArrayInspector::inspect(std::shared_ptr<const core::ArrayCollection> arrays, const QString &name, const QString &title)
{
    m_titleText = title;
    m_title->setText(tr("Reading %1…").arg(title));
    m_message->hide();
    const std::string key = name.toStdString();
    m_watcher->setFuture(QtConcurrent::run([arrays, key]() -> Loaded {
        try {
            return {arrays->load(key), {}};
        } catch (const std::exception &error) {
            return {{}, QString::fromStdString(error.what())};
        }
    }));
}

void ArrayInspector::inspectTensor(const core::Tensor &tensor, const QString &title)
{
    m_tensor = tensor;
    m_titleText = title;
    m_title->setText(QStringLiteral("<b>%1</b> &nbsp; %2 &nbsp; %3")
                         .arg(title.toHtmlEscaped(), shapeText(tensor.shape()), QString::fromStdString(core::dtypeName(tensor.dtype()))));
    m_message->hide();
    const QSignalBlocker rowBlocker(m_rowAxis), columnBlocker(m_columnAxis);
    m_rowAxis->clear();
    m_columnAxis->clear();
    for (int axis = 0; axis < tensor.ndim(); ++axis) {
        const QString label = tr("axis %1 (%2)").arg(axis).arg(tensor.dim(axis));
        m_rowAxis->addItem(label, axis);
        m_columnAxis->addItem(label, axis);
    }
    // Default: the last two axes, as numpy prints an array.
    m_rowAxis->setCurrentIndex(std::max(0, tensor.ndim() - 2));
    m_columnAxis->setCurrentIndex(std::max(0, tensor.ndim() - 1));
    m_rowAxis->setEnabled(tensor.ndim() >= 2);
    m_columnAxis->setEnabled(tensor.ndim() >= 2);
    rebuildControls();
}

void ArrayInspector::rebuildControls()
{
    m_indices.clear(); // the spin boxes are in the layout and go with it
    while (QLayoutItem *item = m_indexLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int rowAxis = m_rowAxis->currentData().toInt();
    const int columnAxis = m_columnAxis->currentData().toInt();
    for (int axis = 0; axis < m_tensor.ndim(); ++axis) {
        if (m_tensor.ndim() < 2 || axis == rowAxis || axis == columnAxis) { // shown, not indexed
            m_indices.append(nullptr);
            continue;
        }
        auto *label = new QLabel(tr("axis %1:").arg(axis), this);
        auto *spin = new QSpinBox(this);
        spin->setRange(0, int(std::min<std::int64_t>(m_tensor.dim(axis) - 1, std::numeric_limits<int>::max())));
        spin->setToolTip(tr("Index along axis %1 (0 … %2)").arg(axis).arg(m_tensor.dim(axis) - 1));
        m_indexLayout->addWidget(label);
        m_indexLayout->addWidget(spin);
        connect(spin, &QSpinBox::valueChanged, this, &ArrayInspector::render);
        m_indices.append(spin);
    }
    m_indexLayout->addStretch(1);
    render();
}

void ArrayInspector::render()
{
    if (m_tensor.isNull())
        return;
    core::SliceSpec spec;
    spec.rowAxis = m_rowAxis->currentData().toInt();
    spec.columnAxis = m_columnAxis->currentData().toInt();
    for (QSpinBox *spin : m_indices)
        spec.index.push_back(spin ? spin->value() : 0);
    try {
        m_message->hide(); // sliceAsHeatMap says what is wrong with the axes or indices
        // The header above already names the array; the plot title only says when rows are subsampled.
        const core::HeatMapResult slice = core::sliceAsHeatMap(m_tensor, spec, std::string());
        m_plot->showItem(slice);
        showSliceStatistics(slice.values);
        m_plot->plot()->yAxis->setRangeReversed(true); // row 0 at the top, as numpy prints a matrix
        m_plot->plot()->replot();
        Q_EMIT sliceShown();
    } catch (const std::exception &error) {
        m_message->setText(QString::fromStdString(error.what()));
        m_message->show();
    }
}

void ArrayInspector::showSliceStatistics(const std::vector<double> &values)
{
    // Two passes (mean, then the spread about it) for a std that keeps its digits when |mean| >> std.
    double sum = 0.0, low = INFINITY, high = -INFINITY;
    std::int64_t finite = 0, nonFinite = 0;
    for (double v : values) {
        if (!std::isfinite(v)) {
            ++nonFinite;
            continue;
        }
        ++finite;
        sum += v;
        low = std::min(low, v);
        high = std::max(high, v);
    }
    const double mean = finite ? sum / double(finite) : NAN;
    double squares = 0.0;
    for (double v : values)
        if (std::isfinite(v))
            squares += (v - mean) * (v - mean);
    const double std = finite ? std::sqrt(squares / double(finite)) : NAN; // population std, as numpy's default
    const QLocale locale;
    m_sliceStatistics->setText(tr("Slice: min %1, max %2, mean %3, std %4, NaN/Inf %5")
                                   .arg(locale.toString(low, 'g', 5), locale.toString(high, 'g', 5),
                                        locale.toString(mean, 'g', 5), locale.toString(std, 'g', 5))
                                   .arg(nonFinite));
}

} // namespace ui

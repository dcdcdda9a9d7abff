#include "overlay/overlayviewer.h"

#include "analyses/segmentation/maskplane.h"
#include "errors/analysiserror.h"
#include "overlay/overlaycanvas.h"
#include "overlay/overlaylayers.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QSlider>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace ui {

namespace {

constexpr int kSliderSteps = 1000;

QString number(double value)
{
    return std::isinf(value) ? QStringLiteral("∞") : QLocale().toString(value, 'g', 4);
}

QString swatch(const QColor &colour, const QString &text)
{
    return QStringLiteral("<span style='background:%1'>&nbsp;&nbsp;&nbsp;</span>&nbsp;%2&nbsp;&nbsp;")
        .arg(colour.name(), text.toHtmlEscaped());
}

} // namespace

OverlayViewer::OverlayViewer(QWidget *parent)
    : QWidget(parent)
    , m_canvas(new OverlayCanvas(this))
    , m_second(new OverlayCanvas(this))
    , m_showBox(new QComboBox(this))
    , m_drawBox(new QComboBox(this))
    , m_compareBox(new QComboBox(this))
    , m_modelA(new QComboBox(this))
    , m_modelB(new QComboBox(this))
    , m_opacitySlider(new QSlider(Qt::Horizontal, this))
    , m_thresholdSlider(new QSlider(Qt::Horizontal, this))
    , m_thresholdLabel(new QLabel(this))
    , m_metricsLabel(new QLabel(this))
    , m_readout(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_showLabel(new QLabel(this))
    , m_drawLabel(new QLabel(this))
    , m_opacityLabel(new QLabel(this))
    , m_thresholdTitle(new QLabel(this))
    , m_compareLabel(new QLabel(this))
    , m_flicker(new QTimer(this))
{
    setObjectName(QStringLiteral("overlayViewer"));
    m_canvas->setObjectName(QStringLiteral("overlayCanvas"));
    m_second->setObjectName(QStringLiteral("overlayCanvasB"));
    m_second->hide();
    m_showBox->setObjectName(QStringLiteral("overlayShow"));
    m_drawBox->setObjectName(QStringLiteral("overlayDraw"));
    m_compareBox->setObjectName(QStringLiteral("overlayCompare"));
    m_thresholdSlider->setObjectName(QStringLiteral("overlayThreshold"));
    m_opacitySlider->setObjectName(QStringLiteral("overlayOpacity"));
    m_metricsLabel->setObjectName(QStringLiteral("overlayMetrics"));
    m_readout->setObjectName(QStringLiteral("overlayReadout"));
    m_opacitySlider->setRange(0, 100);
    m_opacitySlider->setValue(50);
    m_thresholdSlider->setRange(0, kSliderSteps);
    m_metricsLabel->setTextFormat(Qt::RichText);
    m_metricsLabel->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_flicker->setInterval(600);

    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("overlayExport"));
    auto *fit = new QToolButton(this);
    fit->setObjectName(QStringLiteral("overlayFit"));

    auto *controls = new QGridLayout;
    controls->addWidget(m_showLabel, 0, 0);
    controls->addWidget(m_showBox, 0, 1);
    controls->addWidget(m_drawLabel, 0, 2);
    controls->addWidget(m_drawBox, 0, 3);
    controls->addWidget(m_opacityLabel, 0, 4);
    controls->addWidget(m_opacitySlider, 0, 5);
    controls->addWidget(fit, 0, 6);
    controls->addWidget(exportButton, 0, 7);
    controls->addWidget(m_compareLabel, 1, 0);
    controls->addWidget(m_compareBox, 1, 1);
    controls->addWidget(m_modelA, 1, 2);
    controls->addWidget(m_modelB, 1, 3);
    controls->addWidget(m_thresholdTitle, 1, 4);
    controls->addWidget(m_thresholdSlider, 1, 5);
    controls->addWidget(m_thresholdLabel, 1, 6, 1, 2);
    controls->setColumnStretch(5, 1);
    auto *views = new QHBoxLayout;
    views->addWidget(m_canvas, 1);
    views->addWidget(m_second, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(views, 1);
    layout->addWidget(m_legend);
    layout->addWidget(m_metricsLabel);
    layout->addWidget(m_readout);

    const auto update = [this] { refresh(); };
    connect(m_showBox, &QComboBox::currentIndexChanged, this, [this](int index) { setShow(Show(index)); });
    connect(m_drawBox, &QComboBox::currentIndexChanged, this, [this](int index) { setContours(index == 1); });
    connect(m_compareBox, &QComboBox::currentIndexChanged, this, [this](int index) { setCompare(Compare(index)); });
    connect(m_modelA, &QComboBox::currentIndexChanged, this, update);
    connect(m_modelB, &QComboBox::currentIndexChanged, this, update);
    connect(m_opacitySlider, &QSlider::valueChanged, this, [this](int value) { setOpacity(value / 100.0); });
    connect(m_thresholdSlider, &QSlider::valueChanged, this, [this](int value) {
        const double threshold = m_low + (m_high - m_low) * value / kSliderSteps;
        if (sliderFor(m_threshold) != value)
            setThreshold(threshold);
    });
    connect(m_flicker, &QTimer::timeout, this, [this] {
        m_flickerB = !m_flickerB;
        m_canvas->setFlickerShowsB(m_flickerB);
    });
    // Side by side: one view, two canvases.
    connect(m_canvas, &OverlayCanvas::viewChanged, m_second, [this](double zoom, const QPointF &origin) {
        if (m_second->isVisible())
            m_second->setView(zoom, origin);
    });
    connect(m_second, &OverlayCanvas::viewChanged, m_canvas, [this](double zoom, const QPointF &origin) {
        if (m_second->isVisible()) // a hidden canvas fits itself to its own size: not a view to share
            m_canvas->setView(zoom, origin);
    });
    connect(m_canvas, &OverlayCanvas::pixelHovered, this, &OverlayViewer::updateReadout);
    connect(m_second, &OverlayCanvas::pixelHovered, this, &OverlayViewer::updateReadout);
    connect(fit, &QToolButton::clicked, this, [this] {
        m_canvas->fitToView();
        m_second->fitToView();
    });
    connect(exportButton, &QToolButton::clicked, this, &OverlayViewer::exportPng);
    retranslate();
}

void OverlayViewer::setImage(const core::Tensor &image)
{
    m_image = image;
    updateBackground();
    refresh();
}

void OverlayViewer::setTruth(const core::Tensor &truth)
{
    m_truth = core::maskPlane(truth, tr("the ground truth").toStdString());
    updateBackground();
    refresh();
}

void OverlayViewer::updateBackground()
{
    // Converted once: the threshold slider redraws only the layers.
    if (m_truth.size() > 0)
        m_background = overlayBackground(m_image, m_truth);
}

void OverlayViewer::addPrediction(const QString &name, const core::Tensor &prediction)
{
    Eigen::MatrixXd plane = core::maskPlane(prediction, tr("prediction %1").arg(name).toStdString());
    if (m_truth.size() > 0 && (plane.rows() != m_truth.rows() || plane.cols() != m_truth.cols()))
        throw core::AnalysisError(tr("%1 is %2 × %3 pixels but the ground truth is %4 × %5")
                                      .arg(name).arg(plane.rows()).arg(plane.cols()).arg(m_truth.rows()).arg(m_truth.cols())
                                      .toStdString());
    m_names.push_back(name);
    m_predictions.push_back(std::move(plane));
    // The slider spans every prediction's values; probabilities start at 0.5, masks at 0.
    m_low = std::min(0.0, m_predictions.front().minCoeff());
    m_high = m_low + 1.0;
    bool fractional = false;
    for (const Eigen::MatrixXd &p : m_predictions) {
        m_low = std::min(m_low, p.minCoeff());
        m_high = std::max(m_high, p.maxCoeff());
        fractional = fractional || (p.array() != p.array().floor()).any();
    }
    if (m_predictions.size() == 1)
        m_threshold = fractional && m_high <= 1.0 && m_low >= 0.0 ? 0.5 : 0.0;
    try {
        std::vector<const Eigen::MatrixXd *> planes = {&m_truth};
        for (const Eigen::MatrixXd &p : m_predictions)
            planes.push_back(&p);
        m_labels = fractional ? std::vector<double>{} : core::labelValues(planes, 255);
    } catch (const core::AnalysisError &) {
        m_labels.clear(); // not label maps: one foreground colour
    }
    for (QComboBox *box : {m_modelA, m_modelB}) {
        const QSignalBlocker block(box);
        box->addItem(name);
    }
    if (m_predictions.size() == 2)
        m_modelB->setCurrentIndex(1);
    refresh();
}

void OverlayViewer::setShow(Show show)
{
    m_show = show;
    if (m_showBox->currentIndex() != int(show))
        m_showBox->setCurrentIndex(int(show));
    refresh();
}

void OverlayViewer::setContours(bool contours)
{
    m_contours = contours;
    if (m_drawBox->currentIndex() != int(contours))
        m_drawBox->setCurrentIndex(int(contours));
    refresh();
}

void OverlayViewer::setOpacity(double opacity)
{
    m_opacity = opacity;
    m_canvas->setOpacity(opacity);
    m_second->setOpacity(opacity);
    if (m_opacitySlider->value() != int(std::lround(opacity * 100)))
        m_opacitySlider->setValue(int(std::lround(opacity * 100)));
}

void OverlayViewer::setThreshold(double threshold)
{
    m_threshold = threshold;
    const QSignalBlocker block(m_thresholdSlider);
    m_thresholdSlider->setValue(sliderFor(threshold));
    refresh();
}

void OverlayViewer::setCompare(Compare compare)
{
    m_compare = compare;
    if (m_compareBox->currentIndex() != int(compare))
        m_compareBox->setCurrentIndex(int(compare));
    m_second->setVisible(compare == Compare::SideBySide);
    m_canvas->setCompare(compare == Compare::Swipe ? OverlayCanvas::Compare::Swipe
                         : compare == Compare::Flicker ? OverlayCanvas::Compare::Flicker
                                                       : OverlayCanvas::Compare::None);
    if (compare == Compare::Flicker)
        m_flicker->start();
    else
        m_flicker->stop();
    if (compare == Compare::SideBySide)
        QTimer::singleShot(0, this, [this] { m_canvas->fitToView(); });
    refresh();
}

int OverlayViewer::sliderFor(double threshold) const
{
    return int(std::lround((threshold - m_low) / (m_high - m_low) * kSliderSteps));
}

core::BinaryMask OverlayViewer::maskOf(const Eigen::MatrixXd &plane) const
{
    return core::thresholdMask(plane, m_threshold);
}

QImage OverlayViewer::layerFor(int index) const
{
    if (index < 0 || index >= int(m_predictions.size()) || m_truth.size() == 0)
        return {};
    const Eigen::MatrixXd &prediction = m_predictions[std::size_t(index)];
    switch (m_show) {
    case Show::Errors:
        return errorLayer(maskOf(prediction), maskOf(m_truth), m_contours);
    case Show::Prediction:
        return m_labels.empty() ? classLayer((prediction.array() > m_threshold).cast<double>().matrix(), {1.0}, m_contours)
                                : classLayer(prediction, m_labels, m_contours);
    case Show::Truth:
        return m_labels.empty() ? classLayer((m_truth.array() > m_threshold).cast<double>().matrix(), {1.0}, m_contours)
                                : classLayer(m_truth, m_labels, m_contours);
    }
    return {};
}

void OverlayViewer::refresh()
{
    if (m_truth.size() == 0)
        return;
    const int a = m_modelA->currentIndex(), b = m_modelB->currentIndex();
    m_canvas->setImage(m_background);
    m_second->setImage(m_background);
    const QImage layerA = layerFor(a), layerB = layerFor(b);
    m_canvas->setLayers(layerA, m_compare == Compare::Swipe || m_compare == Compare::Flicker ? layerB : QImage());
    m_second->setLayers(layerB);
    m_canvas->setOpacity(m_opacity);
    m_second->setOpacity(m_opacity);

    m_metrics.clear();
    for (const Eigen::MatrixXd &prediction : m_predictions)
        m_metrics.push_back(core::segmentationMetrics(maskOf(prediction), maskOf(m_truth), core::SegmentationOptions()));
    QStringList lines;
    for (int i = 0; i < int(m_metrics.size()); ++i) {
        if (i != a && !(m_compare != Compare::None && i == b))
            continue;
        const core::SegmentationMetrics &m = m_metrics[std::size_t(i)];
        lines << tr("<b>%1</b>: Dice %2 · IoU %3 · precision %4 · recall %5 · HD95 %6 px · TP %7 · FP %8 · FN %9")
                     .arg(m_names[std::size_t(i)].toHtmlEscaped(), number(m.dice), number(m.iou), number(m.precision),
                          number(m.recall), number(m.hd95Pooled))
                     .arg(m.tp)
                     .arg(m.fp)
                     .arg(m.fn);
    }
    m_metricsLabel->setText(lines.join(QStringLiteral("<br>")));
    m_thresholdLabel->setText(tr("value > %1").arg(number(m_threshold)));
    const bool compare = m_predictions.size() > 1;
    m_compareBox->setEnabled(compare);
    m_modelB->setEnabled(compare && m_compare != Compare::None);
    if (m_show == Show::Errors)
        m_legend->setText(swatch(OverlayColours::truePositive(), tr("true positive"))
                          + swatch(OverlayColours::falsePositive(), tr("false positive"))
                          + swatch(OverlayColours::falseNegative(), tr("false negative")));
    else {
        QString legend;
        const std::vector<double> classes = m_labels.empty() ? std::vector<double>{1.0} : m_labels;
        for (std::size_t i = 0; i < classes.size() && i < 12; ++i)
            legend += swatch(OverlayColours::forClass(int(i)), tr("class %1").arg(classes[i]));
        m_legend->setText(legend);
    }
    Q_EMIT metricsChanged();
}

void OverlayViewer::updateReadout(int row, int column)
{
    if (row < 0 || m_truth.size() == 0) {
        m_readout->clear();
        return;
    }
    QString text = tr("x %1, y %2").arg(column).arg(row);
    if (m_image.numel() > 0 && m_image.dim(0) == m_truth.rows() && m_image.dim(1) == m_truth.cols()) {
        QStringList values;
        const int channels = m_image.ndim() == 3 ? int(m_image.dim(2)) : 1;
        for (int ch = 0; ch < channels; ++ch)
            values << number(m_image.ndim() == 3 ? m_image.valueAt({row, column, ch}) : m_image.valueAt({row, column}));
        text += tr(" · image %1").arg(values.join(QStringLiteral(", ")));
    }
    text += tr(" · truth %1").arg(number(m_truth(row, column)));
    for (std::size_t i = 0; i < m_predictions.size(); ++i)
        text += QStringLiteral(" · %1 %2").arg(m_names[i], number(m_predictions[i](row, column)));
    m_readout->setText(text);
}

QImage OverlayViewer::composite(int index, int scale) const
{
    return overlayComposite(m_background, layerFor(index), m_opacity, scale);
}

void OverlayViewer::exportPng()
{
    if (m_predictions.empty())
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Export overlay"), QStringLiteral("overlay.png"),
                                                tr("PNG files (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QLatin1String(".png");
    // Whole pixels, at least about 1000 px wide, so that a small mask stays sharp in print.
    const int scale = std::max(1, int(std::ceil(1000.0 / std::max<Eigen::Index>(1, m_truth.cols()))));
    if (!composite(m_modelA->currentIndex(), scale).save(path, "PNG"))
        QMessageBox::warning(this, tr("Export failed"), tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
}

void OverlayViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OverlayViewer::retranslate()
{
    const QSignalBlocker blockShow(m_showBox), blockDraw(m_drawBox), blockCompare(m_compareBox);
    m_showBox->clear();
    m_showBox->addItems({tr("Errors (TP/FP/FN)"), tr("Prediction"), tr("Ground truth")});
    m_showBox->setCurrentIndex(int(m_show));
    m_drawBox->clear();
    m_drawBox->addItems({tr("Fills"), tr("Contours")});
    m_drawBox->setCurrentIndex(m_contours ? 1 : 0);
    m_compareBox->clear();
    m_compareBox->addItems({tr("One model"), tr("Side by side"), tr("Swipe"), tr("Flicker")});
    m_compareBox->setCurrentIndex(int(m_compare));
    m_showLabel->setText(tr("Show:"));
    m_drawLabel->setText(tr("Draw:"));
    m_opacityLabel->setText(tr("Opacity:"));
    m_thresholdTitle->setText(tr("Threshold:"));
    m_compareLabel->setText(tr("Compare:"));
    m_thresholdSlider->setToolTip(tr("Foreground = value > threshold, for probability maps and logits; overlay and "
                                     "metrics follow as it moves"));
    m_compareBox->setToolTip(tr("Two predictions side by side (linked zoom), as a swipe (drag the divider: the first "
                                "model left, the second right) or flickering between them"));
    m_metricsLabel->setToolTip(tr("Dice = 2TP/(2TP+FP+FN), IoU = TP/(TP+FP+FN), precision = TP/(TP+FP), recall = "
                                  "TP/(TP+FN) (0/0 = 1); HD95: 95th percentile of the border distances of both masks "
                                  "(pooled, medpy); ∞ when exactly one mask is empty"));
    if (auto *button = findChild<QToolButton *>(QStringLiteral("overlayExport"))) {
        button->setText(tr("Export PNG…"));
        button->setToolTip(tr("The image with the first model's overlay, in whole pixels, about 1000 px wide"));
    }
    if (auto *button = findChild<QToolButton *>(QStringLiteral("overlayFit"))) {
        button->setText(tr("Fit"));
        button->setToolTip(tr("Show the whole image (wheel: zoom about the cursor; drag: pan)"));
    }
    refresh();
}

} // namespace ui

// The figure pipeline (issue 9): every drawable result kind is laid out once at a physical size, and
// PNG at 72, 150 and 300 dpi, SVG and PDF are that one layout. A recording paint device captures where
// every text is really drawn: each must lie inside the canvas, and the layouts must agree in inches.
#include "figure/figureexportdialog.h"
#include "plot/figureexporter.h"
#include "plot/plotview.h"
#include "plot/qcustomplotinclude.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QPaintEngine>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <memory>

namespace {

/// Records the device rectangle of every text drawn on it (and draws nothing).
class TextRecordingEngine : public QPaintEngine
{
public:
    TextRecordingEngine() : QPaintEngine(QPaintEngine::AllFeatures) {}
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override {}
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawPath(const QPainterPath &) override {}
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override {}
    Type type() const override { return QPaintEngine::User; }
    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        if (item.text().trimmed().isEmpty())
            return;
        const QRectF rect(p.x(), p.y() - item.ascent(), item.width(), item.ascent() + item.descent());
        texts.append({item.text(), state->transform().mapRect(rect)});
    }
    QList<QPair<QString, QRectF>> texts;
};

/// A device of `pixels` whose fonts resolve at the layout dpi, as FigureExporter paints a PNG.
class TextRecordingDevice : public QPaintDevice
{
public:
    explicit TextRecordingDevice(QSize pixels) : m_pixels(pixels) {}
    QPaintEngine *paintEngine() const override { return &m_engine; }
    QList<QPair<QString, QRectF>> texts() const { return m_engine.texts; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        const int dpi = qRound(ui::FigureExporter::layoutDpi());
        switch (metric) {
        case PdmWidth: return m_pixels.width();
        case PdmHeight: return m_pixels.height();
        case PdmWidthMM: return qRound(m_pixels.width() * 25.4 / dpi);
        case PdmHeightMM: return qRound(m_pixels.height() * 25.4 / dpi);
        case PdmDpiX: case PdmDpiY: case PdmPhysicalDpiX: case PdmPhysicalDpiY: return dpi;
        case PdmDepth: return 32;
        case PdmNumColors: return INT_MAX;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(QPaintDevice::devicePixelRatioFScale());
        default: return 0;
        }
    }

private:
    QSize m_pixels;
    mutable TextRecordingEngine m_engine;
};

core::SeriesResult manyCurves()
{
    core::SeriesResult s;
    s.id = "curves";
    s.title = "Mutual information of five estimators against the number of samples";
    s.xLabel = "samples N";
    s.yLabel = "I(X;Y) [nats]";
    s.logX = true;
    s.logY = true;
    for (int k = 0; k < 5; ++k) {
        core::Series one{"estimator number " + std::to_string(k), {}, {}};
        for (int i = 0; i < 12; ++i) {
            one.x.push_back(std::pow(10.0, 1 + i * 0.3));
            one.y.push_back(0.01 * (k + 1) * std::pow(1.5, i));
        }
        s.series.push_back(one);
    }
    return s;
}

core::HeatMapResult heatMap(bool logScale)
{
    core::HeatMapResult h;
    h.id = "amplitude";
    h.title = "Amplitude spectrum";
    h.xLabel = "fx [cycles/pixel]";
    h.yLabel = "fy [cycles/pixel]";
    h.valueLabel = "|F| (orthonormal DFT)";
    h.rows = 33;
    h.cols = 33;
    h.logScale = logScale;
    for (int r = 0; r < h.rows; ++r)
        for (int c = 0; c < h.cols; ++c)
            h.values.push_back(1e4 / (1.0 + (r - 16) * (r - 16) + (c - 16) * (c - 16)) - (logScale ? 0 : 5000));
    h.xMin = h.yMin = -0.5;
    h.xMax = h.yMax = 0.5;
    return h;
}

core::TrajectoryResult plane()
{
    core::TrajectoryResult t;
    t.id = "plane";
    t.title = "Information plane (binning)";
    t.xLabel = "I(X;T) [bits]";
    t.yLabel = "I(T;Y) [bits]";
    t.stepLabel = "epoch";
    for (int layer = 0; layer < 6; ++layer) {
        core::Trajectory one{"fc" + std::to_string(layer + 1), {}, {}, {}, {}, {}};
        for (int step = 0; step < 200; step += 5) {
            one.x.push_back(12.0 - layer - 2.0 * std::exp(-step / 50.0) * layer / 6.0);
            one.y.push_back(1.0 - std::exp(-step / 30.0) / (layer + 1));
            one.step.push_back(step);
        }
        t.trajectories.push_back(one);
    }
    return t;
}

core::EigenvalueResult eigenvalues()
{
    core::EigenvalueResult e;
    e.id = "eigenvalues";
    e.title = "DMD eigenvalues";
    for (int k = 0; k < 10; ++k)
        e.values.push_back(std::polar(0.95, 0.3 * k));
    return e;
}

QList<core::ResultItem> drawableKinds()
{
    core::SeriesResult scatter = manyCurves();
    scatter.style = core::SeriesResult::Style::Scatter;
    scatter.series.resize(2);
    scatter.logX = scatter.logY = false;
    core::SeriesResult histogram;
    histogram.id = "null-distribution";
    histogram.title = "Permutation null of I(X;Y) (100 surrogates)";
    histogram.xLabel = "I(X;Y) [nats]";
    histogram.yLabel = "surrogates";
    histogram.style = core::SeriesResult::Style::Bars;
    histogram.series = {{"null (shuffled)", {-0.01, 0.0, 0.01, 0.02}, {10, 50, 30, 10}}};
    histogram.markers = {{"estimate 0.222 nats, p = 0.0099", 0.222}};
    return {manyCurves(), scatter, heatMap(true), heatMap(false), plane(), eigenvalues(), histogram};
}

ui::FigureSpec spec(const QString &preset, int dpi)
{
    ui::FigureSpec figure = ui::FigureSpec::preset(preset);
    figure.dpi = dpi;
    return figure;
}

// The texts of one item rendered at `figure`'s size on a device of `pixels`, in inches.
QList<QPair<QString, QRectF>> textsInInches(ui::PlotView &view, const ui::FigureSpec &figure, QSize pixels)
{
    TextRecordingDevice device(pixels);
    {
        QCPPainter painter(&device);
        ui::FigureExporter::render(view.plot(), &painter, QSizeF(pixels), figure);
    }
    const double perInch = pixels.width() / figure.widthInches;
    QList<QPair<QString, QRectF>> inches;
    for (const auto &[text, rect] : device.texts())
        inches.append({text, QRectF(rect.topLeft() / perInch, rect.size() / perInch)});
    return inches;
}

} // namespace

class TestFigureExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void textLiesInsideTheCanvasAndLayoutsAgree_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<int>("kind");
        const QList<core::ResultItem> kinds = drawableKinds();
        for (const QString &preset : ui::FigureSpec::presetIds())
            for (int kind = 0; kind < kinds.size(); ++kind)
                QTest::addRow("%s %s %d", qPrintable(preset), core::resultItemId(kinds[kind]).c_str(), kind) << preset << kind;
    }

    void textLiesInsideTheCanvasAndLayoutsAgree()
    {
        QFETCH(QString, preset);
        QFETCH(int, kind);
        ui::PlotView view;
        view.resize(700, 500); // the screen layout differs from every figure's
        QVERIFY(view.showItem(drawableKinds()[kind]));
        QList<QPair<QString, QRectF>> reference;
        for (int dpi : {72, 150, 300}) {
            const ui::FigureSpec figure = spec(preset, dpi);
            const QList<QPair<QString, QRectF>> texts = textsInInches(view, figure, figure.pixelSize());
            QVERIFY2(texts.size() >= 5, qPrintable(QString::number(texts.size()))); // title, labels, ticks
            const QRectF canvas(0, 0, figure.widthInches, figure.heightInches);
            for (const auto &[text, rect] : texts)
                QVERIFY2(canvas.adjusted(-1e-3, -1e-3, 1e-3, 1e-3).contains(rect),
                         qPrintable(QStringLiteral("%1 dpi: '%2' at (%3, %4) %5 x %6 in leaves the %7 x %8 in canvas")
                                        .arg(dpi).arg(text).arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height())
                                        .arg(canvas.width()).arg(canvas.height())));
            if (reference.isEmpty()) {
                reference = texts;
                continue;
            }
            QCOMPARE(texts.size(), reference.size());
            for (int i = 0; i < texts.size(); ++i) {
                QCOMPARE(texts[i].first, reference[i].first);
                const QRectF a = texts[i].second, b = reference[i].second;
                const double off = qMax(qMax(qAbs(a.left() - b.left()), qAbs(a.top() - b.top())),
                                        qMax(qAbs(a.right() - b.right()), qAbs(a.bottom() - b.bottom())));
                // One pixel at 72 dpi: the PNG's size and the layout's are rounded to whole pixels.
                QVERIFY2(off < 1.0 / 72, qPrintable(QStringLiteral("'%1' moved %2 in between 72 and %3 dpi").arg(texts[i].first).arg(off).arg(dpi)));
            }
        }
        // SVG and PDF paint the same layout in layout pixels (scale 1).
        const ui::FigureSpec figure = spec(preset, 300);
        const QSizeF logical = figure.sizeAt(ui::FigureExporter::layoutDpi());
        const QList<QPair<QString, QRectF>> vector = textsInInches(view, figure, QSize(qRound(logical.width()), qRound(logical.height())));
        QCOMPARE(vector.size(), reference.size());
        for (int i = 0; i < vector.size(); ++i)
            QVERIFY2((vector[i].second.center() - reference[i].second.center()).manhattanLength() < 0.02,
                     qPrintable(vector[i].first));
        // Text really keeps its size in points: the typical (median) text is as high as the font's line.
        QList<double> heights;
        for (const auto &[text, rect] : reference)
            heights.append(qMin(rect.width(), rect.height()));
        std::sort(heights.begin(), heights.end());
        const double tickHeight = heights[heights.size() / 2] * 72.0;
        QVERIFY2(tickHeight > figure.fontPoints * 0.9 && tickHeight < figure.fontPoints * 1.8,
                 qPrintable(QStringLiteral("%1 pt text for a %2 pt font").arg(tickHeight).arg(figure.fontPoints)));
    }

    void filesHaveTheRequestedPhysicalSize()
    {
        ui::PlotView view;
        view.resize(500, 400);
        view.showItem(plane());
        const ui::FigureSpec figure = spec(QStringLiteral("one-column"), 150);

        const QString png = m_dir.filePath("plane.png");
        QCOMPARE(ui::FigureExporter::exportPng(view.plot(), png, figure), QString());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(qRound(89 / 25.4 * 150), qRound(67 / 25.4 * 150)));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 150);
        // Nothing is cut at the edges: the outermost two pixels all round are background.
        int inked = 0;
        for (int x = 0; x < image.width(); ++x)
            for (int y : {0, 1, image.height() - 2, image.height() - 1})
                inked += qGray(image.pixel(x, y)) < 200;
        for (int y = 0; y < image.height(); ++y)
            for (int x : {0, 1, image.width() - 2, image.width() - 1})
                inked += qGray(image.pixel(x, y)) < 200;
        QCOMPARE(inked, 0);

        const QString pdf = m_dir.filePath("plane.pdf");
        QCOMPARE(ui::FigureExporter::exportPdf(view.plot(), pdf, figure), QString());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray raw = pdfFile.readAll();
        const QString bytes = QString::fromLatin1(raw);
        const QRegularExpressionMatch box = QRegularExpression(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]")).match(bytes);
        QVERIFY(box.hasMatch());
        // Qt writes whole points: 89 mm = 252.28 pt, 67 mm = 189.92 pt.
        QVERIFY2(qAbs(box.captured(1).toDouble() - 89 / 25.4 * 72) <= 0.5, qPrintable(box.captured(0)));
        QVERIFY2(qAbs(box.captured(2).toDouble() - 67 / 25.4 * 72) <= 0.5, qPrintable(box.captured(0)));
        // The document title, which Qt writes in UTF-16 (big-endian, with a byte-order mark).
        QByteArray utf16("\xfe\xff");
        for (QChar c : QStringLiteral("Information plane"))
            utf16 += char(c.unicode() >> 8), utf16 += char(c.unicode() & 0xff);
        QVERIFY(raw.contains("/Title (" + utf16));

        const QString svg = m_dir.filePath("plane.svg");
        QCOMPARE(ui::FigureExporter::exportSvg(view.plot(), svg, figure), QString());
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(svgFile.readAll());
        const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("<svg width=\"([0-9.]+)mm\" height=\"([0-9.]+)mm\"")).match(text);
        QVERIFY(size.hasMatch());
        QVERIFY2(qAbs(size.captured(1).toDouble() - 89) < 0.3 && qAbs(size.captured(2).toDouble() - 67) < 0.3, qPrintable(size.captured(0)));
        QVERIFY(text.contains(QLatin1String("<title>Information plane (binning)</title>")));
        // 8 pt tick labels are 8/72 in high: in layout units (viewBox) that is 8 * dpi / 72.
        const QString tickSize = QString::number(8.0 * ui::FigureExporter::layoutDpi() / 72.0, 'g', 6);
        QVERIFY2(text.contains(QStringLiteral("font-size=\"%1\"").arg(tickSize)), qPrintable(tickSize));
    }

    void exportDialogAppliesPresetsAndUnits()
    {
        QSettings().remove(QStringLiteral("figure"));
        ui::FigureExportDialog dialog(QStringLiteral("PNG"));
        auto *preset = dialog.findChild<QComboBox *>(QStringLiteral("preset"));
        auto *unit = dialog.findChild<QComboBox *>(QStringLiteral("unit"));
        auto *width = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("width"));
        auto *dpi = dialog.findChild<QSpinBox *>(QStringLiteral("dpi"));
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summary"));
        QVERIFY(preset && unit && width && dpi && summary);
        QCOMPARE(dialog.spec().widthInches, 6.4);
        preset->setCurrentIndex(preset->findData(QStringLiteral("one-column")));
        Q_EMIT preset->activated(preset->currentIndex());
        QVERIFY(qAbs(dialog.spec().widthInches - 89 / 25.4) < 1e-3);
        QCOMPARE(dialog.spec().fontPoints, 8.0);
        unit->setCurrentIndex(unit->findData(25.4)); // millimetres
        QVERIFY(qAbs(width->value() - 89.0) < 0.05);
        QCOMPARE(preset->currentData().toString(), QStringLiteral("one-column")); // a unit change is no edit
        dpi->setValue(600);
        QVERIFY2(summary->text().contains(QStringLiteral("2102")), qPrintable(summary->text())); // 89 mm at 600 dpi
        width->setValue(120.0);
        QCOMPARE(preset->currentData().toString(), QString()); // edited by hand: custom
        QVERIFY(qAbs(dialog.spec().widthInches - 120 / 25.4) < 1e-3);
        ui::FigureExportDialog vector(QStringLiteral("PDF"));
        QVERIFY(!vector.findChild<QSpinBox *>(QStringLiteral("dpi"))->isEnabled()); // vector output has no dpi
    }

    void exportedHeatMapCellsAreSquare()
    {
        // A 2 x 2 map [[1, 2], [2, 1]] in cycles/pixel: its top colour (2, viridis yellow) fills two
        // diagonal cells, whose bounding box is the whole map: as wide as high when cells are square,
        // though the figure's axis rect is wider than high and the screen's was narrower.
        core::HeatMapResult map = heatMap(false);
        map.rows = map.cols = 2;
        map.values = {1, 2, 2, 1};
        map.xMin = map.yMin = -0.25;
        map.xMax = map.yMax = 0.25;
        ui::PlotView view;
        view.resize(400, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showItem(map);
        const QString png = m_dir.filePath("cells.png");
        QCOMPARE(ui::FigureExporter::exportPng(view.plot(), png, spec(QStringLiteral("default"), 100)), QString());
        const QImage image = QImage(png).convertToFormat(QImage::Format_RGB32);
        int left = image.width(), right = -1, top = image.height(), bottom = -1;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width() * 4 / 5; ++x) // left of the colour bar
                if ((image.pixel(x, y) & 0xffffff) == 0xfde725) {
                    left = qMin(left, x);
                    right = qMax(right, x);
                    top = qMin(top, y);
                    bottom = qMax(bottom, y);
                }
        QVERIFY(right > left && bottom > top);
        QVERIFY2(qAbs((right - left) - (bottom - top)) <= 3,
                 qPrintable(QStringLiteral("%1 x %2 px").arg(right - left + 1).arg(bottom - top + 1)));
        QVERIFY(bottom - top > 200); // the map fills the height of the axes
    }

    void screenLayoutIsRestored()
    {
        ui::PlotView view;
        view.resize(640, 480);
        view.showItem(plane());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.plot()->replot();
        const QRect before = view.plot()->axisRect()->rect();
        const double fontBefore = view.plot()->xAxis->tickLabelFont().pointSizeF();
        QCOMPARE(ui::FigureExporter::exportPng(view.plot(), m_dir.filePath("x.png"), spec(QStringLiteral("slide"), 72)), QString());
        QCOMPARE(view.plot()->axisRect()->rect(), before);
        QCOMPARE(view.plot()->xAxis->tickLabelFont().pointSizeF(), fontBefore);
    }
};

QTEST_MAIN(TestFigureExport)
#include "test_figureexport.moc"

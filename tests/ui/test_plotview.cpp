// PlotView drawing, hover read-out and figure export (PNG size/DPI, SVG path, PDF, CSV).
#include "plot/figureexporter.h"
#include "plot/plotview.h"
#include "results/linkedzoom.h"
#include "plot/trajectoryplottable.h"
#include "plot/qcustomplotinclude.h"

#include <QImage>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

class TestPlotView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static core::SeriesResult series()
    {
        core::SeriesResult s;
        s.id = "profile";
        s.title = "Radial amplitude profile";
        s.xLabel = "radius";
        s.yLabel = "amplitude";
        s.logY = true;
        s.series = {{"grey", {0, 1, 2, 3, 4}, {1000, 100, 10, 1, 0.1}}};
        return s;
    }

    static core::HeatMapResult heatMap()
    {
        core::HeatMapResult h;
        h.id = "amplitude";
        h.title = "Amplitude";
        h.xLabel = "fx";
        h.yLabel = "fy";
        h.valueLabel = "|DFT|";
        h.rows = 4;
        h.cols = 5;
        h.logScale = true;
        for (int i = 0; i < 20; ++i)
            h.values.push_back(1.0 + i);
        h.xMin = 0;
        h.xMax = 4;
        h.yMin = 0;
        h.yMax = 3;
        return h;
    }

    static core::TrajectoryResult plane()
    {
        core::TrajectoryResult t;
        t.id = "plane";
        t.title = "Information plane";
        t.xLabel = "I(X;T)";
        t.yLabel = "I(T;Y)";
        t.stepLabel = "epoch";
        for (int layer = 0; layer < 2; ++layer) {
            core::Trajectory one{"fc" + std::to_string(layer + 1), {}, {}, {}, {}, {}};
            for (int step = 0; step <= 100; step += 10) {
                one.x.push_back(2.0 + layer + step / 50.0);
                one.y.push_back(0.2 + 0.6 * step / 100.0);
                one.step.push_back(step);
            }
            t.trajectories.push_back(one);
        }
        t.lines = {{"H(X)", 6.0, true}, {"H(Y)", 1.0, false}};
        return t;
    }

    // Pixels of exactly `colour` inside the axes (the legend's icons excluded).
    static int pixelsOf(ui::PlotView &view, const QColor &colour)
    {
        const QImage image = view.plot()->toPixmap(view.plot()->width(), view.plot()->height()).toImage();
        const QRect axes = view.plot()->axisRect()->rect();
        const QRect legend = view.plot()->legend->outerRect();
        int count = 0;
        for (int y = axes.top(); y <= axes.bottom(); ++y)
            for (int x = axes.left(); x <= axes.right(); ++x)
                count += !legend.contains(x, y) && (image.pixel(x, y) & 0xffffff) == (colour.rgb() & 0xffffff) ? 1 : 0;
        return count;
    }

private Q_SLOTS:
    void showsSupportedKinds()
    {
        ui::PlotView view;
        QVERIFY(view.showItem(series()));
        QCOMPARE(view.plot()->graphCount(), 1);
        QCOMPARE(view.plot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
        QVERIFY(view.showItem(heatMap()));
        QCOMPARE(view.plot()->graphCount(), 0); // the previous item is gone
        QCOMPARE(view.plot()->plottableCount(), 1);
        QVERIFY(!view.showItem(core::TableResult{}));
    }

    void hoverReadsTheCell()
    {
        ui::PlotView view;
        view.resize(500, 400);
        view.showItem(heatMap());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.plot()->replot();
        // Cell (col 3, row 2) holds 1 + 2*5 + 3 = 14.
        const QPoint pixel(int(view.plot()->xAxis->coordToPixel(3.0)), int(view.plot()->yAxis->coordToPixel(2.0)));
        QMouseEvent move(QEvent::MouseMove, pixel, view.plot()->mapToGlobal(pixel), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(view.plot(), &move);
        QVERIFY2(view.readout().contains(QStringLiteral("= 14")), qPrintable(view.readout()));
    }

    void imagesHaveSquarePixelsRowZeroOnTopAndAReadout()
    {
        // A 4 x 6 RGB image: pixel (r, c) = (10 r, 20 c, 7).
        core::ImageResult image;
        image.id = "before";
        image.title = "Image";
        image.image = core::Tensor::zeros(core::DType::UInt8, {4, 6, 3});
        auto *pixels = image.image.mutableData<std::uint8_t>();
        for (int r = 0; r < 4; ++r)
            for (int c = 0; c < 6; ++c) {
                pixels[(r * 6 + c) * 3] = std::uint8_t(10 * r);
                pixels[(r * 6 + c) * 3 + 1] = std::uint8_t(20 * c);
                pixels[(r * 6 + c) * 3 + 2] = 7;
            }
        ui::PlotView view;
        view.resize(500, 400);
        QVERIFY(view.showItem(image));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.plot()->replot();
        QCustomPlot *plot = view.plot();
        QVERIFY(plot->yAxis->rangeReversed());
        // Square pixels: one unit is as many screen pixels on both axes, and the whole image is in view.
        const double xScale = plot->xAxis->coordToPixel(1) - plot->xAxis->coordToPixel(0);
        const double yScale = plot->yAxis->coordToPixel(1) - plot->yAxis->coordToPixel(0);
        QVERIFY(std::abs(xScale - yScale) < 0.01 * xScale);
        QVERIFY(plot->xAxis->range().lower <= -0.5 && plot->xAxis->range().upper >= 5.5);
        QVERIFY(plot->yAxis->range().lower <= -0.5 && plot->yAxis->range().upper >= 3.5);
        // Row 0 is drawn above row 3.
        QVERIFY(plot->yAxis->coordToPixel(0) < plot->yAxis->coordToPixel(3));
        const QPoint pixel(int(plot->xAxis->coordToPixel(4.0)), int(plot->yAxis->coordToPixel(2.0)));
        QMouseEvent move(QEvent::MouseMove, pixel, plot->mapToGlobal(pixel), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(plot, &move);
        QVERIFY2(view.readout().contains(QStringLiteral("row 2, column 4: R 20, G 80, B 7")), qPrintable(view.readout()));
        // The screen shows the pixel's colour there (8-bit: as stored).
        const QColor shown = plot->toPixmap().toImage().pixelColor(pixel);
        QCOMPARE(shown, QColor(20, 80, 7));
    }

    void bandsAreFilledBetweenTheirEdges()
    {
        core::SeriesResult result = series();
        result.bands.push_back({{500, 50, 5, 0.5, 0.05}, {2000, 200, 20, 2, 0.2}});
        ui::PlotView view;
        view.showItem(result);
        QCOMPARE(view.plot()->graphCount(), 3); // two band edges and the curve
        QCPGraph *upper = view.plot()->graph(1);
        QCOMPARE(upper->channelFillGraph(), view.plot()->graph(0));
        QCOMPARE(view.plot()->legend->itemCount(), 1); // the curve only
    }

    void linkedViewsZoomTogether()
    {
        // Two maps of one frame (amplitude before and after) and a map of another frame.
        core::HeatMapResult other = heatMap();
        other.xMax = 10;
        ui::PlotView first, second, third;
        for (ui::PlotView *view : {&first, &second, &third})
            view->resize(500, 400);
        first.showItem(heatMap());
        second.showItem(heatMap());
        third.showItem(other);
        QObject owner;
        ui::LinkedZoom::link({&first, &second, &third}, &owner);
        const QCPRange thirdBefore = third.plot()->xAxis->range();
        first.plot()->xAxis->setRange(1.0, 2.0);
        first.plot()->yAxis->setRange(0.5, 1.5);
        QVERIFY(std::abs(second.plot()->xAxis->range().center() - 1.5) < 1e-9);
        QVERIFY(std::abs(second.plot()->xAxis->range().size() - 1.0) < 1e-9);
        QVERIFY(std::abs(second.plot()->yAxis->range().center() - 1.0) < 1e-9);
        QCOMPARE(third.plot()->xAxis->range(), thirdBefore);
        // And back: zooming the second moves the first.
        second.plot()->xAxis->setRange(0.0, 4.0);
        QVERIFY(std::abs(first.plot()->xAxis->range().center() - 2.0) < 1e-9);
    }

    void exportsFigures()
    {
        ui::PlotView view;
        view.resize(640, 480);
        view.showItem(series());

        const QString png = m_dir.filePath("f.png");
        ui::FigureSpec spec;
        spec.widthInches = 6.17;
        spec.heightInches = 3.885;
        spec.dpi = 200;
        QCOMPARE(ui::FigureExporter::exportPng(view.plot(), png, spec), QString());
        QImage image(png);
        QCOMPARE(image.size(), QSize(1234, 777));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 200);
        int dark = 0; // the curve and the axes are drawn, not only the white background
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        QVERIFY2(dark > 500, qPrintable(QString::number(dark)));

        const QString svg = m_dir.filePath("f.svg");
        QCOMPARE(ui::FigureExporter::exportSvg(view.plot(), svg, spec), QString());
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&svgFile);
        int paths = 0;
        bool sawTitleText = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && (xml.name() == QLatin1String("path") || xml.name() == QLatin1String("polyline")))
                ++paths;
            if (xml.isCharacters() && xml.text().contains(QLatin1String("Radial amplitude profile")))
                sawTitleText = true;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(paths > 3);
        QVERIFY(sawTitleText);

        const QString pdf = m_dir.filePath("f.pdf");
        QCOMPARE(ui::FigureExporter::exportPdf(view.plot(), pdf, spec), QString());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdfFile.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QVERIFY(bytes.size() > 1000);

        const QString csv = m_dir.filePath("f.csv");
        QCOMPARE(ui::FigureExporter::exportCsv(view.item(), csv), QString());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(csvFile.readAll(), QByteArray("series,radius,amplitude\ngrey,0,1000\ngrey,1,100\ngrey,2,10\ngrey,3,1\ngrey,4,0.10000000000000001\n"));
    }

    void legendClickHidesALayer()
    {
        ui::PlotView view;
        view.resize(640, 480);
        view.setPointOpacity(1.0); // lines in their exact colour
        view.showItem(plane());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.plot()->replot();
        const QColor first = ui::seriesColour(0), second = ui::seriesColour(1);
        QVERIFY2(pixelsOf(view, first) > 100, qPrintable(QString::number(pixelsOf(view, first))));
        const int secondBefore = pixelsOf(view, second);
        QVERIFY(secondBefore > 100);
        const QPoint entry = view.plot()->legend->item(0)->rect().center();
        QTest::mouseClick(view.plot(), Qt::LeftButton, Qt::NoModifier, entry);
        QCOMPARE(view.plot()->plottable(0)->visible(), false);
        QCOMPARE(pixelsOf(view, first), 0); // fc1's colour is gone from the plane
        QVERIFY(pixelsOf(view, second) > 100);  // fc2 is still drawn
        QTest::mouseClick(view.plot(), Qt::LeftButton, Qt::NoModifier, entry);
        QVERIFY(pixelsOf(view, first) > 100);
    }

    void planeHasCeilingsFixedStepColoursAndAScrubber()
    {
        ui::PlotView view;
        view.resize(640, 480);
        view.setStepColourRange(0.0, 3000.0); // a live run planned for 3000 epochs, now at epoch 100
        view.showItem(plane());
        auto *scale = view.findChild<QCPColorScale *>(QStringLiteral("colourScale"));
        QVERIFY(scale);
        QCOMPARE(scale->dataRange().upper, 3000.0);
        // The ceilings are in the axis range: H(X) = 6 beyond every I(X;T) <= 5.
        QVERIFY(view.plot()->xAxis->range().contains(6.0));
        QVERIFY(view.plot()->yAxis->range().contains(1.0));
        QCOMPARE(view.plot()->itemCount(), 4); // two dashed lines and their labels
        view.setStepLimit(40.0);
        for (int i = 0; i < view.plot()->plottableCount(); ++i)
            QCOMPARE(qobject_cast<ui::TrajectoryPlottable *>(view.plot()->plottable(i))->drawnPointCount(), 5);
        view.setLogStepColours(true);
        scale = view.findChild<QCPColorScale *>(QStringLiteral("colourScale"));
        QCOMPARE(scale->dataScaleType(), QCPAxis::stLogarithmic);
        QCOMPARE(qobject_cast<ui::TrajectoryPlottable *>(view.plot()->plottable(0))->drawnPointCount(), 5); // kept
    }

    void heatMapColoursAreRobustAndDivergeForSignedData()
    {
        // A spectrum-like map: 399 cells from 1 to 399 and one DC peak of 1e9. The colour range is the
        // 0.5th ... 99.5th percentile (numpy.percentile, linear interpolation), not the peak.
        core::HeatMapResult h = heatMap();
        h.rows = 20;
        h.cols = 20;
        h.values.clear();
        for (int i = 0; i < 399; ++i)
            h.values.push_back(1.0 + i);
        h.values.push_back(1e9);
        h.xMax = h.yMax = 19;
        ui::PlotView view;
        view.showItem(h);
        // numpy: np.percentile(np.r_[np.arange(1, 400), 1e9], [0.5, 99.5]) = [2.995, 398.005]
        QVERIFY(qAbs(view.colourRange().lower - 2.995) < 1e-9);
        QVERIFY(qAbs(view.colourRange().upper - 398.005) < 1e-9);
        auto *scale = view.findChild<QCPColorScale *>(QStringLiteral("colourScale"));
        QCOMPARE(scale->property("colourMapId").toString(), QStringLiteral("viridis"));

        core::HeatMapResult signedMap = heatMap();
        signedMap.logScale = false;
        for (std::size_t i = 0; i < signedMap.values.size(); ++i)
            signedMap.values[i] = double(i) - 5.0; // -5 ... 14
        view.showItem(signedMap);
        scale = view.findChild<QCPColorScale *>(QStringLiteral("colourScale"));
        QCOMPARE(scale->property("colourMapId").toString(), QStringLiteral("diverging"));
        QCOMPARE(view.colourRange().lower, -view.colourRange().upper); // centred on 0
        view.setColourLimits(-1.0, 2.0);
        QCOMPARE(view.colourRange().lower, -1.0);
        QCOMPARE(view.colourRange().upper, 2.0);
        view.setColourMapId(QStringLiteral("grey"));
        scale = view.findChild<QCPColorScale *>(QStringLiteral("colourScale"));
        QCOMPARE(scale->property("colourMapId").toString(), QStringLiteral("grey"));
    }

    void logTicksArePowersOfTenInEveryLocale()
    {
        for (const QLocale &locale : {QLocale(QLocale::C), QLocale(QLocale::German, QLocale::Germany)}) {
            ui::PlotView view;
            view.plot()->setLocale(locale);
            view.resize(500, 400);
            view.showItem(series()); // 1000 ... 0.1 on a log axis
            view.plot()->replot();
            const QVector<QString> labels = view.plot()->yAxis->tickVectorLabels();
            QVERIFY2(labels.contains(QStringLiteral("10³")) && labels.contains(QStringLiteral("10⁻¹")),
                     qPrintable(QStringList(labels.begin(), labels.end()).join(QLatin1Char(' '))));
            for (const QString &label : labels)
                QVERIFY2(!label.contains(QLatin1Char('E')) && !label.contains(QLatin1Char('e')), qPrintable(label));
        }
    }

    void exportErrorsAreMessages()
    {
        ui::PlotView view;
        view.showItem(series());
        ui::FigureSpec tiny;
        tiny.widthInches = 0.01;
        QVERIFY(!ui::FigureExporter::exportPng(view.plot(), m_dir.filePath("x.png"), tiny).isEmpty());
        ui::FigureSpec huge;
        huge.widthInches = 90;
        huge.dpi = 2400;
        QVERIFY(ui::FigureExporter::exportPng(view.plot(), m_dir.filePath("x.png"), huge).contains(QLatin1String("20000 px")));
        QVERIFY(!ui::FigureExporter::exportCsv(view.item(), QStringLiteral("/nonexistent/dir/x.csv")).isEmpty());
        QVERIFY(!ui::FigureExporter::exportByExtension(view.plot(), view.item(), m_dir.filePath("x.gif")).isEmpty());
    }
};

QTEST_MAIN(TestPlotView)
#include "test_plotview.moc"

// PlotView drawing, hover read-out and figure export (PNG size/DPI, SVG path, PDF, CSV).
#include "plot/figureexporter.h"
#include "plot/plotview.h"
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

// The segmentation overlay viewer: TP/FP/FN colours read back at the right pixels of a synthetic case,
// the threshold slider changing them and the metrics, swipe comparison, zoom about the cursor, the
// read-out, and the export's whole pixels. Runs under xvfb-run (label render).
#include "data/tensor.h"
#include "overlay/overlaycanvas.h"
#include "overlay/overlaylayers.h"
#include "overlay/overlayviewer.h"

#include <QComboBox>
#include <QLabel>
#include <QSlider>
#include <QtTest>

class TestOverlayViewer : public QObject
{
    Q_OBJECT

    /// Truth: rows 5–14, columns 5–14. Prediction (a probability map): 0.9 in columns 8–17 and 0.3 in
    /// columns 2–4 of the same rows. At threshold 0.5: FN columns 5–7, TP 8–14, FP 15–17.
    static core::Tensor truth()
    {
        Eigen::MatrixXd m = Eigen::MatrixXd::Zero(20, 20);
        m.block(5, 5, 10, 10).setOnes();
        return core::Tensor::fromMatrix(m);
    }
    static core::Tensor probabilities()
    {
        Eigen::MatrixXd m = Eigen::MatrixXd::Zero(20, 20);
        m.block(5, 8, 10, 10).setConstant(0.9);
        m.block(5, 2, 10, 3).setConstant(0.3);
        return core::Tensor::fromMatrix(m);
    }

    /// The colour the canvas shows at the centre of image pixel (row, column), 10 screen pixels each.
    static QColor at(ui::OverlayCanvas *canvas, int row, int column)
    {
        return canvas->grab().toImage().pixelColor(column * 10 + 5, row * 10 + 5);
    }

    static bool near(const QColor &a, const QColor &b)
    {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) <= 6;
    }

private Q_SLOTS:
    void coloursThresholdAndMetrics()
    {
        ui::OverlayViewer viewer;
        viewer.setTruth(truth());
        viewer.addPrediction(QStringLiteral("model"), probabilities());
        viewer.setOpacity(1.0);
        QCOMPARE(viewer.threshold(), 0.5); // a probability map starts at 0.5
        viewer.resize(400, 400);
        ui::OverlayCanvas *canvas = viewer.canvas();
        canvas->setFixedSize(200, 200);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        canvas->fitToView();
        QCOMPARE(canvas->zoom(), 10.0);
        QVERIFY(near(at(canvas, 10, 6), ui::OverlayColours::falseNegative()));
        QVERIFY(near(at(canvas, 10, 10), ui::OverlayColours::truePositive()));
        QVERIFY(near(at(canvas, 10, 16), ui::OverlayColours::falsePositive()));
        QVERIFY(!near(at(canvas, 10, 3), ui::OverlayColours::falsePositive())); // 0.3 is below the threshold
        QCOMPARE(viewer.metrics(0).tp, std::int64_t(70));
        QCOMPARE(viewer.metrics(0).fp, std::int64_t(30));
        QCOMPARE(viewer.metrics(0).fn, std::int64_t(30));

        // The slider to 0.2: columns 2–4 join the prediction as false positives, and the metrics follow.
        auto *slider = viewer.findChild<QSlider *>(QStringLiteral("overlayThreshold"));
        QVERIFY(slider);
        slider->setValue(slider->minimum() + (slider->maximum() - slider->minimum()) / 5);
        QVERIFY(std::abs(viewer.threshold() - 0.2) < 1e-9);
        QVERIFY(near(at(canvas, 10, 3), ui::OverlayColours::falsePositive()));
        QCOMPARE(viewer.metrics(0).fp, std::int64_t(60));
        QVERIFY(viewer.findChild<QLabel *>(QStringLiteral("overlayMetrics"))->text().contains(QStringLiteral("FP 60")));

        // Contours: the inside of the true-positive region is clear, its edge coloured.
        viewer.setContours(true);
        QVERIFY(!near(at(canvas, 10, 11), ui::OverlayColours::truePositive()));
        QVERIFY(near(at(canvas, 5, 11), ui::OverlayColours::truePositive()));
    }

    void swipeZoomAndReadout()
    {
        ui::OverlayViewer viewer;
        viewer.setTruth(truth());
        viewer.addPrediction(QStringLiteral("shifted"), probabilities());
        viewer.addPrediction(QStringLiteral("perfect"), truth());
        viewer.setOpacity(1.0);
        ui::OverlayCanvas *canvas = viewer.canvas();
        canvas->setFixedSize(200, 200);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        canvas->fitToView();
        // Swipe: the first model left of the divider, the second right of it.
        viewer.setCompare(ui::OverlayViewer::Compare::Swipe);
        canvas->setSwipePosition(0.5);
        QVERIFY(near(at(canvas, 10, 6), ui::OverlayColours::falseNegative()));  // left: the shifted model
        QVERIFY(near(at(canvas, 10, 12), ui::OverlayColours::truePositive()));  // right: perfect
        QVERIFY(!near(at(canvas, 10, 16), ui::OverlayColours::falsePositive())); // right: no false positive
        QCOMPARE(viewer.metrics(1).dice, 1.0);

        // The wheel zooms about the cursor: the pixel under it stays under it.
        const QPoint cursor(57, 123);
        const QPoint before = canvas->pixelAt(cursor);
        QWheelEvent wheel(cursor, canvas->mapToGlobal(cursor), QPoint(), QPoint(0, 480), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(canvas, &wheel);
        QVERIFY(canvas->zoom() > 10.0);
        QCOMPARE(canvas->pixelAt(cursor), before);

        // The read-out names the pixel, the truth and both models' values.
        canvas->fitToView();
        QTest::mouseMove(canvas, QPoint(3 * 10 + 5, 10 * 10 + 5));
        const QString readout = viewer.findChild<QLabel *>(QStringLiteral("overlayReadout"))->text();
        QVERIFY2(readout.contains(QStringLiteral("x 3, y 10")) && readout.contains(QStringLiteral("shifted 0.3")),
                 qPrintable(readout));
    }

    void exportIsWholePixels()
    {
        ui::OverlayViewer viewer;
        viewer.setTruth(truth());
        viewer.addPrediction(QStringLiteral("model"), probabilities());
        viewer.setOpacity(1.0);
        const QImage image = viewer.composite(0, 4);
        QCOMPARE(image.size(), QSize(80, 80));
        // Every 4 × 4 block is one colour (nearest neighbour), and the FP column shows its colour.
        QCOMPARE(image.pixelColor(16 * 4, 10 * 4), image.pixelColor(16 * 4 + 3, 10 * 4 + 3));
        QVERIFY(near(image.pixelColor(16 * 4 + 1, 10 * 4 + 1), ui::OverlayColours::falsePositive()));
    }

    void masksThatDoNotFitAreErrors()
    {
        ui::OverlayViewer viewer;
        viewer.setTruth(truth());
        QVERIFY_THROWS_EXCEPTION(std::exception,
                                 viewer.addPrediction(QStringLiteral("small"), core::Tensor::fromMatrix(Eigen::MatrixXd::Zero(5, 5))));
    }
};

QTEST_MAIN(TestOverlayViewer)
#include "test_overlayviewer.moc"

// Koopman views under Xvfb: the trajectory is drawn as tubes and turns under a drag; a click on an
// eigenvalue shows its mode and evolution and recolours the trajectory by its eigenfunction's phase.
#include "plot/plotview.h"
#include "plot/qcustomplotinclude.h"
#include "registry/builtins.h"
#include "registry/registry.h"
#include "results/resultpanel.h"
#include "task/atomiccanceltoken.h"
#include "task/nullprogress.h"
#include "vtk/vtkview.h"

#include <QApplication>
#include <QComboBox>
#include <QSurfaceFormat>
#include "renderpixels.h"

#include <QImage>
#include <QtTest>

#include <vtkCamera.h>
#include <vtkRenderer.h>

#include <cmath>

class TestKoopmanView : public QObject
{
    Q_OBJECT

    static int nonBackgroundPixels(const QImage &image) { return testpixels::nonBackgroundPixels(image); }

private Q_SLOTS:
    void eigenvalueClickLinksTheViews()
    {
        core::Registry registry;
        core::registerBuiltins(registry);
        const core::AnalysisDescriptor *d = registry.analysis("koopman.dmd");
        core::ParameterValues params = core::ParameterValues::defaults(d->parameters);
        params.setFromString(d->parameters, "system", "lorenz");
        params.setFromString(d->parameters, "steps", "1500");
        params.setFromString(d->parameters, "delays", "4");
        params.setFromString(d->parameters, "rank_rule", "fixed");
        params.setFromString(d->parameters, "rank", "6");
        core::NullProgress progress;
        auto result = std::make_shared<const core::Result>(
            registry.run("koopman.dmd", core::AnalysisInputs(), params, progress, core::AtomicCancelToken()));
        ui::ResultPanel panel(result);
        panel.resize(1280, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTest::qWait(300);
        QCOMPARE(panel.vtkViews().size(), 1);
        ui::VtkView *view = panel.vtkViews().first();
        const QImage first = view->grabFramebuffer();
        const QString shots = qEnvironmentVariable("INFOSCOPE_TEST_SCREENSHOTS");
        if (!shots.isEmpty()) {
            panel.grab().save(shots + QStringLiteral("/koopman-panel.png"));
            first.save(shots + QStringLiteral("/koopman-tubes.png"));
        }
        QVERIFY2(nonBackgroundPixels(first) > 3000, qPrintable(QString::number(nonBackgroundPixels(first))));

        // A drag turns the camera.
        double before[3], after[3];
        view->renderer()->GetActiveCamera()->GetPosition(before);
        const QPoint centre(view->width() / 2, view->height() / 2);
        QTest::mousePress(view, Qt::LeftButton, Qt::NoModifier, centre);
        for (int step = 1; step <= 10; ++step)
            QTest::mouseMove(view, centre + QPoint(step * 8, step * 3));
        QTest::mouseRelease(view, Qt::LeftButton, Qt::NoModifier, centre + QPoint(80, 30));
        view->renderer()->GetActiveCamera()->GetPosition(after);
        QVERIFY(std::abs(after[0] - before[0]) + std::abs(after[1] - before[1]) + std::abs(after[2] - before[2]) > 1e-3);

        // Click the third eigenvalue where the plane draws it.
        ui::PlotView *plane = nullptr;
        for (ui::PlotView *plot : panel.plotViews())
            if (std::holds_alternative<core::EigenvalueResult>(plot->item()))
                plane = plot;
        QVERIFY(plane);
        const auto &eigenvalues = std::get<core::EigenvalueResult>(plane->item());
        QCOMPARE(eigenvalues.values.size(), std::size_t(6));
        QCOMPARE(eigenvalues.weights.size(), std::size_t(6));
        QCustomPlot *plot = plane->plot();
        const QPoint at(int(plot->xAxis->coordToPixel(eigenvalues.values[2].real())),
                        int(plot->yAxis->coordToPixel(eigenvalues.values[2].imag())));
        QSignalSpy selected(plane, &ui::PlotView::eigenvalueSelected);
        QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, at);
        // Eigenvalues close together: whichever lies under the click, the views follow it.
        QCOMPARE(selected.count(), 1);
        const int index = selected.first().first().toInt();
        QVERIFY(index >= 0 && index < 6);
        QVERIFY(std::abs(eigenvalues.values[std::size_t(index)] - eigenvalues.values[2]) < 0.05);
        QCOMPARE(panel.findChild<QComboBox *>(QStringLiteral("group_modes"))->currentIndex(), index);
        QCOMPARE(panel.findChild<QComboBox *>(QStringLiteral("group_evolution"))->currentIndex(), index);
        QCOMPARE(view->colouring(), index);
        const auto *shown = std::get_if<core::PointSetResult>(view->item());
        QVERIFY(shown && shown->scalarLabel == "arg φ" + std::to_string(index + 1) + " (rad)");
        QTest::qWait(200);
        const QImage recoloured = view->grabFramebuffer();
        if (!shots.isEmpty())
            panel.grab().save(shots + QStringLiteral("/koopman-selected.png"));
        QVERIFY(recoloured != first);
    }
};

int main(int argc, char **argv)
{
    QSurfaceFormat::setDefaultFormat(ui::VtkView::defaultFormat());
    QApplication app(argc, argv);
    TestKoopmanView test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_koopmanview.moc"

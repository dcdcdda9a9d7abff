// Koopman views under Xvfb: the trajectory is drawn as tubes and turns under a drag; a click on an
// eigenvalue shows its mode and evolution and recolours the trajectory by its eigenfunction's phase.
#include "plot/plotview.h"
#include "plot/qcustomplotinclude.h"
#include "registry/builtins.h"
#include "registry/registry.h"
#include "results/resultpanel.h"
#include "task/atomiccanceltoken.h"
#include "task/nullprogress.h"
#include "vtk/vtkimageexport.h"
#include "vtk/vtkview.h"
#include "plot/figurespec.h"
#include "koopman/manifoldtimecursor.h"

#include <QApplication>
#include <QComboBox>
#include <QSurfaceFormat>
#include "renderpixels.h"

#include <QImage>
#include <QtTest>

#include <vtkActor.h>
#include <vtkActorCollection.h>
#include <vtkCamera.h>
#include <vtkMapper.h>
#include <vtkScalarsToColors.h>
#include <QSlider>
#include <QToolButton>
#include <vtkRenderer.h>

#include <cmath>

class TestKoopmanView : public QObject
{
    Q_OBJECT

    static int nonBackgroundPixels(const QImage &image) { return testpixels::nonBackgroundPixels(image); }

    /// The manifold's actor: the first the scene adds.
    static vtkActor *manifoldActor(ui::VtkView *view)
    {
        vtkActorCollection *actors = view->renderer()->GetActors();
        actors->InitTraversal();
        return actors->GetNextActor();
    }

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
        // A phase gets the cyclic map over [−π, π]: −π and π one colour, 0 far from it.
        QVERIFY(shown->scalarsCyclic);
        vtkScalarsToColors *table = manifoldActor(view)->GetMapper()->GetLookupTable();
        QCOMPARE(table->GetRange()[0], -M_PI);
        QCOMPARE(table->GetRange()[1], M_PI);
        double low[3], high[3], zero[3];
        table->GetColor(-M_PI, low);
        table->GetColor(M_PI, high);
        table->GetColor(0.0, zero);
        QVERIFY(std::abs(low[0] - high[0]) + std::abs(low[1] - high[1]) + std::abs(low[2] - high[2]) < 1e-9);
        QVERIFY(std::abs(low[0] - zero[0]) + std::abs(low[1] - zero[1]) + std::abs(low[2] - zero[2]) > 0.5);
        QTest::qWait(200);
        const QImage recoloured = view->grabFramebuffer();
        if (!shots.isEmpty())
            panel.grab().save(shots + QStringLiteral("/koopman-selected.png"));
        QVERIFY(recoloured != first);

        // The time cursor: a marker at the chosen step of the trajectory, kept through a recolouring,
        // moved on by Play.
        auto *cursor = panel.findChild<ui::ManifoldTimeCursor *>(QStringLiteral("timeCursor"));
        QVERIFY(cursor);
        const core::PointSetResult base = std::get<core::PointSetResult>(*view->item()); // a copy: showColouring replaces the item
        QCOMPARE(panel.findChild<QSlider *>(QStringLiteral("timeSlider"))->maximum(), int(base.points.size()) - 1);
        cursor->setStep(700);
        QCOMPARE(cursor->markerPosition(0), base.points[700]);
        QVERIFY(view->showColouring(-1));
        QVERIFY(cursor->markersInScene());
        QCOMPARE(cursor->markerPosition(0), base.points[700]);
        panel.findChild<QToolButton *>(QStringLiteral("playTime"))->click();
        QVERIFY(cursor->playing());
        QTRY_VERIFY_WITH_TIMEOUT(cursor->step() > 700, 2000);
        QVERIFY(cursor->markerPosition(0) == base.points[std::size_t(cursor->step())]);
        panel.findChild<QToolButton *>(QStringLiteral("playTime"))->click();
        QVERIFY(!cursor->playing());
        if (!shots.isEmpty())
            panel.grab().save(shots + QStringLiteral("/koopman-cursor.png"));

        // The manifold coloured by a phase, exported at 300 dpi as a one-column figure (89 × 67 mm):
        // the right pixel size, and the trajectory, axes and colour bar drawn.
        QVERIFY(view->showColouring(index));
        ui::FigureSpec spec;
        spec.widthInches = 89.0 / 25.4;
        spec.heightInches = 67.0 / 25.4;
        spec.dpi = 300;
        spec.fontPoints = 8.0;
        QString error;
        const QImage exported = ui::renderSceneImage(*view->item(), view->renderer()->GetActiveCamera(), spec, &error);
        QVERIFY2(!exported.isNull(), qPrintable(error));
        QCOMPARE(exported.size(), QSize(int(std::lround(89.0 / 25.4 * 300)), int(std::lround(67.0 / 25.4 * 300))));
        QVERIFY2(nonBackgroundPixels(exported) > 40000, qPrintable(QString::number(nonBackgroundPixels(exported))));
        if (!shots.isEmpty())
            exported.save(shots + QStringLiteral("/koopman-manifold-300dpi.png"));
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

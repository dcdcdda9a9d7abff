// Frames per second of the 3-D manifold view while it turns: a Lorenz-63 trajectory of N points drawn
// as one polyline coloured by time (what koopman.dmd shows beyond 20 000 points), in a VtkView on the
// X server it is started on (bench/manifold_benchmark.py runs it under Xvfb beside matplotlib).
// Usage: bench_manifold [POINTS=100000] [FRAMES=180] [WIDTH=1000] [HEIGHT=800] [FRAME.png: the last frame of the drag]
// Prints JSON: points, frames, seconds, frames per second while dragging, the renderer's frame count, the
// segments drawn while turning and their budget, the time to build the scene, and the time of one
// full-detail frame at rest.
#include "analyses/koopman/dormandprince.h"
#include "analyses/koopman/dynamicalsystem.h"
#include "results/pointsetresult.h"
#include "task/atomiccanceltoken.h"
#include "vtk/interactivedetail.h"
#include "vtk/vtkview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QSurfaceFormat>
#include <QWindow>

#include <vtkCallbackCommand.h>
#include <vtkCamera.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkRenderer.h>

#include <nlohmann/json.hpp>

#include <iostream>
#include <string>

int main(int argc, char **argv)
{
    QSurfaceFormat::setDefaultFormat(ui::VtkView::defaultFormat());
    QApplication app(argc, argv);
    const int count = argc > 1 ? std::stoi(argv[1]) : 100'000;
    const int frames = argc > 2 ? std::stoi(argv[2]) : 180;
    const int width = argc > 3 ? std::stoi(argv[3]) : 1000, height = argc > 4 ? std::stoi(argv[4]) : 800;

    const core::DynamicalSystem lorenz = core::dynamicalSystem("lorenz");
    const Eigen::MatrixXd states =
        core::integrateDormandPrince(lorenz.field, lorenz.initial, 0.01, count - 1, core::AtomicCancelToken());
    core::PointSetResult points;
    points.title = "Lorenz-63";
    points.scalarLabel = "time";
    points.lineStarts = {0};
    for (Eigen::Index k = 0; k < states.cols(); ++k) {
        points.points.push_back({states(0, k), states(1, k), states(2, k)});
        points.scalars.push_back(0.01 * double(k));
    }

    ui::VtkView view;
    view.resize(width, height);
    view.show();
    QElapsedTimer built;
    built.start();
    view.showItem(points);
    const double sceneSeconds = double(built.nsecsElapsed()) * 1e-9;
    QElapsedTimer waited;
    waited.start();
    while ((!view.windowHandle() || !view.windowHandle()->isExposed()) && waited.elapsed() < 10'000)
        app.processEvents(QEventLoop::AllEvents, 50);
    for (int i = 0; i < 20; ++i) // the first frames drawn
        app.processEvents();
    long rendered = 0;
    vtkNew<vtkCallbackCommand> counter;
    counter->SetClientData(&rendered);
    counter->SetCallback([](vtkObject *, unsigned long, void *data, void *) { ++*static_cast<long *>(data); });
    view.renderer()->AddObserver(vtkCommand::EndEvent, counter);

    // A drag as the user makes it: press, one mouse move per frame (3 pixels right), release. Each move
    // makes the trackball turn the camera and render; the frame then reaches the screen.
    const QPointF centre(width / 2.0, height / 2.0);
    const auto send = [&](QEvent::Type type, QPointF at) {
        QMouseEvent event(type, at, view.mapToGlobal(at), type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton,
                          type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&view, &event);
        app.processEvents();
    };
    send(QEvent::MouseButtonPress, centre);
    for (int i = 1; i <= 30; ++i) // warm-up: the view settles on the points it can turn at 30 frames/s
        send(QEvent::MouseMove, centre + QPointF(i / 3.0, 0));
    rendered = 0;
    QElapsedTimer clock;
    clock.start();
    for (int i = 1; i <= frames; ++i)
        send(QEvent::MouseMove, centre + QPointF(10 + 3 * ((i % 200)), 0));
    const double seconds = double(clock.nsecsElapsed()) * 1e-9;
    nlohmann::json out = {{"points", points.points.size()}, {"frames", frames}, {"rendered", rendered},
                          {"seconds", seconds}, {"fps", frames / seconds}, {"width", width}, {"height", height},
                          {"segment_budget", view.segmentBudget()},
                          {"interactive_segments", ui::coarseSegments(view.renderer())},
                          {"scene_seconds", sceneSeconds}};
    if (argc > 5) // what the user sees while turning
        view.grabFramebuffer().save(QString::fromLocal8Bit(argv[5]));
    send(QEvent::MouseButtonRelease, centre);
    // At rest the full trajectory is drawn again: the time of one such frame.
    QElapsedTimer still;
    still.start();
    view.renderer()->GetActiveCamera()->Azimuth(2.0);
    view.renderWindow()->Render();
    view.renderWindow()->WaitForCompletion();
    app.processEvents();
    out["still_frame_seconds"] = double(still.nsecsElapsed()) * 1e-9;
    std::cout << out.dump() << '\n';
    return out["rendered"] == frames ? 0 : 1; // one render per move
}

// Figure export and scrubbing of a large information plane (6 layers x 3000 epochs), timed for
// bench/figure_benchmark.py, which runs matplotlib on the same data beside it.
// Usage: bench_figure OUT_DIR   (writes OUT_DIR/plane.json, plane.png, plane.pdf; prints JSON timings)
#include "plot/figureexporter.h"
#include "plot/informationplaneview.h"
#include "plot/plotview.h"
#include "results/resultjson.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSlider>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iostream>
#include <vector>

namespace {

core::TrajectoryResult plane(int layers, int epochs)
{
    core::TrajectoryResult t;
    t.id = "plane";
    t.title = "Information plane (binning)";
    t.xLabel = "I(X;T) [bits]";
    t.yLabel = "I(T;Y) [bits]";
    t.stepLabel = "epoch";
    for (int layer = 0; layer < layers; ++layer) {
        core::Trajectory one{"fc" + std::to_string(layer + 1), {}, {}, {}, {}, {}};
        for (int epoch = 0; epoch < epochs; ++epoch) {
            const double progress = epoch / double(epochs);
            one.x.push_back(12.0 - 1.5 * layer - 2.0 * progress * std::sin(3.0 * progress + layer) * (layer + 1) / layers);
            one.y.push_back(1.0 - std::exp(-6.0 * progress) / (layer + 1.5) + 0.01 * std::sin(0.1 * epoch));
            one.step.push_back(epoch);
        }
        t.trajectories.push_back(one);
    }
    t.lines = {{"H(X)", 12.0, true}, {"H(Y)", 1.0, false}};
    return t;
}

double medianMs(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::cerr << "usage: bench_figure OUT_DIR\n";
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    const QDir out(QString::fromLocal8Bit(argv[1]));
    const core::TrajectoryResult result = plane(6, 3000);
    {
        core::Result wrapped;
        wrapped.analysisId = "bench.plane";
        wrapped.items.push_back(result);
        std::ofstream(out.filePath(QStringLiteral("plane.json")).toStdString()) << core::resultToJson(wrapped).dump();
    }
    ui::InformationPlaneView view;
    view.resize(900, 700);
    view.showTrajectories(result);
    view.show();
    QApplication::processEvents();

    ui::FigureSpec spec; // 6.4 x 4.8 in, 10 pt
    spec.dpi = 300;
    std::vector<double> png, pdf, scrub;
    QElapsedTimer timer;
    for (int i = 0; i < 5; ++i) {
        timer.start();
        ui::FigureExporter::exportPng(view.plotView()->plot(), out.filePath(QStringLiteral("plane.png")), spec);
        png.push_back(timer.nsecsElapsed() / 1e6);
        timer.start();
        ui::FigureExporter::exportPdf(view.plotView()->plot(), out.filePath(QStringLiteral("plane.pdf")), spec);
        pdf.push_back(timer.nsecsElapsed() / 1e6);
    }
    // Scrubbing: move the slider over 100 steps spread across the run; each move redraws the plane.
    const int maximum = view.scrubber()->maximum();
    for (int k = 1; k <= 100; ++k) {
        timer.start();
        view.scrubber()->setValue(maximum * k / 100);
        scrub.push_back(timer.nsecsElapsed() / 1e6);
    }
    const nlohmann::json timings = {{"points", 6 * 3000}, {"png_ms", medianMs(png)}, {"pdf_ms", medianMs(pdf)},
                                    {"scrub_ms", medianMs(scrub)}, {"png_pixels", {spec.pixelSize().width(), spec.pixelSize().height()}}};
    std::cout << timings.dump() << '\n';
    return 0;
}

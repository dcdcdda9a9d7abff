// Segmentation metrics over many mask pairs, and the overlay viewer's threshold slider, timed for
// bench/segmentation_benchmark.py, which runs numpy/scipy/scikit-learn on the same masks beside it.
// Usage: bench_segmentation PRED.npy TRUE.npy OUT.npy PROBABILITY.npy
//   PRED/TRUE: (N, H, W) uint8 stacks; OUT: (N, 12) float64 metrics per pair (column order in
//   segmentation_benchmark.py); PROBABILITY: (H, W) float64 for the slider. Prints JSON timings.
#include "analyses/segmentation/maskplane.h"
#include "analyses/segmentation/segmentationmetrics.h"
#include "io/arraywriters.h"
#include "io/npyreader.h"
#include "overlay/overlayviewer.h"
#include "task/atomiccanceltoken.h"
#include "task/parallelfor.h"

#include <QApplication>
#include <QElapsedTimer>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>

namespace {

core::BinaryMask slice(const core::Tensor &stack, std::int64_t index)
{
    const int rows = int(stack.dim(1)), cols = int(stack.dim(2));
    core::BinaryMask mask = core::BinaryMask::zeros(rows, cols);
    const std::uint8_t *data = stack.data<std::uint8_t>() + index * rows * cols;
    for (std::size_t i = 0; i < mask.values.size(); ++i)
        mask.values[i] = data[i] != 0;
    return mask;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 5) {
        std::cerr << "usage: bench_segmentation PRED.npy TRUE.npy OUT.npy PROBABILITY.npy\n";
        return 2;
    }
    const core::Tensor predictions = core::readNpy(argv[1]), truths = core::readNpy(argv[2]);
    const std::int64_t pairs = predictions.dim(0);
    core::Tensor out = core::Tensor::zeros(core::DType::Float64, {pairs, 12});
    double *values = out.mutableData<double>();
    core::AtomicCancelToken cancel;
    QElapsedTimer timer;
    timer.start();
    // Pairs side by side on every core this process may use (as the dataset analysis will).
    core::parallelFor(pairs, 4, 0, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t i = begin; i < end; ++i) {
            const core::SegmentationMetrics m = core::segmentationMetrics(slice(predictions, i), slice(truths, i), {});
            const double row[12] = {double(m.tp), double(m.fp), double(m.fn), m.dice, m.iou, m.precision, m.recall,
                                    m.hausdorff, m.hd95Pooled, m.hd95MaxDirected, m.assd, m.boundaryF};
            std::copy(row, row + 12, values + i * 12);
        }
    }, cancel);
    const double allMs = timer.nsecsElapsed() / 1e6;
    std::ofstream file(argv[3], std::ios::binary);
    core::writeNpy(out, file, cancel);

    // The slider: one threshold step on a 512 x 512 probability map re-colours the overlay and
    // recomputes the metrics (median of 50 steps).
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    ui::OverlayViewer viewer;
    const core::Tensor probability = core::readNpy(argv[4]);
    const Eigen::MatrixXd truthPlane = (probability.toMatrix().array() > 0.6).cast<double>();
    viewer.setTruth(core::Tensor::fromMatrix(truthPlane));
    viewer.addPrediction(QStringLiteral("model"), probability);
    std::vector<double> steps;
    for (int k = 0; k < 50; ++k) {
        QElapsedTimer step;
        step.start();
        viewer.setThreshold(0.3 + 0.4 * k / 49.0);
        steps.push_back(step.nsecsElapsed() / 1e6);
    }
    std::sort(steps.begin(), steps.end());
    nlohmann::json timings = {{"pairs", pairs}, {"all_metrics_ms", allMs}, {"slider_step_ms", steps[steps.size() / 2]}};
    std::cout << timings.dump() << '\n';
    return 0;
}

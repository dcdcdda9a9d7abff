#include "examples/segmentationexample.h"

#include "examples/examplefiles.h"
#include "examples/exampletables.h"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <random>

namespace core {

namespace {

constexpr int kRows = 160, kCols = 200;

/// An ellipse of radii (ry, rx) about (cy, cx), as 0/1.
Eigen::MatrixXd ellipse(double cy, double cx, double ry, double rx)
{
    Eigen::MatrixXd m = Eigen::MatrixXd::Zero(kRows, kCols);
    for (int r = 0; r < kRows; ++r)
        for (int c = 0; c < kCols; ++c)
            m(r, c) = std::pow((r - cy) / ry, 2) + std::pow((c - cx) / rx, 2) <= 1.0 ? 1.0 : 0.0;
    return m;
}

double cell(const Result &result, const std::string &model, const std::string &column)
{
    return rowValue(exampleTable(result, "metrics"), model, column);
}

} // namespace

Example segmentationExample()
{
    Example e;
    e.id = "segmentation.two-models";
    e.title = "Segmentation: TP, FP and FN of two imperfect models";
    e.claim = "Dice and IoU are tied by Dice = 2·IoU/(1 + IoU), so they rank segmentations alike, and both barely see a "
              "small false detection far from the object, which the Hausdorff distance, sensitive to outliers, does";
    e.citation = "Taha & Hanbury (2015), Metrics for evaluating 3D medical image segmentation: analysis, selection, "
                 "and tool, BMC Medical Imaging 15:29";
    e.analysisId = "seg.metrics";
    e.writeInputs = [](const std::string &folder) -> std::map<std::string, std::string> {
        // A textured "polyp" on a darker background; the truth is its outline.
        const Eigen::MatrixXd truth = ellipse(80, 90, 38, 50);
        std::mt19937 generator(2015);
        std::normal_distribution<double> noise(0.0, 12.0);
        Eigen::MatrixXd image(kRows, kCols);
        for (int r = 0; r < kRows; ++r)
            for (int c = 0; c < kCols; ++c)
                image(r, c) = 70 + 0.2 * c + 90 * truth(r, c) * (0.8 + 0.2 * std::sin(r * 0.3)) + noise(generator);
        // Model A: the boundary two pixels out (over-segments all round). Model B: exact, plus a false blob.
        const Eigen::MatrixXd a = ellipse(80, 90, 40, 52);
        const Eigen::MatrixXd b = (truth + ellipse(140, 180, 5, 6)).cwiseMin(1.0);
        const std::string base = folder + "/";
        writeExampleNpy(image, base + "polyp_image.npy");
        writeExampleNpy(truth, base + "polyp_truth.npy");
        writeExampleNpy(a, base + "model_a_boundary_off.npy");
        writeExampleNpy(b, base + "model_b_false_blob.npy");
        return {{"image", base + "polyp_image.npy"}, {"truth", base + "polyp_truth.npy"},
                {"prediction", base + "model_a_boundary_off.npy"}, {"second", base + "model_b_false_blob.npy"}};
    };
    e.compare = [](const Result &result) -> std::vector<ClaimRow> {
        const double iouA = cell(result, "prediction", "IoU"), iouB = cell(result, "second", "IoU");
        const double hdA = cell(result, "prediction", "HD"), hdB = cell(result, "second", "HD");
        return {
            {"Dice, model A (boundary 2 px out)", 2 * iouA / (1 + iouA), cell(result, "prediction", "Dice")},
            {"Dice, model B (exact + a small far blob)", 2 * iouB / (1 + iouB), cell(result, "second", "Dice")},
            {"HD of model B / HD of model A (Dice of B is higher)", std::string("≫ 1"), hdB / hdA},
        };
    };
    return e;
}

} // namespace core

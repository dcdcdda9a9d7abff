#include "examples/subsampleexample.h"

#include "examples/examplefiles.h"
#include "examples/exampletables.h"
#include "examples/spectrumexample.h"

#include <cmath>
#include <random>
#include <stdexcept>

namespace core {

namespace {

constexpr int kSize = 160; ///< SDAP's training patch: 25 sub-images of 32 x 32
constexpr double kNoise = 20.0;

} // namespace

Example sdapViewsExample()
{
    Example e;
    e.id = "subsample.sdap-views";
    e.title = "Sub-samples: 25 noisy views of one image (SDAP)";
    e.claim = "random sub-sampling (one pixel per 5 x 5 cell for each of 25 sub-images, positions permuted per cell) "
              "turns one noisy image into 25 views that use every pixel once; neighbouring views differ by the noise and "
              "a small sampling displacement, which SDAP's cyclic loss uses as the perturbation for self-supervised "
              "denoising; this example sub-samples a generated smooth scene (160 x 160) with Gaussian noise of sd 20";
    e.citation = "Pan et al. (2023), Random Sub-Samples Generation for Self-Supervised Real Image Denoising, ICCV 2023";
    e.analysisId = "subsample.sdap";
    e.writeInputs = [](const std::string &folder) -> std::map<std::string, std::string> {
        std::mt19937 generator(2023);
        // A smooth scene: power only below 0.01 cycles/pixel, so a 5 x 5 cell is nearly flat.
        const Eigen::MatrixXd scene = filteredNoise(kSize, generator, [](double fx, double fy) {
            return std::hypot(fx, fy) < 0.01 ? 1.0 : 0.0;
        });
        std::normal_distribution<double> noise(0.0, kNoise);
        Eigen::MatrixXd image = (128.0 + 40.0 / std::sqrt(scene.array().square().mean()) * scene.array()).matrix();
        for (Eigen::Index i = 0; i < image.size(); ++i)
            image(i) += noise(generator);
        writeExampleNpy(image, folder + "/noisy_scene.npy");
        return {{"image", folder + "/noisy_scene.npy"}};
    };
    e.compare = [](const Result &result) -> std::vector<ClaimRow> {
        const TableResult &check = exampleTable(result, "partition");
        const double share = double(std::get<std::int64_t>(check.rows.at(0).at(6))) / double(std::get<std::int64_t>(check.rows.at(0).at(5)));
        // Sub-image j is the mosaic's tile (j / 5, j % 5); the cyclic loss pairs it with j + 1 (mod 25).
        const Eigen::MatrixXd mosaic = exampleItem<ImageResult>(result, "mosaic").image.toMatrix();
        const Eigen::Index h = mosaic.rows() / 5, w = mosaic.cols() / 5;
        const auto tile = [&](int j) { return mosaic.block((j / 5) * h, (j % 5) * w, h, w); };
        // Over the cycle the differences sum to zero, so their mean square is their variance.
        double squares = 0;
        for (int j = 0; j < 25; ++j)
            squares += (tile(j) - tile((j + 1) % 25)).squaredNorm();
        const double variance = squares / (25.0 * double(h * w));
        return {{"share of pixels used exactly once by the 25 sub-images", 1.0, share},
                {"variance of s_j - s_(j+1) / (2 sd²): the noise of two views", std::string("≈ 1 (plus the scene's variation in a cell)"),
                 variance / (2 * kNoise * kNoise)}};
    };
    return e;
}

} // namespace core

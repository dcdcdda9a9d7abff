#include "examples/resamplingexamples.h"

#include "analyses/augment/coordinateresampling.h"
#include "examples/examplefiles.h"
#include "examples/exampletables.h"
#include "examples/spectrumexample.h"
#include "models/linearclassifierfile.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

namespace core {

namespace {

constexpr int kGratingSize = 32;
constexpr int kPerClass = 60;
constexpr double kFrequency = 0.3; ///< cycles/pixel: fine detail, as adversarial perturbations are
constexpr double kAmplitude = 10, kNoise = 45;

/// A cosine grating of kFrequency at `degrees`, one period of phase fixed (the classifier's template).
Eigen::MatrixXd grating(double degrees)
{
    const double a = degrees * M_PI / 180.0;
    Eigen::MatrixXd g(kGratingSize, kGratingSize);
    for (int r = 0; r < kGratingSize; ++r)
        for (int c = 0; c < kGratingSize; ++c)
            g(r, c) = std::cos(2 * M_PI * kFrequency * (c * std::cos(a) + r * std::sin(a)));
    return g;
}

double accuracyAt(const Result &result, const std::string &interpolation, double magnitude)
{
    for (const std::vector<TableCell> &row : exampleTable(result, "accuracy").rows)
        if (std::get<std::string>(row.at(0)) == interpolation && std::abs(std::get<double>(row.at(2)) - magnitude) < 1e-12)
            return std::get<double>(row.at(3));
    throw std::logic_error("resample.irad-accuracy gave no row " + interpolation);
}

/// Mean of profile B / profile A over the bins with lo <= f < hi cycles/pixel.
double profileRatio(const Result &result, double lo, double hi)
{
    const SeriesResult &plot = exampleItem<SeriesResult>(result, "radial-profiles");
    const Series &a = plot.series.at(0), &b = plot.series.at(1);
    double sum = 0;
    int n = 0;
    for (std::size_t i = 0; i < a.x.size(); ++i)
        if (a.x[i] >= lo && a.x[i] < hi && a.y[i] > 0) {
            sum += b.y[i] / a.y[i];
            ++n;
        }
    return n ? sum / n : std::nan("");
}

} // namespace

Example iradAccuracyExample()
{
    Example e;
    e.id = "resample.irad-accuracy-drop";
    e.title = "Resampling: clean accuracy falls as the shifts grow (IRAD)";
    e.claim = "basic resampling (interpolation at shifted coordinates) partly mitigates adversarial attacks but lowers "
              "the accuracy on clean images, the more the larger the shifts; this example generates 180 noisy 32 x 32 "
              "images of fine gratings (0.3 cycles/pixel) at 0°, 60° and 120° and a matched-filter linear classifier "
              "(saved as TorchScript), then resamples with Gaussian shifts";
    e.citation = "Cao et al. (2024), IRAD: Implicit Representation-driven Image Resampling against Adversarial "
                 "Attacks, ICLR 2024";
    e.analysisId = "resample.irad-accuracy";
    e.parameters = {{"magnitudes", "0.5, 1, 2, 4"}, {"shift", "gaussian"}};
    e.writeInputs = [](const std::string &folder) -> std::map<std::string, std::string> {
        const double angles[3] = {0.0, 60.0, 120.0};
        std::mt19937 generator(2024);
        std::normal_distribution<double> noise(0.0, kNoise);
        Tensor images = Tensor::zeros(DType::UInt8, {3 * kPerClass, kGratingSize, kGratingSize});
        Tensor labels = Tensor::zeros(DType::Int64, {3 * kPerClass});
        std::uint8_t *pixels = images.mutableData<std::uint8_t>();
        Eigen::MatrixXd weight(3, kGratingSize * kGratingSize);
        Eigen::VectorXd bias(3);
        for (int k = 0; k < 3; ++k) {
            const Eigen::MatrixXd g = grating(angles[k]);
            // On inputs scaled to 0 … 1: the template, centred on the mean grey 128 / 255.
            for (int r = 0; r < kGratingSize; ++r)
                for (int c = 0; c < kGratingSize; ++c)
                    weight(k, r * kGratingSize + c) = kAmplitude / 255.0 * g(r, c);
            bias(k) = -weight.row(k).sum() * 128.0 / 255.0;
            for (int i = 0; i < kPerClass; ++i) {
                const std::int64_t n = std::int64_t(k) * kPerClass + i;
                labels.mutableData<std::int64_t>()[n] = k;
                for (int r = 0; r < kGratingSize; ++r)
                    for (int c = 0; c < kGratingSize; ++c)
                        pixels[(n * kGratingSize + r) * kGratingSize + c] =
                            std::uint8_t(std::clamp(std::round(128 + kAmplitude * g(r, c) + noise(generator)), 0.0, 255.0));
            }
        }
        writeExampleNpy(images, folder + "/gratings.npy");
        writeExampleNpy(labels, folder + "/labels.npy");
        writeLinearClassifier(folder + "/matched_filter.pt", weight, bias);
        return {{"model", folder + "/matched_filter.pt"}, {"images", folder + "/gratings.npy"}, {"labels", folder + "/labels.npy"}};
    };
    e.compare = [](const Result &result) -> std::vector<ClaimRow> {
        return {{"clean accuracy", std::string("(the baseline; chance is 0.33)"), accuracyAt(result, "clean", 0.0)},
                {"bilinear, s = 1 (half-pixel shifts)", std::string("lower than clean"), accuracyAt(result, "bilinear", 1.0)},
                {"bilinear, s = 4 (two-pixel shifts)", std::string("lower still"), accuracyAt(result, "bilinear", 4.0)},
                {"nearest, s = 4", std::string("lower still"), accuracyAt(result, "nearest", 4.0)}};
    };
    return e;
}

Example resamplingLowPassExample()
{
    Example e;
    e.id = "spectrum.resampling-lowpass";
    e.title = "Spectra: what resampling keeps and removes (IRAD)";
    e.claim = "interpolating at shifted coordinates averages neighbouring pixels: low frequencies pass and high "
              "frequencies are attenuated, which is where IRAD's basic resampling removes adversarial perturbations "
              "and also fine detail; this example compares a generated broadband texture (128 x 128) with its "
              "bilinear resampling at Gaussian shifts of s = 1 (the mechanism is inferred from the method, not a number "
              "the paper reports)";
    e.citation = "Cao et al. (2024), IRAD: Implicit Representation-driven Image Resampling against Adversarial "
                 "Attacks, ICLR 2024";
    e.analysisId = "spectrum.compare";
    e.writeInputs = [](const std::string &folder) -> std::map<std::string, std::string> {
        std::mt19937 generator(1024);
        // Broadband: a gentle 1/f^0.5 fall-off, so that every frequency carries power.
        const Eigen::MatrixXd texture = filteredNoise(128, generator, [](double fx, double fy) {
            const double f = std::hypot(fx, fy);
            return f > 0 ? std::pow(f * 128.0, -0.5) : 0.0;
        });
        const Eigen::MatrixXd image = (128.0 + 30.0 / std::sqrt(texture.array().square().mean()) * texture.array()).matrix();
        const ShiftField shifts = drawShifts(image.rows(), image.cols(), ShiftKind::Gaussian, 1.0, 0);
        writeExampleNpy(image, folder + "/texture.npy");
        writeExampleNpy(resamplePlane(image, shifts, Interpolation::Bilinear), folder + "/texture_resampled.npy");
        return {{"image", folder + "/texture.npy"}, {"second", folder + "/texture_resampled.npy"}};
    };
    e.compare = [](const Result &result) -> std::vector<ClaimRow> {
        return {{"resampled / original amplitude, f < 0.1 cycles/pixel", std::string("≈ 1 (passed)"), profileRatio(result, 0.0, 0.1)},
                {"… 0.1 ≤ f < 0.3", std::string("between"), profileRatio(result, 0.1, 0.3)},
                {"… f ≥ 0.35 (near Nyquist)", std::string("< 1 (attenuated)"), profileRatio(result, 0.35, 1.0)}};
    };
    return e;
}

} // namespace core

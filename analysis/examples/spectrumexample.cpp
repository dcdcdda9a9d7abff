#include "examples/spectrumexample.h"

#include "examples/examplefiles.h"
#include "examples/exampletables.h"

#include <opencv2/core.hpp>

#include <cmath>
#include <random>
#include <stdexcept>

namespace core {

namespace {

constexpr int kSize = 256;

} // namespace

Eigen::MatrixXd filteredNoise(int size, std::mt19937 &generator, const std::function<double(double fx, double fy)> &gain)
{
    std::normal_distribution<double> normal;
    cv::Mat noise(size, size, CV_64F);
    for (int r = 0; r < size; ++r)
        for (int c = 0; c < size; ++c)
            noise.at<double>(r, c) = normal(generator);
    // A gain even in f keeps the Hermitian symmetry, so the inverse DFT is real.
    cv::Mat spectrum;
    cv::dft(noise, spectrum, cv::DFT_COMPLEX_OUTPUT);
    for (int r = 0; r < size; ++r) {
        const double fy = double(r <= size / 2 ? r : r - size) / size;
        for (int c = 0; c < size; ++c) {
            const double fx = double(c <= size / 2 ? c : c - size) / size;
            spectrum.at<cv::Vec2d>(r, c) *= gain(fx, fy);
        }
    }
    cv::Mat image;
    cv::dft(spectrum, image, cv::DFT_INVERSE | cv::DFT_REAL_OUTPUT | cv::DFT_SCALE);
    Eigen::MatrixXd out(size, size);
    for (int r = 0; r < size; ++r)
        for (int c = 0; c < size; ++c)
            out(r, c) = image.at<double>(r, c);
    return out;
}

Eigen::MatrixXd oneOverFNoise(int size, unsigned seed)
{
    std::mt19937 generator(seed);
    return filteredNoise(size, generator, [](double fx, double fy) {
        const double f = std::hypot(fx, fy);
        return f > 0 ? 1.0 / f : 0.0;
    });
}

double logLogSlope(const std::vector<double> &x, const std::vector<double> &y, double lo, double hi)
{
    double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
        if (x[i] < lo || x[i] > hi || !(y[i] > 0))
            continue;
        const double u = std::log(x[i]), v = std::log(y[i]);
        n += 1;
        sx += u;
        sy += v;
        sxx += u * u;
        sxy += u * v;
    }
    if (n < 2)
        throw std::logic_error("fewer than two points to fit a slope");
    return (n * sxy - sx * sy) / (n * sxx - sx * sx);
}

Example oneOverFSpectrumExample()
{
    Example e;
    e.id = "spectrum.one-over-f";
    e.title = "Spectra: the 1/f amplitude of natural-image statistics";
    e.claim = "the amplitude spectra of natural images fall as 1/f, a slope of −1 on log-log axes; this "
              "example draws 1/f noise with natural-image statistics and measures the slope of its radial profile";
    e.citation = "Field (1987), Relations between the statistics of natural images and the response properties "
                 "of cortical cells, J. Opt. Soc. Am. A 4, 2379";
    e.analysisId = "spectrum.image";
    e.parameters = {{"extent", "inscribed"}};
    e.writeInputs = [](const std::string &folder) -> std::map<std::string, std::string> {
        const std::string path = folder + "/one_over_f_256.npy";
        writeExampleNpy(oneOverFNoise(kSize, 1987), path);
        return {{"image", path}};
    };
    e.compare = [](const Result &result) -> std::vector<ClaimRow> {
        const Series &profile = exampleItem<SeriesResult>(result, "radial-profile").series.at(0);
        // From 2 bins (below, the few pixels of a ring scatter) to a quarter of the sampling rate.
        const double slope = logLogSlope(profile.x, profile.y, 2.0 / kSize, 0.25);
        return {{"log-log slope of the radial amplitude, 2/256 … 0.25 cycles/pixel", -1.0, slope}};
    };
    return e;
}

} // namespace core

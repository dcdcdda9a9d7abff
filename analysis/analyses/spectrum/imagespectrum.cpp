#include "analyses/spectrum/imagespectrum.h"

#include "analyses/spectrum/imageplanes.h"
#include "analyses/spectrum/planedft.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <complex>

namespace core {

constexpr int kAngularBins = 36; // 5 degrees each

Eigen::VectorXd hannWindow(Eigen::Index n)
{
    Eigen::VectorXd w(n);
    if (n == 1) {
        w(0) = 1.0;
        return w;
    }
    for (Eigen::Index i = 0; i < n; ++i)
        w(i) = 0.5 - 0.5 * std::cos(2.0 * M_PI * static_cast<double>(i) / static_cast<double>(n - 1));
    return w;
}

namespace {

Eigen::MatrixXd phaseSpectrum(const Eigen::Ref<const Eigen::MatrixXd> &plane, bool useHann)
{
    Eigen::MatrixXd windowed = plane;
    if (useHann)
        windowed = hannWindow(plane.rows()).asDiagonal() * plane * hannWindow(plane.cols()).asDiagonal();
    const Eigen::MatrixXcd spectrum = planeDft(windowed, false);
    return fftShift(spectrum.unaryExpr([](const std::complex<double> &v) { return std::arg(v); }).real());
}

} // namespace

Eigen::MatrixXd amplitudeSpectrum(const Eigen::Ref<const Eigen::MatrixXd> &plane, bool useHann,
                                  ImageSpectrumOptions::Norm norm)
{
    const auto rows = static_cast<int>(plane.rows());
    const auto cols = static_cast<int>(plane.cols());
    cv::Mat input(rows, cols, CV_64F);
    Eigen::VectorXd wr, wc;
    if (useHann) {
        wr = hannWindow(rows);
        wc = hannWindow(cols);
    }
    for (int r = 0; r < rows; ++r) {
        auto *row = input.ptr<double>(r);
        for (int c = 0; c < cols; ++c)
            row[c] = useHann ? plane(r, c) * wr(r) * wc(c) : plane(r, c);
    }
    cv::Mat spectrum;
    cv::dft(input, spectrum, cv::DFT_COMPLEX_OUTPUT);

    const double scale = norm == ImageSpectrumOptions::Norm::Ortho ? 1.0 / std::sqrt(static_cast<double>(rows) * cols) : 1.0;
    Eigen::MatrixXd shifted(rows, cols);
    const int rowShift = rows / 2, colShift = cols / 2;
    for (int r = 0; r < rows; ++r) {
        const auto *row = spectrum.ptr<cv::Vec2d>(r);
        const int sr = (r + rowShift) % rows;
        for (int c = 0; c < cols; ++c)
            shifted(sr, (c + colShift) % cols) = std::hypot(row[c][0], row[c][1]) * scale;
    }
    return shifted;
}

RadialProfile radialProfile(const Eigen::Ref<const Eigen::MatrixXd> &shifted)
{
    const Eigen::Index rows = shifted.rows(), cols = shifted.cols();
    const Eigen::Index cy = rows / 2, cx = cols / 2;
    const double farY = static_cast<double>(std::max(cy, rows - 1 - cy));
    const double farX = static_cast<double>(std::max(cx, cols - 1 - cx));
    const auto bins = static_cast<std::size_t>(std::floor(std::sqrt(farY * farY + farX * farX))) + 1;

    RadialProfile profile;
    profile.mean.assign(bins, 0.0);
    profile.count.assign(bins, 0);
    for (Eigen::Index r = 0; r < rows; ++r) {
        const double dy = static_cast<double>(r - cy);
        for (Eigen::Index c = 0; c < cols; ++c) {
            const double dx = static_cast<double>(c - cx);
            const auto bin = static_cast<std::size_t>(std::floor(std::sqrt(dy * dy + dx * dx)));
            profile.mean[bin] += shifted(r, c);
            ++profile.count[bin];
        }
    }
    for (std::size_t k = 0; k < bins; ++k)
        profile.mean[k] = profile.count[k] > 0 ? profile.mean[k] / static_cast<double>(profile.count[k])
                                               : std::nan("");
    return profile;
}

std::vector<double> angularProfile(const Eigen::Ref<const Eigen::MatrixXd> &shifted, int bins)
{
    const Eigen::Index rows = shifted.rows(), cols = shifted.cols();
    const Eigen::Index cy = rows / 2, cx = cols / 2;
    const double inscribed = double(std::min({cy, rows - 1 - cy, cx, cols - 1 - cx}));
    std::vector<double> sums(std::size_t(bins), 0.0), counts(std::size_t(bins), 0.0);
    for (Eigen::Index r = 0; r < rows; ++r)
        for (Eigen::Index c = 0; c < cols; ++c) {
            const double dy = -double(r - cy), dx = double(c - cx);
            const double distance = std::sqrt(dx * dx + dy * dy);
            if (distance < 1 || distance > inscribed)
                continue;
            double degrees = std::atan2(dy, dx) * 180.0 / M_PI;
            degrees = std::fmod(degrees + 360.0, 180.0);
            const auto k = std::min(bins - 1, static_cast<int>(degrees / (180.0 / bins)));
            sums[std::size_t(k)] += shifted(r, c);
            counts[std::size_t(k)] += 1;
        }
    for (std::size_t k = 0; k < sums.size(); ++k)
        sums[k] = counts[k] > 0 ? sums[k] / counts[k] : std::nan("");
    return sums;
}

std::vector<ChannelSpectrum> computeImageSpectrum(const Tensor &image, const ImageSpectrumOptions &options,
                                                  Progress &progress, const CancelToken &cancel)
{
    const std::vector<ImagePlane> planes = imagePlanes(
        image, options.channels == ImageSpectrumOptions::Channels::Grey ? PlaneMode::Grey : PlaneMode::PerChannel);
    std::vector<ChannelSpectrum> spectra;
    for (std::size_t k = 0; k < planes.size(); ++k) {
        cancel.throwIfCancelled();
        progress.report(static_cast<double>(k) / static_cast<double>(planes.size()), "FFT of " + planes[k].name);
        ChannelSpectrum spectrum;
        spectrum.channel = planes[k].name;
        spectrum.amplitude = amplitudeSpectrum(planes[k].values, options.hannWindow, options.norm);
        spectrum.profile = radialProfile(spectrum.amplitude);
        spectrum.angular = angularProfile(spectrum.amplitude, kAngularBins);
        spectrum.phase = phaseSpectrum(planes[k].values, options.hannWindow);
        spectra.push_back(std::move(spectrum));
    }
    progress.report(1.0, "done");
    return spectra;
}

} // namespace core

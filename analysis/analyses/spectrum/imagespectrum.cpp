#include "analyses/spectrum/imagespectrum.h"

#include "analyses/spectrum/imageplanes.h"

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

/// The fftshifted amplitude (scaled as `norm`) and phase of w * plane, from one DFT.
void shiftedSpectrum(const Eigen::Ref<const Eigen::MatrixXd> &plane, bool useHann, ImageSpectrumOptions::Norm norm,
                     Eigen::MatrixXd *amplitude, Eigen::MatrixXd *phase)
{
    const auto rows = static_cast<int>(plane.rows());
    const auto cols = static_cast<int>(plane.cols());
    cv::Mat input(rows, cols, CV_64F);
    Eigen::Map<Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>> rowMajor(input.ptr<double>(), rows, cols);
    if (useHann)
        rowMajor = hannWindow(rows).asDiagonal() * plane * hannWindow(cols).asDiagonal();
    else
        rowMajor = plane;
    cv::Mat spectrum;
    cv::dft(input, spectrum, cv::DFT_COMPLEX_OUTPUT);
    const double scale = norm == ImageSpectrumOptions::Norm::Ortho ? 1.0 / std::sqrt(static_cast<double>(rows) * cols) : 1.0;
    // Row-major results, transposed into Eigen's column-major order once at the end.
    Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> a(rows, cols), p;
    if (phase)
        p.resize(rows, cols);
    const int rowShift = rows / 2, colShift = cols / 2;
    for (int r = 0; r < rows; ++r) {
        const auto *row = spectrum.ptr<cv::Vec2d>(r);
        const int sr = (r + rowShift) % rows;
        for (int c = 0; c < cols; ++c) {
            const int sc = (c + colShift) % cols;
            a(sr, sc) = std::sqrt(row[c][0] * row[c][0] + row[c][1] * row[c][1]) * scale;
            if (phase)
                p(sr, sc) = std::atan2(row[c][1], row[c][0]);
        }
    }
    *amplitude = a;
    if (phase)
        *phase = p;
}

} // namespace

Eigen::MatrixXd amplitudeSpectrum(const Eigen::Ref<const Eigen::MatrixXd> &plane, bool useHann,
                                  ImageSpectrumOptions::Norm norm)
{
    Eigen::MatrixXd amplitude;
    shiftedSpectrum(plane, useHann, norm, &amplitude, nullptr);
    return amplitude;
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
    for (Eigen::Index c = 0; c < cols; ++c) { // column by column: Eigen's storage order
        const double dx = static_cast<double>(c - cx);
        for (Eigen::Index r = 0; r < rows; ++r) {
            const double dy = static_cast<double>(r - cy);
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
    for (Eigen::Index c = 0; c < cols; ++c) // column by column: Eigen's storage order
        for (Eigen::Index r = 0; r < rows; ++r) {
            const double dy = -double(r - cy), dx = double(c - cx);
            const double distance = std::sqrt(dx * dx + dy * dy);
            if (distance < 1 || distance > inscribed)
                continue;
            // Bins centred on 0, 5, 10, ... degrees, so that the axes and diagonals sit mid-bin.
            const double width = 180.0 / bins;
            const double degrees = std::fmod(std::atan2(dy, dx) * 180.0 / M_PI + 360.0 + width / 2, 180.0);
            const auto k = std::min(bins - 1, static_cast<int>(degrees / width));
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
        shiftedSpectrum(planes[k].values, options.hannWindow, options.norm, &spectrum.amplitude, &spectrum.phase);
        spectrum.profile = radialProfile(spectrum.amplitude);
        spectrum.angular = angularProfile(spectrum.amplitude, kAngularBins);
        spectra.push_back(std::move(spectrum));
    }
    progress.report(1.0, "done");
    return spectra;
}

} // namespace core

#include "analyses/spectrum/planedft.h"

#include <opencv2/core.hpp>

#include <cmath>

namespace core {

Eigen::MatrixXcd planeDft(const Eigen::Ref<const Eigen::MatrixXd> &plane, bool ortho)
{
    const auto rows = static_cast<int>(plane.rows()), cols = static_cast<int>(plane.cols());
    cv::Mat input(rows, cols, CV_64F);
    for (int r = 0; r < rows; ++r) {
        auto *row = input.ptr<double>(r);
        for (int c = 0; c < cols; ++c)
            row[c] = plane(r, c);
    }
    cv::Mat spectrum;
    cv::dft(input, spectrum, cv::DFT_COMPLEX_OUTPUT);
    const double scale = ortho ? 1.0 / std::sqrt(double(rows) * double(cols)) : 1.0;
    Eigen::MatrixXcd out(rows, cols);
    for (int r = 0; r < rows; ++r) {
        const auto *row = spectrum.ptr<cv::Vec2d>(r);
        for (int c = 0; c < cols; ++c)
            out(r, c) = std::complex<double>(row[c][0] * scale, row[c][1] * scale);
    }
    return out;
}

Eigen::MatrixXd inverseDftRealPart(const Eigen::Ref<const Eigen::MatrixXcd> &spectrum, bool ortho)
{
    const auto rows = static_cast<int>(spectrum.rows()), cols = static_cast<int>(spectrum.cols());
    cv::Mat input(rows, cols, CV_64FC2);
    for (int r = 0; r < rows; ++r) {
        auto *row = input.ptr<cv::Vec2d>(r);
        for (int c = 0; c < cols; ++c)
            row[c] = cv::Vec2d(spectrum(r, c).real(), spectrum(r, c).imag());
    }
    // Complex output, then the real part: a spectrum that is not exactly Hermitian keeps numpy's
    // ifft2(...).real, which DFT_REAL_OUTPUT (which assumes the symmetry) would not.
    cv::Mat image;
    cv::dft(input, image, cv::DFT_INVERSE | cv::DFT_COMPLEX_OUTPUT);
    const double n = double(rows) * double(cols);
    const double scale = ortho ? 1.0 / std::sqrt(n) : 1.0 / n;
    Eigen::MatrixXd out(rows, cols);
    for (int r = 0; r < rows; ++r) {
        const auto *row = image.ptr<cv::Vec2d>(r);
        for (int c = 0; c < cols; ++c)
            out(r, c) = row[c][0] * scale;
    }
    return out;
}

namespace {

Eigen::MatrixXd rolled(const Eigen::Ref<const Eigen::MatrixXd> &values, Eigen::Index rowShift, Eigen::Index colShift)
{
    const Eigen::Index rows = values.rows(), cols = values.cols();
    Eigen::MatrixXd out(rows, cols);
    for (Eigen::Index c = 0; c < cols; ++c)
        for (Eigen::Index r = 0; r < rows; ++r)
            out((r + rowShift) % rows, (c + colShift) % cols) = values(r, c);
    return out;
}

} // namespace

Eigen::MatrixXd fftShift(const Eigen::Ref<const Eigen::MatrixXd> &values)
{
    return rolled(values, values.rows() / 2, values.cols() / 2);
}

Eigen::MatrixXd ifftShift(const Eigen::Ref<const Eigen::MatrixXd> &values)
{
    return rolled(values, values.rows() - values.rows() / 2, values.cols() - values.cols() / 2);
}

FpgmBins fpgmBins(Eigen::Index rows, Eigen::Index cols)
{
    FpgmBins bins;
    bins.count = static_cast<int>(std::min(rows / 2, cols / 2));
    bins.bin.resize(rows, cols);
    bins.pixels.assign(std::size_t(std::max(bins.count, 0)), 0.0);
    for (Eigen::Index r = 0; r < rows; ++r)
        for (Eigen::Index c = 0; c < cols; ++c) {
            const double dy = double(r - rows / 2), dx = double(c - cols / 2);
            const int k = static_cast<int>(std::sqrt(dy * dy + dx * dx)); // trunc, as FPGM's .long()
            bins.bin(r, c) = k;
            if (k < bins.count)
                bins.pixels[std::size_t(k)] += 1.0;
        }
    return bins;
}

std::vector<double> fpgmProfile(const Eigen::Ref<const Eigen::MatrixXd> &shifted, const FpgmBins &bins)
{
    std::vector<double> sums(bins.pixels.size(), 0.0);
    for (Eigen::Index c = 0; c < shifted.cols(); ++c)
        for (Eigen::Index r = 0; r < shifted.rows(); ++r) {
            const int k = bins.bin(r, c);
            if (k < bins.count)
                sums[std::size_t(k)] += shifted(r, c);
        }
    for (std::size_t k = 0; k < sums.size(); ++k)
        sums[k] /= bins.pixels[k];
    return sums;
}

} // namespace core

#include "analyses/spectrum/imageplanes.h"

#include "errors/analysiserror.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace core {

namespace {

constexpr std::int64_t kMaxPixels = std::int64_t(1) << 26; // 64 M pixels: an 8k x 8k image

} // namespace

std::vector<ImagePlane> imagePlanes(const Tensor &image, PlaneMode mode, const std::string &what)
{
    if (image.isNull())
        throw AnalysisError("no " + what);
    if (image.ndim() != 2 && image.ndim() != 3)
        throw AnalysisError("expected " + what + " of shape (H, W) or (H, W, C), got " + std::to_string(image.ndim())
                            + " dimensions");
    const std::int64_t rows = image.dim(0), cols = image.dim(1);
    const std::int64_t channels = image.ndim() == 3 ? image.dim(2) : 1;
    if (rows < 1 || cols < 1)
        throw AnalysisError(what + " is empty (" + std::to_string(rows) + " x " + std::to_string(cols) + ")");
    if (rows * cols > kMaxPixels)
        throw AnalysisError(what + " has " + std::to_string(rows * cols) + " pixels; the limit is "
                            + std::to_string(kMaxPixels));
    if (channels != 1 && channels != 3 && channels != 4)
        throw AnalysisError("expected 1, 3 (RGB) or 4 (RGBA) channels in the last axis of " + what + ", got "
                            + std::to_string(channels) + " (channel-first arrays must be transposed)");

    const Tensor doubles = image.to(DType::Float64);
    const double *data = doubles.data<double>();
    std::int64_t nonFinite = 0;
    auto plane = [&](std::int64_t channel) {
        Eigen::MatrixXd values(rows, cols);
        for (std::int64_t r = 0; r < rows; ++r)
            for (std::int64_t c = 0; c < cols; ++c) {
                const double v = data[(r * cols + c) * channels + channel];
                nonFinite += std::isfinite(v) ? 0 : 1;
                values(r, c) = v;
            }
        return values;
    };

    std::vector<ImagePlane> planes;
    if (channels == 1) {
        planes.push_back({"grey", plane(0)});
    } else if (mode == PlaneMode::Grey) {
        // In double precision (as FPGM's prior; no rounding to 8 bits).
        planes.push_back({"grey", 0.299 * plane(0) + 0.587 * plane(1) + 0.114 * plane(2)});
    } else {
        const char *names[] = {"red", "green", "blue"};
        for (int ch = 0; ch < 3; ++ch)
            planes.push_back({names[ch], plane(ch)});
    }
    if (nonFinite > 0)
        throw AnalysisError(what + " contains " + std::to_string(nonFinite)
                            + " NaN/Inf values; its spectrum is undefined (mask or replace them first)");
    return planes;
}

Eigen::MatrixXd resizeBilinear(const Eigen::Ref<const Eigen::MatrixXd> &plane, Eigen::Index rows, Eigen::Index cols)
{
    cv::Mat in(int(plane.rows()), int(plane.cols()), CV_64F), out;
    for (int r = 0; r < in.rows; ++r)
        for (int c = 0; c < in.cols; ++c)
            in.at<double>(r, c) = plane(r, c);
    cv::resize(in, out, cv::Size(int(cols), int(rows)), 0, 0, cv::INTER_LINEAR);
    Eigen::MatrixXd result(rows, cols);
    for (int r = 0; r < int(rows); ++r)
        for (int c = 0; c < int(cols); ++c)
            result(r, c) = out.at<double>(r, c);
    return result;
}

Tensor planesToTensor(const std::vector<ImagePlane> &planes)
{
    if (planes.size() == 1)
        return Tensor::fromMatrix(planes.front().values);
    const Eigen::Index rows = planes.front().values.rows(), cols = planes.front().values.cols();
    const auto channels = static_cast<std::int64_t>(planes.size());
    Tensor out = Tensor::zeros(DType::Float64, {rows, cols, channels});
    double *data = out.mutableData<double>();
    for (Eigen::Index r = 0; r < rows; ++r)
        for (Eigen::Index c = 0; c < cols; ++c)
            for (std::int64_t ch = 0; ch < channels; ++ch)
                data[(r * cols + c) * channels + ch] = planes[std::size_t(ch)].values(r, c);
    return out;
}

} // namespace core

#include "analyses/spectrum/setsignature.h"

#include "analyses/segmentation/maskplane.h"
#include "analyses/spectrum/edgeband.h"
#include "analyses/spectrum/imageplanes.h"
#include "analyses/spectrum/planedft.h"
#include "errors/analysiserror.h"
#include "io/imagefolder.h"
#include "task/parallelfor.h"
#include "task/availablecores.h"
#include "task/threadbudget.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <memory>
#include <mutex>

namespace core {

Eigen::MatrixXd binaryMaskPlane(const Eigen::Ref<const Eigen::MatrixXd> &plane, bool binarise, const std::string &what)
{
    const double low = plane.minCoeff(), high = plane.maxCoeff();
    bool twoValued = true;
    for (Eigen::Index c = 0; c < plane.cols() && twoValued; ++c)
        for (Eigen::Index r = 0; r < plane.rows(); ++r)
            if (plane(r, c) != low && plane(r, c) != high) {
                twoValued = false;
                break;
            }
    if (!twoValued && !binarise)
        throw AnalysisError(what + " is not binary: it holds values between " + std::to_string(low) + " and "
                            + std::to_string(high) + " (an anti-aliased or JPEG-compressed mask?); turn on 'Binarise "
                            "masks' to take the values above half the maximum as foreground");
    if (low < 0)
        throw AnalysisError(what + " has negative values; a mask is 0 for background and positive for foreground");
    const double threshold = twoValued ? (low == high ? 0.0 : low) : high / 2.0;
    return (plane.array() > threshold).cast<double>().matrix();
}

namespace {

/// What one image contributes: orthonormal amplitudes, unshifted and row-major (zero frequency at
/// index 0), and their FPGM profiles.
struct ImageProfiles
{
    int rows = 0, cols = 0;
    std::vector<double> edgeAmplitude, wholeAmplitude;
    std::vector<double> edgeProfile, wholeProfile;
    bool edgeEmpty = false;
};

/// FPGM's radius bins of a size, in unshifted row-major order, and the pixels per bin (< R).
struct UnshiftedBins
{
    int rows = 0, cols = 0, count = 0;
    std::vector<int> bin;
    std::vector<double> pixels;

    /// One map per size for the whole run (a set has one size), shared by the threads.
    static std::shared_ptr<const UnshiftedBins> forSize(int rows, int cols)
    {
        static std::mutex mutex;
        static std::shared_ptr<const UnshiftedBins> cached;
        const std::lock_guard<std::mutex> lock(mutex);
        if (cached && cached->rows == rows && cached->cols == cols)
            return cached;
        auto made = std::make_shared<UnshiftedBins>();
        UnshiftedBins &bins = *made;
        {
            const FpgmBins shifted = fpgmBins(rows, cols);
            bins.rows = rows;
            bins.cols = cols;
            bins.count = shifted.count;
            bins.pixels = shifted.pixels;
            bins.bin.resize(std::size_t(rows) * std::size_t(cols));
            for (int r = 0; r < rows; ++r)
                for (int c = 0; c < cols; ++c) // unshifted (r, c) sits at shifted ((r + H/2) % H, (c + W/2) % W)
                    bins.bin[std::size_t(r) * std::size_t(cols) + std::size_t(c)] =
                        shifted.bin((r + rows / 2) % rows, (c + cols / 2) % cols);
        }
        cached = made;
        return cached;
    }
};

/// The grey luma 0.299 R + 0.587 G + 0.114 B as a row-major CV_64F plane; 8-bit images straight
/// from their bytes, others through imagePlanes (which checks shapes and NaN/Inf).
void greyOf(const Tensor &image, const std::string &what, cv::Mat &grey)
{
    const int channels = image.ndim() == 3 ? int(image.dim(2)) : 1;
    constexpr std::int64_t kMaxPixels = std::int64_t(1) << 26; // imagePlanes' limit: 64 M pixels
    if (image.dtype() == DType::UInt8 && image.isContiguous() && (image.ndim() == 2 || image.ndim() == 3)
        && (channels == 1 || channels == 3 || channels == 4) && image.dim(0) * image.dim(1) <= kMaxPixels) {
        const int rows = int(image.dim(0)), cols = int(image.dim(1));
        const auto *bytes = image.data<std::uint8_t>();
        grey.create(rows, cols, CV_64F);
        for (int r = 0; r < rows; ++r) {
            auto *out = grey.ptr<double>(r);
            const std::uint8_t *in = bytes + std::size_t(r) * std::size_t(cols) * std::size_t(channels);
            for (int c = 0; c < cols; ++c, in += channels)
                out[c] = channels == 1 ? double(in[0]) : 0.299 * in[0] + 0.587 * in[1] + 0.114 * in[2];
        }
        return;
    }
    const Eigen::MatrixXd plane = imagePlanes(image, PlaneMode::Grey, what).front().values;
    grey.create(int(plane.rows()), int(plane.cols()), CV_64F);
    for (int r = 0; r < grey.rows; ++r)
        for (int c = 0; c < grey.cols; ++c)
            grey.at<double>(r, c) = plane(r, c);
}

/// Buffers one image slot reuses from batch to batch: allocating them per image would cost a page
/// fault per page (large blocks go back to the system when freed).
struct Workspace
{
    cv::Mat grey, banded, spectrum;
};

/// |DFT(plane)| / sqrt(H W), unshifted row-major, and its FPGM profile.
void amplitudeAndProfile(const cv::Mat &plane, cv::Mat &spectrum, std::vector<double> &amplitude, std::vector<double> &profile)
{
    const std::shared_ptr<const UnshiftedBins> shared = UnshiftedBins::forSize(plane.rows, plane.cols);
    const UnshiftedBins &bins = *shared;
    cv::dft(plane, spectrum, cv::DFT_COMPLEX_OUTPUT);
    const double scale = 1.0 / std::sqrt(double(plane.rows) * double(plane.cols));
    amplitude.resize(std::size_t(plane.rows) * std::size_t(plane.cols));
    profile.assign(std::size_t(bins.count), 0.0);
    for (int r = 0; r < plane.rows; ++r) {
        const auto *row = spectrum.ptr<cv::Vec2d>(r);
        const std::size_t base = std::size_t(r) * std::size_t(plane.cols);
        for (int c = 0; c < plane.cols; ++c) {
            const double value = std::sqrt(row[c][0] * row[c][0] + row[c][1] * row[c][1]) * scale;
            amplitude[base + std::size_t(c)] = value;
            const int k = bins.bin[base + std::size_t(c)];
            if (k < bins.count)
                profile[std::size_t(k)] += value;
        }
    }
    for (std::size_t k = 0; k < profile.size(); ++k)
        profile[k] /= bins.pixels[k];
}

void profilesOf(const ImageFolder &set, const std::string &stem, const SignatureOptions &options, Workspace &work,
                ImageProfiles &out)
{
    const std::string imageName = set.imageFolder() + "/" + stem;
    greyOf(set.load("images/" + stem), "image '" + imageName + "'", work.grey);
    cv::Mat &grey = work.grey;
    out.edgeAmplitude.clear();
    out.wholeAmplitude.clear();
    out.edgeEmpty = false;
    if (options.edgeBand) {
        const std::string maskName = set.maskFolder() + "/" + stem;
        Eigen::MatrixXd mask = binaryMaskPlane(maskPlane(set.load("masks/" + stem), "mask '" + maskName + "'"),
                                               options.binarise, "mask '" + maskName + "'");
        if (mask.rows() != grey.rows || mask.cols() != grey.cols)
            throw AnalysisError("mask '" + maskName + "' is " + std::to_string(mask.rows()) + " x "
                                + std::to_string(mask.cols()) + " but its image is " + std::to_string(grey.rows) + " x "
                                + std::to_string(grey.cols) + "; a mask must have its image's size");
        if (options.resize > 0)
            mask = resizeNearest(mask, options.resize, options.resize);
        const double foreground = mask.sum();
        out.edgeEmpty = foreground == 0 || foreground == double(mask.size());
        if (options.resize > 0)
            cv::resize(cv::Mat(grey), grey, cv::Size(options.resize, options.resize), 0, 0, cv::INTER_LINEAR);
        if (!out.edgeEmpty) {
            const Eigen::MatrixXd band = edgeBand(mask);
            work.banded.create(grey.rows, grey.cols, CV_64F);
            for (int r = 0; r < grey.rows; ++r)
                for (int c = 0; c < grey.cols; ++c)
                    work.banded.at<double>(r, c) = grey.at<double>(r, c) * band(r, c);
            amplitudeAndProfile(work.banded, work.spectrum, out.edgeAmplitude, out.edgeProfile);
        }
    } else if (options.resize > 0) {
        cv::resize(cv::Mat(grey), grey, cv::Size(options.resize, options.resize), 0, 0, cv::INTER_LINEAR);
    }
    if (options.wholeImage)
        amplitudeAndProfile(grey, work.spectrum, out.wholeAmplitude, out.wholeProfile);
    out.rows = grey.rows;
    out.cols = grey.cols;
}

/// Running sums in image order, so that the result does not depend on the threads.
class ProfileAccumulator
{
public:
    void add(const std::vector<double> &amplitude, const std::vector<double> &profile)
    {
        if (m_sum.empty()) {
            m_sum.assign(amplitude.size(), 0.0);
            m_mean.assign(profile.size(), 0.0);
            m_squares.assign(profile.size(), 0.0);
        }
        for (std::size_t i = 0; i < amplitude.size(); ++i)
            m_sum[i] += amplitude[i];
        ++m_count;
        for (std::size_t k = 0; k < profile.size(); ++k) { // Welford
            const double delta = profile[k] - m_mean[k];
            m_mean[k] += delta / m_count;
            m_squares[k] += delta * (profile[k] - m_mean[k]);
        }
    }

    ProfileStatistics statistics(int rows, int cols) const
    {
        ProfileStatistics s;
        s.images = m_count;
        if (m_count == 0)
            return s;
        s.meanAmplitude.resize(rows, cols); // fftshifted
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c)
                s.meanAmplitude((r + rows / 2) % rows, (c + cols / 2) % cols) =
                    m_sum[std::size_t(r) * std::size_t(cols) + std::size_t(c)] / double(m_count);
        s.mean = m_mean;
        for (double squares : m_squares)
            s.sd.push_back(std::sqrt(squares / m_count));
        return s;
    }

private:
    std::vector<double> m_sum;
    std::vector<double> m_mean, m_squares;
    int m_count = 0;
};

std::string sizeText(Eigen::Index rows, Eigen::Index cols)
{
    return std::to_string(rows) + " x " + std::to_string(cols);
}

} // namespace

SetSignature setSignature(const ImageFolder &set, const SignatureOptions &options, const CancelToken &cancel,
                          const std::function<void(int)> &onProgress)
{
    const std::vector<std::string> &stems = set.pairedStems();
    if (stems.empty())
        throw AnalysisError("the set has no image with a mask (images and masks are paired by file stem)");
    if (!options.edgeBand && !options.wholeImage)
        throw AnalysisError("choose the edge-band signature, the whole-image one or both");

    SetSignature signature;
    ProfileAccumulator edge, whole;
    // One image per thread is decoded side by side, then added in order (more in flight costs memory, not time).
    const int threads = std::max(1, threadBudget() > 0 ? threadBudget() : availableCores()); // 0: no cap set
    const std::size_t batch = std::size_t(threads);
    std::vector<ImageProfiles> decoded(batch);
    std::vector<Workspace> workspaces(batch);
    std::vector<std::string> firstName;
    for (std::size_t start = 0; start < stems.size(); start += batch) {
        cancel.throwIfCancelled();
        const std::size_t count = std::min(batch, stems.size() - start);
        parallelFor(std::int64_t(count), 1, 0, [&](std::int64_t begin, std::int64_t end) {
            for (std::int64_t i = begin; i < end; ++i)
                profilesOf(set, stems[start + std::size_t(i)], options, workspaces[std::size_t(i)], decoded[std::size_t(i)]);
        }, cancel);
        cancel.throwIfCancelled();
        for (std::size_t i = 0; i < count; ++i) {
            const ImageProfiles &image = decoded[i];
            const std::string name = set.imageFolder() + "/" + stems[start + i];
            {
                if (signature.rows == 0) {
                    signature.rows = image.rows;
                    signature.cols = image.cols;
                    firstName = {name};
                    if (std::min(image.rows / 2, image.cols / 2) < 1)
                        throw AnalysisError("image '" + name + "' is " + sizeText(image.rows, image.cols)
                                            + "; a radial profile needs at least 2 x 2 pixels");
                } else if (image.rows != signature.rows || image.cols != signature.cols) {
                    throw AnalysisError("image '" + name + "' is " + sizeText(image.rows, image.cols) + " but '"
                                        + firstName.front() + "' is " + sizeText(signature.rows, signature.cols)
                                        + "; a set's profiles are averaged bin by bin, so its images need one size: "
                                        "set 'Resize to' to resize them all (images are never cropped)");
                }
            }
            if (!image.wholeAmplitude.empty())
                whole.add(image.wholeAmplitude, image.wholeProfile);
            if (!image.edgeAmplitude.empty())
                edge.add(image.edgeAmplitude, image.edgeProfile);
            signature.emptyMasks += image.edgeEmpty ? 1 : 0;
        }
        if (onProgress)
            onProgress(int(start + count));
    }
    signature.images = int(stems.size());
    signature.edge = edge.statistics(signature.rows, signature.cols);
    signature.whole = whole.statistics(signature.rows, signature.cols);
    if (options.edgeBand && signature.edge.images == 0)
        throw AnalysisError("every mask of the set is empty (or all foreground), so there is no edge band to average");
    return signature;
}

} // namespace core

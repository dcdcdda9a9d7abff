#include "analyses/spectrum/setsignature.h"

#include "analyses/segmentation/maskplane.h"
#include "analyses/spectrum/edgeband.h"
#include "analyses/spectrum/imageplanes.h"
#include "analyses/spectrum/planedft.h"
#include "errors/analysiserror.h"
#include "io/imagefolder.h"
#include "task/parallelfor.h"
#include "task/threadbudget.h"

#include <algorithm>
#include <cmath>

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

/// What one image contributes: fftshifted orthonormal amplitudes and their FPGM profiles.
struct ImageProfiles
{
    Eigen::MatrixXd edgeAmplitude, wholeAmplitude;
    std::vector<double> edgeProfile, wholeProfile;
    bool edgeEmpty = false;
};

Eigen::MatrixXd orthoAmplitude(const Eigen::MatrixXd &plane)
{
    return fftShift(planeDft(plane, true).cwiseAbs());
}

ImageProfiles profilesOf(const ImageFolder &set, const std::string &stem, const SignatureOptions &options)
{
    const std::string imageName = set.imageFolder() + "/" + stem;
    Eigen::MatrixXd grey = imagePlanes(set.load("images/" + stem), PlaneMode::Grey, "image '" + imageName + "'").front().values;
    ImageProfiles out;
    if (options.edgeBand) {
        const std::string maskName = set.maskFolder() + "/" + stem;
        Eigen::MatrixXd mask = binaryMaskPlane(maskPlane(set.load("masks/" + stem), "mask '" + maskName + "'"),
                                               options.binarise, "mask '" + maskName + "'");
        if (mask.rows() != grey.rows() || mask.cols() != grey.cols())
            throw AnalysisError("mask '" + maskName + "' is " + std::to_string(mask.rows()) + " x "
                                + std::to_string(mask.cols()) + " but its image is " + std::to_string(grey.rows()) + " x "
                                + std::to_string(grey.cols()) + "; a mask must have its image's size");
        if (options.resize > 0)
            mask = resizeNearest(mask, options.resize, options.resize);
        const double foreground = mask.sum();
        out.edgeEmpty = foreground == 0 || foreground == double(mask.size());
        if (options.resize > 0)
            grey = resizeBilinear(grey, options.resize, options.resize);
        if (!out.edgeEmpty)
            out.edgeAmplitude = orthoAmplitude(grey.cwiseProduct(edgeBand(mask)));
    } else if (options.resize > 0) {
        grey = resizeBilinear(grey, options.resize, options.resize);
    }
    if (options.wholeImage)
        out.wholeAmplitude = orthoAmplitude(grey);
    // The profiles here, on the worker threads; only the sums are left to the calling thread.
    const Eigen::MatrixXd &any = out.wholeAmplitude.size() ? out.wholeAmplitude : out.edgeAmplitude;
    if (any.size()) {
        thread_local FpgmBins bins; // one radius map per size and thread, not per image
        if (bins.bin.rows() != any.rows() || bins.bin.cols() != any.cols())
            bins = fpgmBins(any.rows(), any.cols());
        if (out.wholeAmplitude.size())
            out.wholeProfile = fpgmProfile(out.wholeAmplitude, bins);
        if (out.edgeAmplitude.size())
            out.edgeProfile = fpgmProfile(out.edgeAmplitude, bins);
    }
    return out;
}

/// Running sums in image order, so that the result does not depend on the threads.
class ProfileAccumulator
{
public:
    void add(const Eigen::MatrixXd &shifted, const std::vector<double> &profile)
    {
        if (m_sum.size() == 0) {
            m_sum = Eigen::MatrixXd::Zero(shifted.rows(), shifted.cols());
            m_mean.assign(profile.size(), 0.0);
            m_squares.assign(profile.size(), 0.0);
        }
        m_sum += shifted;
        ++m_count;
        for (std::size_t k = 0; k < profile.size(); ++k) { // Welford
            const double delta = profile[k] - m_mean[k];
            m_mean[k] += delta / m_count;
            m_squares[k] += delta * (profile[k] - m_mean[k]);
        }
    }

    ProfileStatistics statistics() const
    {
        ProfileStatistics s;
        s.images = m_count;
        if (m_count == 0)
            return s;
        s.meanAmplitude = m_sum / double(m_count);
        s.mean = m_mean;
        for (double squares : m_squares)
            s.sd.push_back(std::sqrt(squares / m_count));
        return s;
    }

private:
    Eigen::MatrixXd m_sum;
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
    // A batch of a few images per thread is decoded side by side, then added in order.
    const int threads = std::max(1, threadBudget());
    const std::size_t batch = std::size_t(2 * threads);
    std::vector<ImageProfiles> decoded(batch);
    std::vector<std::string> firstName;
    for (std::size_t start = 0; start < stems.size(); start += batch) {
        cancel.throwIfCancelled();
        const std::size_t count = std::min(batch, stems.size() - start);
        parallelFor(std::int64_t(count), 1, 0, [&](std::int64_t begin, std::int64_t end) {
            for (std::int64_t i = begin; i < end; ++i)
                decoded[std::size_t(i)] = profilesOf(set, stems[start + std::size_t(i)], options);
        }, cancel);
        cancel.throwIfCancelled();
        for (std::size_t i = 0; i < count; ++i) {
            const ImageProfiles &image = decoded[i];
            const Eigen::MatrixXd &any = image.wholeAmplitude.size() ? image.wholeAmplitude : image.edgeAmplitude;
            const std::string name = set.imageFolder() + "/" + stems[start + i];
            if (any.size()) {
                if (signature.rows == 0) {
                    signature.rows = int(any.rows());
                    signature.cols = int(any.cols());
                    firstName = {name};
                    if (std::min(any.rows() / 2, any.cols() / 2) < 1)
                        throw AnalysisError("image '" + name + "' is " + sizeText(any.rows(), any.cols())
                                            + "; a radial profile needs at least 2 x 2 pixels");
                } else if (any.rows() != signature.rows || any.cols() != signature.cols) {
                    throw AnalysisError("image '" + name + "' is " + sizeText(any.rows(), any.cols()) + " but '"
                                        + firstName.front() + "' is " + sizeText(signature.rows, signature.cols)
                                        + "; a set's profiles are averaged bin by bin, so its images need one size: "
                                        "set 'Resize to' to resize them all (images are never cropped)");
                }
            }
            if (image.wholeAmplitude.size())
                whole.add(image.wholeAmplitude, image.wholeProfile);
            if (image.edgeAmplitude.size())
                edge.add(image.edgeAmplitude, image.edgeProfile);
            signature.emptyMasks += image.edgeEmpty ? 1 : 0;
            decoded[i] = {};
        }
        if (onProgress)
            onProgress(int(start + count));
    }
    signature.images = int(stems.size());
    signature.edge = edge.statistics();
    signature.whole = whole.statistics();
    if (options.edgeBand && signature.edge.images == 0)
        throw AnalysisError("every mask of the set is empty (or all foreground), so there is no edge band to average");
    return signature;
}

} // namespace core

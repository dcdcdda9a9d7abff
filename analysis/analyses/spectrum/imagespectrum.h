#pragma once

#include "data/tensor.h"
#include "task/canceltoken.h"
#include "task/progress.h"

#include <Eigen/Core>

#include <string>
#include <vector>

namespace core {

/// Options of the 2-D amplitude spectrum; see the method note of `spectrum.image`.
struct ImageSpectrumOptions
{
    enum class Norm { Backward, Ortho };
    enum class Channels { Grey, PerChannel };

    Norm norm = Norm::Backward;
    Channels channels = Channels::Grey;
    bool hannWindow = false;
};

/// Azimuthally averaged profile: mean[k] over the pixels whose distance from the centre floors to k.
struct RadialProfile
{
    std::vector<double> mean;
    std::vector<std::int64_t> count;
};

/// The spectrum of one channel (or of the grey image).
struct ChannelSpectrum
{
    std::string channel;
    Eigen::MatrixXd amplitude; ///< fftshifted |DFT|, zero frequency at (H//2, W//2)
    Eigen::MatrixXd phase;     ///< fftshifted arg DFT in (-pi, pi], as numpy.angle
    RadialProfile profile;
    std::vector<double> angular; ///< angularProfile of the amplitude
};

/// |DFT| of a real plane, fftshifted, as numpy.fft.fftshift(abs(numpy.fft.fft2(w * plane, norm=...))).
Eigen::MatrixXd amplitudeSpectrum(const Eigen::Ref<const Eigen::MatrixXd> &plane, bool hannWindow,
                                  ImageSpectrumOptions::Norm norm);
/// Radial profile about (rows//2, cols//2), bins k = 0 ... floor(largest distance), corners included.
RadialProfile radialProfile(const Eigen::Ref<const Eigen::MatrixXd> &shifted);
/// Mean of `shifted` per orientation: bin k of `bins` covers (k -+ 1/2) * 180 / bins degrees of
/// theta = atan2(-(y - H//2), x - W//2) folded into [0, 180) (y up; the amplitude of a real image is
/// point-symmetric; bin 0 takes both sides of the horizontal axis), over the pixels with 1 <= distance <= the inscribed radius min(H//2, H-1-H//2,
/// W//2, W-1-W//2). NaN for a bin no pixel falls in.
std::vector<double> angularProfile(const Eigen::Ref<const Eigen::MatrixXd> &shifted, int bins);
/// numpy.hanning(n): 0.5 - 0.5 cos(2 pi i / (n - 1)); [1] for n = 1.
Eigen::VectorXd hannWindow(Eigen::Index n);

/// Splits an image tensor (H, W) or (H, W, C) into planes and computes each spectrum.
/// Throws AnalysisError for unsupported shapes or non-finite pixels; polls `cancel` per channel.
std::vector<ChannelSpectrum> computeImageSpectrum(const Tensor &image, const ImageSpectrumOptions &options,
                                                  Progress &progress, const CancelToken &cancel);

} // namespace core

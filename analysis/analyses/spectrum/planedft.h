#pragma once

#include <Eigen/Core>

#include <vector>

namespace core {

/// The 2-D DFT of a real plane, not shifted (zero frequency at (0, 0)), as numpy.fft.fft2(plane);
/// `ortho` divides by sqrt(H W) as norm='ortho'.
Eigen::MatrixXcd planeDft(const Eigen::Ref<const Eigen::MatrixXd> &plane, bool ortho);
/// The real part of the inverse DFT, as numpy.fft.ifft2(spectrum).real (norm='backward': divided by
/// H W) or with norm='ortho' (divided by sqrt(H W)).
Eigen::MatrixXd inverseDftRealPart(const Eigen::Ref<const Eigen::MatrixXcd> &spectrum, bool ortho);

/// numpy.fft.fftshift / ifftshift over both axes.
Eigen::MatrixXd fftShift(const Eigen::Ref<const Eigen::MatrixXd> &values);
Eigen::MatrixXd ifftShift(const Eigen::Ref<const Eigen::MatrixXd> &values);

/// FPGM's radial bins: bin(y, x) = trunc(sqrt((y - H//2)^2 + (x - W//2)^2)) in fftshifted coordinates,
/// and R = min(H//2, W//2) bins; pixels with bin >= R (the corners) fall outside the profile.
struct FpgmBins
{
    Eigen::ArrayXXi bin;
    int count = 0; ///< R
    std::vector<double> pixels; ///< pixels per bin (< R)
};
FpgmBins fpgmBins(Eigen::Index rows, Eigen::Index cols);
/// Mean of `shifted` over each of the R bins (FPGM's radial profile of an fftshifted amplitude).
std::vector<double> fpgmProfile(const Eigen::Ref<const Eigen::MatrixXd> &shifted, const FpgmBins &bins);

} // namespace core

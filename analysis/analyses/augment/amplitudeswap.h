#pragma once

#include <Eigen/Core>

namespace core {

/// FDA's low-frequency amplitude swap of one plane (Yang & Soatto 2020, the reference's NumPy
/// version): b = floor(beta min(H, W)); in the fftshifted amplitude of `source` the rows H//2-b ... H//2+b
/// and columns W//2-b ... W//2+b (inclusive, clipped to the plane) take the amplitude of `target`;
/// recombined with the source's phase, inverse DFT, real part, no clipping or rounding. beta = 0
/// returns the source unchanged (the reference would still swap the DC amplitude). The planes must
/// have one size (checked by the caller).
Eigen::MatrixXd fdaSwapPlane(const Eigen::Ref<const Eigen::MatrixXd> &source, const Eigen::Ref<const Eigen::MatrixXd> &target,
                             double beta);

/// b = floor(beta min(H, W)), the half-width of FDA's window.
int fdaHalfWidth(Eigen::Index rows, Eigen::Index cols, double beta);

} // namespace core

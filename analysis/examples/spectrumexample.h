#pragma once

#include "examples/example.h"

#include <Eigen/Core>

#include <functional>
#include <random>

namespace core {

/// spectrum.image on generated 1/f noise: the radial amplitude profile falls with slope −1 on
/// log-log axes, as natural images' do (Field 1987).
Example oneOverFSpectrumExample();

/// A size × size image whose DFT amplitude is white noise's times 1/|f| (DC removed), from `seed`.
Eigen::MatrixXd oneOverFNoise(int size, unsigned seed);
/// White noise from `generator` filtered in the frequency domain by gain(fx, fy) (cycles/pixel, signed);
/// a gain even in f keeps the result real.
Eigen::MatrixXd filteredNoise(int size, std::mt19937 &generator, const std::function<double(double fx, double fy)> &gain);

/// Least-squares slope of log(y) against log(x) over the points with lo ≤ x ≤ hi and y > 0.
double logLogSlope(const std::vector<double> &x, const std::vector<double> &y, double lo, double hi);

} // namespace core

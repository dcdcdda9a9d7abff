#pragma once

#include "results/heatmapresult.h"
#include "results/seriesresult.h"

#include <Eigen/Core>

#include <string>
#include <vector>

namespace core {

/// An fftshifted spectrum (amplitude or phase) as a heat map in cycles/pixel, zero frequency at
/// (H//2, W//2); `logScale` for amplitudes.
HeatMapResult frequencyMap(std::string id, std::string title, std::string valueLabel,
                           const Eigen::Ref<const Eigen::MatrixXd> &shifted, bool logScale);
/// A plane (an image, a difference) as a heat map in pixels, row 0 at the top (rowsDown), so that it
/// lines up with the image items of the same analysis.
HeatMapResult pixelMap(std::string id, std::string title, std::string valueLabel, const Eigen::Ref<const Eigen::MatrixXd> &plane);
/// An FPGM profile of an N x N (or H x W) spectrum: x = k / N cycles/pixel for square spectra, else the bin k.
Series profileSeries(std::string name, const std::vector<double> &profile, Eigen::Index rows, Eigen::Index cols);
/// The x label that goes with profileSeries.
std::string profileAxisLabel(Eigen::Index rows, Eigen::Index cols);

} // namespace core

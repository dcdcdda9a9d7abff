#pragma once

#include "analyses/spectrum/imageplanes.h"
#include "registry/analysisinputs.h"
#include "registry/parameterspec.h"
#include "registry/parametervalues.h"
#include "results/result.h"

#include <functional>
#include <string>
#include <vector>

namespace core {

/// Shared pieces of the augmentation and resampling analyses (augment.fpgm, augment.fda,
/// resample.irad, subsample.sdap): image items, before/after spectra and writing the outputs.

/// The values an input image is shown between: 0 ... 255 for uint8, 0 ... 65535 for uint16, else its min ... max.
std::pair<double, double> displayRangeOf(const Tensor &input);
/// An image item shown between `range` (so that an input and what was made of it compare).
ImageResult imageItem(std::string id, std::string title, const Tensor &image, std::pair<double, double> range);
/// The grey luma of planes that are R, G, B (or the one grey plane).
Eigen::MatrixXd lumaOf(const std::vector<ImagePlane> &planes);
/// Applies `perPlane` to every plane, keeping the names.
std::vector<ImagePlane> mapPlanes(const std::vector<ImagePlane> &planes,
                                  const std::function<Eigen::MatrixXd(const ImagePlane &)> &perPlane);

/// "write_to" (a folder, empty: write nothing) and "format" (png, npy).
std::vector<ParameterSpec> outputFileParameters(const std::string &what);
/// Writes `image` as <write_to>/<stem>.<format> if write_to is set; returns the path or "".
std::string writeOutput(const ParameterValues &params, const std::string &stem, const Tensor &image);

/// Appends to `result` the amplitude spectra (log, fftshifted, orthonormal) of the lumas of `before`
/// and `after`, their difference as a pixel map, and a plot of their FPGM radial profiles.
void addBeforeAfterSpectra(Result &result, const Eigen::MatrixXd &before, const Eigen::MatrixXd &after,
                           const std::string &beforeName, const std::string &afterName);

/// The file stem of an input's source ("scans/a12.png" -> "a12").
std::string sourceStem(const AnalysisInputs &inputs, const std::string &slot);

} // namespace core

#pragma once

#include "task/canceltoken.h"

#include <Eigen/Core>

#include <functional>
#include <string>
#include <vector>

namespace core {

class ImageFolder;

/// What `setSignature` computes and how it treats sizes and masks.
struct SignatureOptions
{
    bool edgeBand = true;   ///< FPGM's edge-band signature (needs masks)
    bool wholeImage = true; ///< the whole grey image's signature
    int resize = 0;         ///< 0: refuse a set of mixed sizes; N: resize every image (bilinear) and mask (nearest) to N x N
    bool binarise = false;  ///< false: refuse masks with more than two values; true: foreground = above half the maximum
};

/// Mean and spread over a set of one kind of radial profile (edge band or whole image).
struct ProfileStatistics
{
    std::vector<double> mean; ///< R = min(H//2, W//2) bins
    std::vector<double> sd;   ///< population standard deviation over the images, per bin
    Eigen::MatrixXd meanAmplitude; ///< mean fftshifted orthonormal |DFT|, H x W
    int images = 0;
};

/// The spectral signature of one image set.
struct SetSignature
{
    int rows = 0, cols = 0; ///< after resizing
    int images = 0;
    int emptyMasks = 0; ///< images left out of the edge-band signature: their mask has no foreground (or no background)
    ProfileStatistics edge, whole;
};

/// Streams the paired images of `set` (its masks too for the edge band) and averages the FPGM radial
/// profile of the orthonormal amplitude spectrum of each grey image and of its edge band g * Omega.
/// One image per thread is decoded at a time, whatever the set size; the result does not
/// depend on the number of threads. Throws AnalysisError for an empty set, mixed sizes (resize = 0),
/// a mask whose size differs from its image, and non-binary masks (binarise = false), naming the file.
/// `onProgress(images done)` is called from the calling thread.
SetSignature setSignature(const ImageFolder &set, const SignatureOptions &options, const CancelToken &cancel,
                          const std::function<void(int)> &onProgress = {});

/// The binary mask (0/1) of a mask plane: two values at most ({0, v} -> v is foreground), else with
/// `binarise` the values above half the maximum. Throws AnalysisError naming `what` otherwise.
Eigen::MatrixXd binaryMaskPlane(const Eigen::Ref<const Eigen::MatrixXd> &plane, bool binarise, const std::string &what);

} // namespace core

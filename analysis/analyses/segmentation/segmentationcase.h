#pragma once

#include "data/tensor.h"
#include "results/result.h"

#include <Eigen/Core>

#include <string>
#include <utility>
#include <vector>

namespace core {

class Registry;

/// One image of a segmentation result, read again from the run's inputs (results keep paths, not
/// pixels): for overlays in the viewer and in `infoscope-cli run ... --overlays`.
struct SegmentationCase
{
    std::string name;   ///< the image's stem, or the prediction's file name for seg.metrics
    Tensor image;       ///< null when the run had none
    Eigen::MatrixXd truth;
    std::vector<std::pair<std::string, Eigen::MatrixXd>> predictions; ///< model name (file or folder name) -> plane
    double threshold = 0.0;
};

/// A seg.metrics run's masks (`stem` empty), or the image `stem` of a seg.dataset run, predictions
/// resized to the mask as the run did. Throws FormatError/AnalysisError as the readers and maskPlane do.
SegmentationCase readSegmentationCase(const Registry &registry, const Result &result, const std::string &stem = {});

/// The images of a seg.dataset result, worst first by `metric` for the first model: lowest first for
/// overlap scores (Dice, IoU, precision, recall, BF score), highest first for distances (HD, HD95,
/// ASSD; +inf first). Throws AnalysisError for an unknown metric or another analysis.
std::vector<std::string> worstImages(const Result &result, const std::string &metric);

} // namespace core

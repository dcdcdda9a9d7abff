#pragma once

#include "analyses/segmentation/binarymask.h"

#include <cstdint>

namespace core {

/// How the metrics of seg.metrics and seg.dataset are computed; see the method note of seg.metrics.
struct SegmentationOptions
{
    /// Which pixels surface distances are measured between: the masks' border pixels (each mask
    /// XOR its erosion by the 4-neighbour cross, as medpy and MONAI) or all foreground pixels.
    enum class DistanceSet { Boundary, Foreground };

    DistanceSet distances = DistanceSet::Boundary;
    double spacingY = 1.0; ///< between rows, in the unit distances are reported in
    double spacingX = 1.0; ///< between columns
    /// Boundary F-score tolerance: below 1 a fraction of the image diagonal, ceil(t·√(H² + W²)) px
    /// (DAVIS: 0.008), else pixels.
    double boundaryTolerance = 0.008;
};

/// Everything one (prediction, truth) pair gives. Ratios whose denominator is 0 are 1
/// (scikit-learn's zero_division=1); distances are 0 when both masks are empty and +inf when
/// exactly one is.
struct SegmentationMetrics
{
    std::int64_t tp = 0, fp = 0, fn = 0, tn = 0;
    double dice = 1, iou = 1, precision = 1, recall = 1;
    double hausdorff = 0;       ///< max of the two directed maxima
    double hd95Pooled = 0;      ///< 95th percentile of both directed sets together (medpy)
    double hd95MaxDirected = 0; ///< max of the two directed 95th percentiles (MONAI)
    double assd = 0;            ///< mean of the two directed means (medpy)
    double boundaryPrecision = 1, boundaryRecall = 1, boundaryF = 1;
    double tolerancePixels = 0; ///< the boundary F-score's tolerance as used
};

/// The metrics of `prediction` against `truth` (same size; throws AnalysisError otherwise).
SegmentationMetrics segmentationMetrics(const BinaryMask &prediction, const BinaryMask &truth,
                                        const SegmentationOptions &options);

/// medpy's border: pixels of `mask` with a 4-neighbour outside it (outside the image counts as outside).
BinaryMask maskBorder(const BinaryMask &mask);
/// DAVIS's seg2bmap: pixels that differ from their east, south or south-east neighbour (1 px wide
/// boundaries, offset half a pixel towards the origin).
BinaryMask davisBoundary(const BinaryMask &mask);
/// numpy.percentile(values, q) with linear interpolation; `values` is reordered. NaN if empty.
double linearPercentile(std::vector<double> &values, double q);

} // namespace core

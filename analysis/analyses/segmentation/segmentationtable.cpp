#include "analyses/segmentation/segmentationtable.h"

#include "analyses/segmentation/maskplane.h"
#include "registry/parameterbuilders.h"

namespace core {

std::vector<ParameterSpec> segmentationParameters()
{
    return {
        choiceParameter("masks", "Masks",
                        "'binary': foreground where the value is above the threshold; 'labels': label maps, one row per "
                        "class (every positive whole value; 0 is background).",
                        {"binary", "labels"}),
        doubleParameter("threshold", "Threshold",
                        "Foreground = value > threshold: 0 for 0/1 or 0/255 masks, 0.5 for probabilities, 0 for logits.",
                        0.0, -1e9, 1e9)
            .onlyWhen("masks", {"binary"}),
        choiceParameter("distances", "Distances between",
                        "'boundary': border pixels of each mask (the mask XOR its erosion by the 4-neighbour cross; medpy, "
                        "MONAI); 'foreground': every foreground pixel (scipy's directed_hausdorff on the pixel coordinates).",
                        {"boundary", "foreground"}),
        doubleParameter("spacing_y", "Row spacing", "Distance between rows, e.g. in mm; distances are reported in this unit.",
                        1.0, 1e-9, 1e9),
        doubleParameter("spacing_x", "Column spacing", "Distance between columns.", 1.0, 1e-9, 1e9),
        doubleParameter("tolerance", "Boundary tolerance",
                        "Boundary F-score: below 1 a fraction of the image diagonal (DAVIS: 0.008), from 1 on pixels.",
                        0.008, 0.0, 1e6),
    };
}

SegmentationOptions segmentationOptions(const ParameterValues &params)
{
    SegmentationOptions options;
    options.distances = params.getString("distances") == "foreground" ? SegmentationOptions::DistanceSet::Foreground
                                                                      : SegmentationOptions::DistanceSet::Boundary;
    options.spacingY = params.getDouble("spacing_y");
    options.spacingX = params.getDouble("spacing_x");
    options.boundaryTolerance = params.getDouble("tolerance");
    return options;
}

std::vector<std::pair<std::string, SegmentationMetrics>> classMetrics(const Eigen::MatrixXd &prediction,
                                                                       const Eigen::MatrixXd &truth, bool labels,
                                                                       double threshold, const SegmentationOptions &options)
{
    std::vector<std::pair<std::string, SegmentationMetrics>> out;
    if (!labels) {
        out.emplace_back("foreground", segmentationMetrics(thresholdMask(prediction, threshold), thresholdMask(truth, threshold), options));
        return out;
    }
    for (double c : labelValues({&prediction, &truth}, kMaximumClasses))
        out.emplace_back(std::to_string(std::int64_t(c)), segmentationMetrics(labelMask(prediction, c), labelMask(truth, c), options));
    return out;
}

std::vector<std::string> metricColumns()
{
    return {"TP", "FP", "FN", "TN", "Dice", "IoU", "precision", "recall", "HD", "HD95 (pooled, medpy)",
            "HD95 (max-directed, MONAI)", "ASSD", "BF precision", "BF recall", "BF score", "BF tolerance (px)", "note"};
}

std::vector<TableCell> metricCells(const SegmentationMetrics &m)
{
    const bool predictionEmpty = m.tp + m.fp == 0, truthEmpty = m.tp + m.fn == 0;
    // Distances of a one-sided empty pair are +inf (null in JSON): the note says why.
    const std::string note = predictionEmpty && truthEmpty ? "both empty"
                             : predictionEmpty            ? "prediction empty"
                             : truthEmpty                 ? "ground truth empty"
                                                          : "";
    return {m.tp, m.fp, m.fn, m.tn, m.dice, m.iou, m.precision, m.recall, m.hausdorff, m.hd95Pooled,
            m.hd95MaxDirected, m.assd, m.boundaryPrecision, m.boundaryRecall, m.boundaryF, m.tolerancePixels, note};
}

} // namespace core

#include "analyses/segmentation/segmetricsanalysis.h"

#include "analyses/segmentation/maskplane.h"
#include "analyses/segmentation/segmentationtable.h"
#include "errors/analysiserror.h"

namespace core {

namespace {

Result runSegmentationMetrics(const AnalysisInputs &inputs, const ParameterValues &params, Progress &progress,
                              const CancelToken &cancel)
{
    const Eigen::MatrixXd truth = maskPlane(inputs.at("truth").tensor, "the ground truth");
    std::vector<std::pair<std::string, Eigen::MatrixXd>> predictions = {
        {"prediction", maskPlane(inputs.at("prediction").tensor, "the prediction")}};
    if (inputs.has("second"))
        predictions.emplace_back("second", maskPlane(inputs.at("second").tensor, "the second prediction"));
    const SegmentationOptions options = segmentationOptions(params);
    TableResult table;
    table.id = "metrics";
    table.title = "Segmentation metrics";
    table.columns = {"model", "class"};
    for (const std::string &column : metricColumns())
        table.columns.push_back(column);
    const bool labels = params.getString("masks") == "labels";
    for (std::size_t m = 0; m < predictions.size(); ++m) {
        const auto &[model, prediction] = predictions[m];
        if (prediction.rows() != truth.rows() || prediction.cols() != truth.cols())
            segmentationMetrics(BinaryMask::zeros(int(prediction.rows()), int(prediction.cols())),
                                BinaryMask::zeros(int(truth.rows()), int(truth.cols())), options); // throws, naming both sizes
        cancel.throwIfCancelled();
        auto rows = classMetrics(prediction, truth, labels, params.getDouble("threshold"), options);
        if (rows.empty()) // label maps that are both empty: one row that says so
            rows.emplace_back("none", segmentationMetrics(labelMask(prediction, 1.0), labelMask(truth, 1.0), options));
        for (const auto &[name, metrics] : rows) {
            std::vector<TableCell> row = {model, name};
            for (TableCell &cell : metricCells(metrics))
                row.push_back(std::move(cell));
            table.rows.push_back(std::move(row));
        }
        progress.report(double(m + 1) / double(predictions.size()), "models");
    }
    Result result;
    if (params.getString("masks") == "binary")
        if (const std::string warning = binaryMaskWarning(truth, "the ground truth"); !warning.empty())
            result.warnings.push_back(warning);
    result.items = {table};
    return result;
}

} // namespace

AnalysisDescriptor segmentationMetricsAnalysis()
{
    AnalysisDescriptor d;
    d.id = "seg.metrics";
    d.name = "Segmentation metrics";
    d.category = "Segmentation";
    d.summary = "Dice, IoU, precision, recall, Hausdorff, HD95, ASSD and boundary F-score of a prediction against its "
                "ground truth, per class.";
    d.methodNote =
        "P = prediction, G = ground truth, both binary per class (foreground = value > threshold, or = class for label "
        "maps). TP = |P∩G|, FP = |P\\G|, FN = |G\\P|. Dice = 2TP/(2TP+FP+FN), IoU = TP/(TP+FP+FN), precision = "
        "TP/(TP+FP), recall = TP/(TP+FN); a ratio whose denominator is 0 is 1 (scikit-learn's zero_division=1), so two "
        "empty masks score 1 and an empty prediction of a non-empty truth scores Dice 0. Surface distances are "
        "Euclidean, with the pixel spacing, between the border pixels of the two masks (border = mask XOR its erosion "
        "by the 4-neighbour cross, outside the image counting as background; medpy and MONAI) or between all "
        "foreground pixels: the directed distances of each border pixel of one mask to the nearest of the other, by "
        "an exact linear-time distance transform. HD = max of both directed maxima (scipy directed_hausdorff, "
        "symmetrised); HD95 (pooled, medpy) = 95th percentile of both directed sets together; HD95 (max-directed, "
        "MONAI) = the larger of the two directed 95th percentiles (the libraries differ; both are given); ASSD = mean "
        "of the two directed means (medpy); percentiles with numpy's linear interpolation. Distances are 0 when both "
        "masks are empty and +inf when exactly one is (null in JSON; the note column says which), never a 0 that "
        "rewards an empty prediction. Boundary F-score (DAVIS): boundaries by seg2bmap, tolerance ceil(t·√(H²+W²)) px "
        "for t < 1, else t px; a boundary pixel matches if one of the other mask's lies within that distance (a disk); "
        "precision and recall of matches with zero_division=1, F = 2PR/(P+R), and 0 when P = R = 0. Masks of different "
        "sizes, colour masks and NaN/Inf are refused with an error.";
    d.citation = "Taha & Hanbury (2015), Metrics for evaluating 3D medical image segmentation, BMC Medical Imaging 15:29; "
                 "Perazzi et al. (2016), A benchmark dataset and evaluation methodology for video object segmentation "
                 "(DAVIS boundary F), CVPR; medpy.metric.binary and MONAI conventions.";
    d.inputs = {{"prediction", "Prediction", "A mask, probability map, logits or label map (H, W).", DataKind::Tensor, false},
                {"truth", "Ground truth", "The ground-truth mask or label map (H, W), same size.", DataKind::Tensor, false},
                {"second", "Second prediction", "Optional: another model's mask, compared in the table and the overlay viewer.",
                 DataKind::Tensor, true},
                {"image", "Image", "Optional: the image the masks belong to, shown under the overlay (not used by the metrics).",
                 DataKind::Image, true}};
    d.parameters = segmentationParameters();
    d.outputs = {{"metrics", "Metrics", OutputKind::Table,
                  "One row per model and class: counts, overlap, distances, boundary F."}};
    d.run = runSegmentationMetrics;
    return d;
}

} // namespace core

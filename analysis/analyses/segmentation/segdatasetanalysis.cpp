#include "analyses/segmentation/segdatasetanalysis.h"

#include "analyses/segmentation/maskplane.h"
#include "analyses/segmentation/segmentationtable.h"
#include "data/arraycollection.h"
#include "errors/analysiserror.h"
#include "io/imagefolder.h"
#include "registry/parameterbuilders.h"
#include "task/parallelfor.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <numeric>
#include <set>

namespace core {

namespace {

constexpr int kMaximumClasses = 255;

struct ImageRows
{
    std::vector<std::vector<TableCell>> rows;                            ///< image, model, class, metrics
    std::vector<std::pair<std::string, SegmentationMetrics>> metrics;    ///< per row: model and metrics
};

/// The metric values the summary and histograms use, by column name.
std::vector<std::pair<std::string, double SegmentationMetrics::*>> summaryMetrics()
{
    return {{"Dice", &SegmentationMetrics::dice},
            {"IoU", &SegmentationMetrics::iou},
            {"precision", &SegmentationMetrics::precision},
            {"recall", &SegmentationMetrics::recall},
            {"HD", &SegmentationMetrics::hausdorff},
            {"HD95 (pooled, medpy)", &SegmentationMetrics::hd95Pooled},
            {"ASSD", &SegmentationMetrics::assd},
            {"BF score", &SegmentationMetrics::boundaryF}};
}

SeriesResult histogram(const std::string &id, const std::string &metric,
                       const std::map<std::string, std::vector<double>> &values, double low, double high)
{
    SeriesResult plot;
    plot.id = id;
    plot.title = metric + " per image";
    plot.xLabel = metric;
    plot.yLabel = "images";
    plot.style = SeriesResult::Style::Bars;
    const int bins = 20;
    for (const auto &[model, list] : values) {
        Series s{model, {}, {}};
        std::vector<double> counts(bins, 0.0);
        for (double v : list)
            if (std::isfinite(v))
                counts[std::size_t(std::clamp(int((v - low) / (high - low) * bins), 0, bins - 1))] += 1;
        for (int b = 0; b < bins; ++b) {
            s.x.push_back(low + (b + 0.5) * (high - low) / bins);
            s.y.push_back(counts[std::size_t(b)]);
        }
        plot.series.push_back(std::move(s));
    }
    return plot;
}

Result runSegmentationDataset(const AnalysisInputs &inputs, const ParameterValues &params, Progress &progress,
                              const CancelToken &cancel)
{
    const auto *set = dynamic_cast<const ImageFolder *>(inputs.at("set").arrays.get());
    if (!set)
        throw AnalysisError("the set must be a folder with images/ and masks/ (a segmentation set)");
    std::vector<std::pair<std::string, std::shared_ptr<const ArrayCollection>>> models = {
        {"prediction", inputs.at("predictions").arrays}};
    if (inputs.has("second"))
        models.emplace_back("second", inputs.at("second").arrays);

    // Pairs: stems with an image, a mask and a prediction of every model; the rest is listed.
    std::set<std::string> masks;
    for (const ArrayInfo &info : set->arrays())
        if (info.name.rfind("masks/", 0) == 0)
            masks.insert(info.name.substr(6));
    std::vector<std::string> stems;
    TableResult unpaired;
    unpaired.id = "unpaired";
    unpaired.title = "Files without a partner";
    unpaired.columns = {"file", "missing"};
    std::map<std::string, std::set<std::string>> predicted;
    for (const auto &[model, folder] : models)
        for (const ArrayInfo &info : folder->arrays())
            predicted[model].insert(info.name);
    for (const std::string &stem : set->pairedStems()) {
        bool complete = true;
        for (const auto &[model, names] : predicted)
            if (!names.count(stem)) {
                unpaired.rows.push_back({stem, std::string("the " + model + " (no file of that stem)")});
                complete = false;
            }
        if (complete)
            stems.push_back(stem);
    }
    const std::set<std::string> paired(set->pairedStems().begin(), set->pairedStems().end());
    for (const ArrayInfo &info : set->arrays()) {
        const bool isMask = info.name.rfind("masks/", 0) == 0;
        const std::string stem = info.name.substr(info.name.find('/') + 1);
        if (!paired.count(stem))
            unpaired.rows.push_back({info.name, std::string(isMask ? "an image" : "a ground-truth mask")});
    }
    for (const auto &[model, names] : predicted)
        for (const std::string &stem : names)
            if (!masks.count(stem))
                unpaired.rows.push_back({model + ": " + stem, std::string("a ground-truth mask")});
    if (set->pairedStems().empty())
        throw AnalysisError("the set has no image with a mask of the same file stem (images/ and masks/ are empty or "
                            "their names differ)");
    if (stems.empty())
        throw AnalysisError("no prediction's file stem matches an image of the set; e.g. the set has '"
                            + set->pairedStems().front() + "', the predictions have '"
                            + (models.front().second->arrays().empty() ? std::string("nothing")
                                                                      : models.front().second->arrays().front().name)
                            + "'");

    const SegmentationOptions options = segmentationOptions(params);
    const bool labels = params.getString("masks") == "labels";
    const double threshold = params.getDouble("threshold");
    const bool resize = params.getString("resize") == "nearest";
    std::vector<ImageRows> perImage(stems.size());
    std::mutex progressMutex;
    // Images side by side over the cores; each loads its own files, so memory holds a few at a time.
    parallelFor(std::int64_t(stems.size()), 1, 0, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t i = begin; i < end; ++i) {
            cancel.throwIfCancelled();
            const std::string &stem = stems[std::size_t(i)];
            const Eigen::MatrixXd truth = maskPlane(set->load("masks/" + stem), "mask '" + stem + "'");
            for (const auto &[model, folder] : models) {
                Eigen::MatrixXd prediction = maskPlane(folder->load(stem), model + " '" + stem + "'");
                if (prediction.rows() != truth.rows() || prediction.cols() != truth.cols()) {
                    if (!resize)
                        throw AnalysisError("image '" + stem + "': the " + model + " is " + std::to_string(prediction.rows())
                                            + " × " + std::to_string(prediction.cols()) + " pixels, the mask "
                                            + std::to_string(truth.rows()) + " × " + std::to_string(truth.cols())
                                            + " (set resize = nearest to resize predictions to their masks)");
                    prediction = resizeNearest(prediction, truth.rows(), truth.cols());
                }
                const auto addRow = [&, model = model](const std::string &name, const BinaryMask &p, const BinaryMask &g) {
                    const SegmentationMetrics m = segmentationMetrics(p, g, options);
                    std::vector<TableCell> row = {stem, model, name};
                    for (TableCell &cell : metricCells(m))
                        row.push_back(std::move(cell));
                    perImage[std::size_t(i)].rows.push_back(std::move(row));
                    perImage[std::size_t(i)].metrics.emplace_back(model, m);
                };
                if (labels) {
                    for (double c : labelValues({&prediction, &truth}, kMaximumClasses))
                        addRow(std::to_string(std::int64_t(c)), labelMask(prediction, c), labelMask(truth, c));
                } else {
                    addRow("foreground", thresholdMask(prediction, threshold), thresholdMask(truth, threshold));
                }
            }
        }
    }, cancel, [&](double fraction) {
        const std::lock_guard<std::mutex> lock(progressMutex);
        progress.report(fraction, "images");
    });
    cancel.throwIfCancelled();

    TableResult table;
    table.id = "images";
    table.title = "Metrics per image";
    table.columns = {"image", "model", "class"};
    for (const std::string &column : metricColumns())
        table.columns.push_back(column);
    std::map<std::string, std::map<std::string, std::vector<double>>> values; // metric -> model -> per row
    std::map<std::string, std::vector<std::pair<std::string, SegmentationMetrics>>> byModel;
    for (ImageRows &image : perImage) {
        for (auto &row : image.rows)
            table.rows.push_back(std::move(row));
        for (const auto &[model, m] : image.metrics)
            for (const auto &[name, member] : summaryMetrics())
                values[name][model].push_back(m.*member);
    }

    TableResult summary;
    summary.id = "summary";
    summary.title = "Summary over images (distances over the finite values; ∞ counted apart)";
    summary.columns = {"metric", "model", "mean", "sd", "median", "n", "n ∞"};
    for (const auto &metric : summaryMetrics()) {
        const std::string &name = metric.first;
        for (const auto &[model, list] : values[name]) {
            std::vector<double> finite;
            for (double v : list)
                if (std::isfinite(v))
                    finite.push_back(v);
            const double n = double(finite.size());
            const double mean = n > 0 ? std::accumulate(finite.begin(), finite.end(), 0.0) / n : std::nan("");
            double sd = std::nan("");
            if (n > 1) {
                double sum = 0;
                for (double v : finite)
                    sum += (v - mean) * (v - mean);
                sd = std::sqrt(sum / (n - 1)); // sample standard deviation (ddof = 1)
            }
            double median = std::nan("");
            if (n > 0) {
                std::sort(finite.begin(), finite.end());
                median = finite.size() % 2 ? finite[finite.size() / 2]
                                           : 0.5 * (finite[finite.size() / 2 - 1] + finite[finite.size() / 2]);
            }
            summary.rows.push_back({name, model, mean, sd, median, std::int64_t(finite.size()),
                                    std::int64_t(list.size() - finite.size())});
        }
    }

    Result result;
    result.items.push_back(table);
    result.items.push_back(summary);
    result.items.push_back(histogram("dice-histogram", "Dice", values["Dice"], 0.0, 1.0));
    double hdHigh = 1.0;
    for (const auto &[model, list] : values["HD95 (pooled, medpy)"])
        for (double v : list)
            if (std::isfinite(v))
                hdHigh = std::max(hdHigh, v);
    result.items.push_back(histogram("hd95-histogram", "HD95 (pooled, medpy)", values["HD95 (pooled, medpy)"], 0.0, hdHigh));
    if (models.size() == 2 && !labels) {
        TableResult difference;
        difference.id = "difference";
        difference.title = "Second model minus first, per image";
        difference.columns = {"image", "Δ Dice", "Δ IoU", "Δ HD95 (pooled, medpy)", "Δ BF score"};
        for (std::size_t i = 0; i < stems.size(); ++i) {
            const SegmentationMetrics &a = perImage[i].metrics.at(0).second, &b = perImage[i].metrics.at(1).second;
            difference.rows.push_back({stems[i], b.dice - a.dice, b.iou - a.iou, b.hd95Pooled - a.hd95Pooled,
                                       b.boundaryF - a.boundaryF});
        }
        result.items.push_back(difference);
    }
    if (!unpaired.rows.empty()) {
        result.items.push_back(unpaired);
        result.warnings.push_back(std::to_string(unpaired.rows.size()) + " files without a partner are listed in 'unpaired'");
    }
    return result;
}

} // namespace

AnalysisDescriptor segmentationDatasetAnalysis()
{
    AnalysisDescriptor d;
    d.id = "seg.dataset";
    d.name = "Segmentation metrics of a set";
    d.category = "Segmentation";
    d.summary = "seg.metrics for every image of a segmentation set against one or two models' prediction folders, "
                "with a summary and histograms.";
    d.methodNote =
        "Images, masks and predictions are paired by file stem (images/NAME.jpg, masks/NAME.png, predictions/NAME.png "
        "or .npy); files without a partner are listed in the table 'unpaired' and skipped. Every pair gets the metrics of "
        "seg.metrics (its method note states them and the conventions for empty masks), one row per image (and class "
        "for label maps). A prediction of another size than its mask is an error, or, with resize = nearest, is resized "
        "to the mask by nearest neighbour (source index floor(i · source size / mask size), as OpenCV's INTER_NEAREST). "
        "Summary per metric and model: mean, sample standard deviation (n − 1) and median over the images; distances "
        "that are +inf (exactly one mask empty) are left out and counted in 'n ∞'. Histograms: 20 equal bins, Dice over "
        "[0, 1], HD95 over [0, the largest finite value]. With two models, a table of the second minus the first per "
        "image. Images are processed in parallel, one file of each kind at a time per core.";
    d.citation = "Taha & Hanbury (2015), BMC Medical Imaging 15:29; Maier-Hein et al. (2024), Metrics reloaded: "
                 "recommendations for image analysis validation, Nature Methods 21.";
    d.inputs = {{"set", "Segmentation set", "A folder with images/ and masks/ (paired by file stem).", DataKind::ImageSet, false},
                {"predictions", "Predictions", "A folder of the model's masks, probability maps or label maps, one per image stem.",
                 DataKind::MaskSet, false},
                {"second", "Second model", "Optional: another model's prediction folder, compared image by image.",
                 DataKind::MaskSet, true}};
    d.parameters = segmentationParameters();
    d.parameters.push_back(choiceParameter("resize", "Other sizes",
                                           "'refuse': a prediction of another size than its mask is an error; 'nearest': "
                                           "resize it to the mask by nearest neighbour.",
                                           {"refuse", "nearest"}));
    d.outputs = {{"images", "Metrics per image", OutputKind::Table, "One row per image, model (and class)."},
                 {"summary", "Summary", OutputKind::Table, "Mean, sd, median and n per metric and model."},
                 {"dice-histogram", "Dice histogram", OutputKind::Series, "Dice per image, 20 bins."},
                 {"hd95-histogram", "HD95 histogram", OutputKind::Series, "HD95 per image, 20 bins."},
                 {"difference", "Difference", OutputKind::Table, "With two models: second minus first per image."},
                 {"unpaired", "Unpaired", OutputKind::Table, "Files without a partner, if any."}};
    d.run = runSegmentationDataset;
    return d;
}

} // namespace core

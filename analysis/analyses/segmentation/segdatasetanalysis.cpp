#include "analyses/segmentation/segdatasetanalysis.h"

#include "analyses/segmentation/maskplane.h"
#include "analyses/segmentation/modelprediction.h"
#include "models/torchscriptmodule.h"
#include "analyses/segmentation/segmentationsummary.h"
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

ModelPreprocessing modelPreprocessing(const ParameterValues &params)
{
    ModelPreprocessing pre;
    pre.size = int(params.getInt("model_size"));
    pre.mean = params.getNumbers("model_mean", 1, 4); // one per channel, or one for all
    pre.std = params.getNumbers("model_std", 1, 4);
    for (double sd : pre.std)
        if (!(sd > 0))
            throw AnalysisError("parameter 'model_std' needs positive numbers");
    const std::string activation = params.getString("model_activation");
    pre.activation = activation == "softmax" ? ModelPreprocessing::Activation::Softmax
                     : activation == "none" ? ModelPreprocessing::Activation::None
                                            : ModelPreprocessing::Activation::Sigmoid;
    return pre;
}

namespace {

struct ImageRows
{
    std::vector<std::vector<TableCell>> rows;                            ///< image, model, class, metrics
    std::vector<std::pair<std::string, SegmentationMetrics>> metrics;    ///< per row: model and metrics
};

Result runSegmentationDataset(const AnalysisInputs &inputs, const ParameterValues &params, Progress &progress,
                              const CancelToken &cancel)
{
    const auto *set = dynamic_cast<const ImageFolder *>(inputs.at("set").arrays.get());
    if (!set)
        throw AnalysisError("the set must be a folder with images/ and masks/ (a segmentation set)");
    // The first model is a folder of predictions or a TorchScript model run here on every image.
    const auto network = inputs.has("model") ? std::dynamic_pointer_cast<const TorchScriptModule>(inputs.at("model").arrays)
                                             : nullptr;
    if (inputs.has("model") && !network)
        throw AnalysisError("input 'model' is not a TorchScript module (torch.jit.save)");
    if (!inputs.has("predictions") && !network)
        throw AnalysisError("give a folder of predictions (one or more) or a TorchScript model");
    // Models are named by their folder (or file), in the order given: the model first, then folders.
    std::vector<std::string> sources;
    if (network)
        sources.push_back(inputs.at("model").source);
    for (const std::string &slot : inputs.repeats("predictions"))
        sources.push_back(inputs.at(slot).source);
    const std::vector<std::string> names = modelNames(sources);
    const std::string networkName = network ? names.front() : std::string();
    std::vector<std::pair<std::string, std::shared_ptr<const ArrayCollection>>> models;
    for (const std::string &slot : inputs.repeats("predictions"))
        models.emplace_back(names[models.size() + (network ? 1 : 0)], inputs.at(slot).arrays);
    const ModelPreprocessing pre = network ? modelPreprocessing(params) : ModelPreprocessing();

    // Pairs: stems with an image, a mask and a prediction of every model; the rest is listed.
    std::set<std::string> masks;
    for (const ArrayInfo &info : set->arrays())
        if (info.name.rfind("masks/", 0) == 0)
            masks.insert(info.name.substr(6));
    std::vector<std::string> stems;
    TableResult unpaired;
    unpaired.id = "unpaired";
    unpaired.title = "Files without a partner";
    unpaired.columns = {"file", "model", "missing"};
    std::map<std::string, std::set<std::string>> predicted;
    for (const auto &[model, folder] : models)
        for (const ArrayInfo &info : folder->arrays())
            predicted[model].insert(info.name);
    for (const std::string &stem : set->pairedStems()) {
        bool complete = true;
        for (const auto &[model, predictedStems] : predicted)
            if (!predictedStems.count(stem)) {
                unpaired.rows.push_back({stem, model, std::string("a prediction (no file of that stem)")});
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
            unpaired.rows.push_back({info.name, std::string(), std::string(isMask ? "an image" : "a ground-truth mask")});
    }
    for (const auto &[model, predictedStems] : predicted)
        for (const std::string &stem : predictedStems)
            if (!masks.count(stem))
                unpaired.rows.push_back({stem, model, std::string("a ground-truth mask")});
    if (set->pairedStems().empty())
        throw AnalysisError("the set has no image with a mask of the same file stem (images/ and masks/ are empty or "
                            "their names differ)");
    if (stems.empty() && models.empty())
        stems = set->pairedStems();
    if (stems.empty())
        throw AnalysisError("no prediction's file stem matches an image of the set; e.g. the set has '"
                            + set->pairedStems().front() + "', the predictions have '"
                            + (models.empty() || models.front().second->arrays().empty() ? std::string("nothing")
                                                                                          : models.front().second->arrays().front().name)
                            + "'");

    const SegmentationOptions options = segmentationOptions(params);
    const bool labels = params.getString("masks") == "labels";
    double threshold = params.getDouble("threshold");
    const bool resize = params.getString("resize") == "nearest";
    std::vector<std::string> warnings;
    if (network && !labels && threshold == 0.0 && pre.activation == ModelPreprocessing::Activation::Sigmoid) {
        threshold = 0.5; // 0 would make every probability foreground
        warnings.push_back("threshold 0 on the model's sigmoid probabilities: 0.5 used");
    }
    std::vector<ImageRows> perImage(stems.size());
    std::mutex progressMutex;
    // Images side by side over the cores; each loads its own files, so memory holds a few at a time.
    // A model runs one image at a time (LibTorch spreads each forward over the cores itself).
    parallelFor(std::int64_t(stems.size()), 1, network ? 1 : 0, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t i = begin; i < end; ++i) {
            cancel.throwIfCancelled();
            const std::string &stem = stems[std::size_t(i)];
            const Eigen::MatrixXd truth = maskPlane(set->load("masks/" + stem), "mask '" + stem + "'");
            if (!labels)
                if (std::string warning = binaryMaskWarning(truth, "mask '" + stem + "'"); !warning.empty()) {
                    const std::lock_guard<std::mutex> lock(progressMutex);
                    if (warnings.size() < 5) // the first few; one is enough to see the point
                        warnings.push_back(std::move(warning));
                }
            std::vector<std::pair<std::string, Eigen::MatrixXd>> planes;
            if (network)
                planes.emplace_back(networkName, predictMask(*network, set->load("images/" + stem), pre, truth.rows(),
                                                         truth.cols(), stem));
            for (const auto &[model, folder] : models)
                planes.emplace_back(model, maskPlane(folder->load(stem), "the prediction of '" + model + "' for '" + stem + "'"));
            for (auto &[model, prediction] : planes) {
                if (prediction.rows() != truth.rows() || prediction.cols() != truth.cols()) {
                    if (!resize)
                        throw AnalysisError("image '" + stem + "': the prediction of '" + model + "' is " + std::to_string(prediction.rows())
                                            + " × " + std::to_string(prediction.cols()) + " pixels, the mask "
                                            + std::to_string(truth.rows()) + " × " + std::to_string(truth.cols())
                                            + " (set resize = nearest to resize predictions to their masks)");
                    prediction = resizeNearest(prediction, truth.rows(), truth.cols());
                }
                for (const auto &[name, m] : classMetrics(prediction, truth, labels, threshold, options)) {
                    std::vector<TableCell> row = {stem, model, name};
                    for (TableCell &cell : metricCells(m))
                        row.push_back(std::move(cell));
                    perImage[std::size_t(i)].rows.push_back(std::move(row));
                    perImage[std::size_t(i)].metrics.emplace_back(model, m);
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
    SegmentationSummary summary(names);
    for (ImageRows &image : perImage) {
        for (auto &row : image.rows)
            table.rows.push_back(std::move(row));
        for (const auto &[model, m] : image.metrics)
            summary.add(model, m);
    }

    Result result;
    result.items.push_back(table);
    result.items.push_back(summary.table());
    for (SeriesResult &histogram : summary.histograms())
        result.items.push_back(std::move(histogram));
    if (network) {
        TableResult preprocessing;
        preprocessing.id = "preprocessing";
        preprocessing.title = "How the model was run (repeat it with these parameters)";
        preprocessing.columns = {"step", "value"};
        const auto list = [](const std::vector<double> &numbers) {
            std::string text;
            for (double v : numbers)
                text += (text.empty() ? "" : ", ") + std::to_string(v).substr(0, 8);
            return text;
        };
        preprocessing.rows = {
            {std::string("scale"), std::string("8-bit / 255, 16-bit / 65535, floats as stored")},
            {std::string("resize"), pre.size ? std::to_string(pre.size) + " × " + std::to_string(pre.size) + " (bilinear)"
                                             : std::string("none")},
            {std::string("normalise"), "(x − [" + list(pre.mean) + "]) / [" + list(pre.std) + "]"},
            {std::string("layout"), std::string("(1, C, H, W) float32")},
            {std::string("activation"), params.getString("model_activation")},
            {std::string("back to the mask"), std::string("nearest neighbour")},
            {std::string("threshold"), threshold},
        };
        result.items.push_back(preprocessing);
    }
    for (const std::string &warning : warnings)
        result.warnings.push_back(warning);
    if (names.size() > 1 && !labels) {
        TableResult difference;
        difference.id = "difference";
        difference.title = "Each model minus the first, per image";
        difference.columns = {"image", "model", "Δ Dice", "Δ IoU", "Δ HD95 (pooled, medpy)", "Δ BF score"};
        for (std::size_t i = 0; i < stems.size(); ++i) {
            const auto &rows = perImage[i].metrics; // one per model, in the order of `names`
            const SegmentationMetrics &a = rows.at(0).second;
            for (std::size_t k = 1; k < rows.size(); ++k) {
                const SegmentationMetrics &b = rows[k].second;
                difference.rows.push_back({stems[i], rows[k].first, b.dice - a.dice, b.iou - a.iou,
                                           b.hd95Pooled - a.hd95Pooled, b.boundaryF - a.boundaryF});
            }
        }
        result.items.push_back(difference);
    }
    if (!unpaired.rows.empty()) {
        result.items.push_back(unpaired);
        result.warnings.push_back("files without a partner: " + std::to_string(unpaired.rows.size()) + " (listed in 'unpaired')");
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
    d.summary = "seg.metrics for every image of a segmentation set against any number of models' prediction folders "
                "(or a TorchScript model run here), with a summary, a histogram per metric and differences between models.";
    d.methodNote =
        "Images, masks and predictions are paired by file stem (images/NAME.jpg, masks/NAME.png, predictions/NAME.png "
        "or .npy); files without a partner are listed in the table 'unpaired' and skipped. Models are named by their "
        "folder (or model file); an image is measured when every model has a prediction for it. Every pair gets the "
        "metrics of seg.metrics (its method note states them and the conventions for empty masks), one row per image "
        "and model (and class for label maps). A prediction of another size than its mask is an error, or, with resize "
        "= nearest, is resized to the mask by nearest neighbour (source index floor(i · source size / mask size), as "
        "OpenCV's INTER_NEAREST). Summary per metric and model: mean, sample standard deviation (n − 1) and median over "
        "the images; distances that are +inf (exactly one mask empty) are left out and counted in 'n ∞'. Histograms, "
        "one per metric: 20 equal bins, overlap scores over [0, 1], distances over [0, the largest finite value]. With "
        "several models, a table of each model minus the first per image. Images are processed in parallel, one file of "
        "each kind at a time per core. A TorchScript model (first, before any folders) is run on every image: scaled to "
        "0 … 1, resized to model_size (bilinear) if set, normalised (x − mean) / std per channel, as (1, C, H, W) "
        "float32; one output channel through a sigmoid (threshold 0.5 when the threshold is 0, with a warning), K "
        "channels to the arg-max class; the output resized to the mask by nearest neighbour; these steps are written "
        "into the table 'preprocessing'.";
    d.citation = "Taha & Hanbury (2015), BMC Medical Imaging 15:29; Maier-Hein et al. (2024), Metrics reloaded: "
                 "recommendations for image analysis validation, Nature Methods 21.";
    d.inputs = {{"set", "Segmentation set", "A folder with images/ and masks/ (paired by file stem).", DataKind::ImageSet, false},
                {"predictions", "Predictions",
                 "A folder of one model's masks, probability maps or label maps, one per image stem; give one folder "
                 "per model to compare them.",
                 DataKind::MaskSet, true, true},
                {"model", "Model", "Or also: a TorchScript segmentation model (torch.jit.save), run here on every image.",
                 DataKind::Checkpoint, true}};
    d.parameters = segmentationParameters();
    d.parameters.push_back(intParameter("model_size", "Model input size",
                                        "With a model: resize images to size × size (bilinear) first; 0 keeps their size.",
                                        0, 0, 8192));
    d.parameters.push_back(textParameter("model_mean", "Model mean",
                                         "With a model: per-channel mean subtracted after scaling to 0 … 1 (ImageNet's by "
                                         "default; one value for every channel).",
                                         "0.485, 0.456, 0.406"));
    d.parameters.push_back(textParameter("model_std", "Model std", "With a model: per-channel standard deviation divided by.",
                                         "0.229, 0.224, 0.225"));
    d.parameters.push_back(choiceParameter("model_activation", "Model activation",
                                           "With a model: 'sigmoid' for one output channel (probabilities; threshold 0.5), "
                                           "'softmax' for K classes (arg-max label map), 'none' for logits as they are.",
                                           {"sigmoid", "softmax", "none"}));
    d.parameters.push_back(choiceParameter("resize", "Other sizes",
                                           "'refuse': a prediction of another size than its mask is an error; 'nearest': "
                                           "resize it to the mask by nearest neighbour.",
                                           {"refuse", "nearest"}));
    d.outputs = {{"images", "Metrics per image", OutputKind::Table, "One row per image, model (and class)."},
                 {"summary", "Summary", OutputKind::Table, "Mean, sd, median and n per metric and model."},
                 {"dice-histogram", "Dice histogram", OutputKind::Series, "Dice per image, 20 bins over [0, 1]."},
                 {"iou-histogram", "IoU histogram", OutputKind::Series, "IoU per image, 20 bins over [0, 1]."},
                 {"precision-histogram", "Precision histogram", OutputKind::Series, "Precision per image, 20 bins."},
                 {"recall-histogram", "Recall histogram", OutputKind::Series, "Recall per image, 20 bins."},
                 {"hd-histogram", "HD histogram", OutputKind::Series, "Hausdorff distance per image, 20 bins."},
                 {"hd95-histogram", "HD95 histogram", OutputKind::Series, "HD95 (pooled) per image, 20 bins."},
                 {"assd-histogram", "ASSD histogram", OutputKind::Series, "ASSD per image, 20 bins."},
                 {"bf-histogram", "BF score histogram", OutputKind::Series, "Boundary F-score per image, 20 bins."},
                 {"difference", "Difference", OutputKind::Table, "With several models: each minus the first per image."},
                 {"unpaired", "Unpaired", OutputKind::Table, "Files without a partner, if any."}};
    d.run = runSegmentationDataset;
    return d;
}

} // namespace core

#include "analyses/segmentation/segmentationcase.h"

#include "analyses/segmentation/maskplane.h"
#include "analyses/segmentation/segdatasetanalysis.h"
#include "analyses/segmentation/segmentationsummary.h"
#include "registry/inputslot.h"
#include "models/torchscriptmodule.h"
#include "data/arraycollection.h"
#include "errors/analysiserror.h"
#include "registry/arrayselection.h"
#include "registry/registry.h"

#include <algorithm>
#include <filesystem>

namespace core {

namespace {

std::string fileName(const std::string &spec)
{
    return std::filesystem::path(spec.substr(0, spec.find("::"))).filename().string();
}

} // namespace

SegmentationCase readSegmentationCase(const Registry &registry, const Result &result, const std::string &stem)
{
    SegmentationCase c;
    if (result.parameters.values().count("threshold"))
        c.threshold = result.parameters.getDouble("threshold");
    const auto input = [&](const std::string &slot) { return readSelection(registry, result.inputs.at(slot)); };
    if (result.analysisId == "seg.metrics") {
        c.name = std::filesystem::path(fileName(result.inputs.at("prediction"))).stem().string();
        c.truth = maskPlane(input("truth").tensor, "the ground truth");
        if (result.inputs.count("image"))
            c.image = input("image").tensor;
        for (const char *slot : {"prediction", "second"})
            if (result.inputs.count(slot))
                c.predictions.emplace_back(std::filesystem::path(fileName(result.inputs.at(slot))).stem().string(),
                                           maskPlane(input(slot).tensor, std::string("the ") + slot));
        return c;
    }
    if (result.analysisId != "seg.dataset")
        throw AnalysisError("'" + result.analysisId + "' has no masks to overlay");
    c.name = stem;
    const DataObject set = input("set");
    c.truth = maskPlane(set.arrays->load("masks/" + stem), "mask '" + stem + "'");
    c.image = set.arrays->load("images/" + stem);
    const bool resize = result.parameters.values().count("resize") && result.parameters.getString("resize") == "nearest";
    // The models in the run's order and with its names: the model first, then the folders.
    std::vector<std::string> slots;
    if (result.inputs.count("model"))
        slots.push_back("model");
    for (int n = 1; result.inputs.count(repeatSlotId("predictions", n)); ++n)
        slots.push_back(repeatSlotId("predictions", n));
    std::vector<std::string> sources;
    for (const std::string &slot : slots)
        sources.push_back(result.inputs.at(slot));
    const std::vector<std::string> names = modelNames(sources);
    for (std::size_t k = 0; k < slots.size(); ++k) {
        if (slots[k] == "model") {
            // Run the model again, as the analysis did (the same preprocessing and threshold rule).
            const auto network = std::dynamic_pointer_cast<const TorchScriptModule>(input("model").arrays);
            if (!network)
                throw AnalysisError("input 'model' is not a TorchScript module");
            const ModelPreprocessing pre = modelPreprocessing(result.parameters);
            c.predictions.emplace_back(names[k], predictMask(*network, c.image, pre, c.truth.rows(), c.truth.cols(), stem));
            if (c.threshold == 0.0 && pre.activation == ModelPreprocessing::Activation::Sigmoid
                && result.parameters.getString("masks") == "binary")
                c.threshold = 0.5;
            continue;
        }
        Eigen::MatrixXd plane = maskPlane(input(slots[k].c_str()).arrays->load(stem),
                                          "the prediction of '" + names[k] + "' for '" + stem + "'");
        if (resize && (plane.rows() != c.truth.rows() || plane.cols() != c.truth.cols()))
            plane = resizeNearest(plane, c.truth.rows(), c.truth.cols());
        c.predictions.emplace_back(names[k], std::move(plane));
    }
    return c;
}

std::vector<std::string> worstImages(const Result &result, const std::string &metric)
{
    const TableResult *table = nullptr;
    for (const ResultItem &item : result.items)
        if (const auto *t = std::get_if<TableResult>(&item); t && t->id == "images")
            table = t;
    if (result.analysisId != "seg.dataset" || !table)
        throw AnalysisError("only seg.dataset ranks images (this is " + result.analysisId + ")");
    const auto column = std::find(table->columns.begin(), table->columns.end(), metric);
    static const std::vector<std::string> distances = {"HD", "HD95 (pooled, medpy)", "HD95 (max-directed, MONAI)", "ASSD"};
    static const std::vector<std::string> scores = {"Dice", "IoU", "precision", "recall", "BF score"};
    const bool distance = std::count(distances.begin(), distances.end(), metric) > 0;
    if (column == table->columns.end() || (!distance && !std::count(scores.begin(), scores.end(), metric)))
        throw AnalysisError("cannot rank by '" + metric + "'; use Dice, IoU, precision, recall, BF score, HD, "
                            "HD95 (pooled, medpy), HD95 (max-directed, MONAI) or ASSD");
    const auto at = std::size_t(column - table->columns.begin());
    std::vector<std::pair<double, std::string>> ranked;
    std::string firstModel;
    for (const auto &row : table->rows) {
        const std::string model = std::get<std::string>(row.at(1));
        if (firstModel.empty())
            firstModel = model;
        if (model != firstModel)
            continue;
        const double value = std::get<double>(row.at(at));
        ranked.emplace_back(distance ? -value : value, std::get<std::string>(row.at(0)));
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<std::string> stems;
    for (const auto &[value, stem] : ranked)
        if (std::find(stems.begin(), stems.end(), stem) == stems.end()) // one entry per image (label maps: per class rows)
            stems.push_back(stem);
    return stems;
}

} // namespace core

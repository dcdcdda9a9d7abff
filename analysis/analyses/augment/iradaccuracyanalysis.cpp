#include "analyses/augment/iradaccuracyanalysis.h"

#include "analyses/augment/augmentitems.h"
#include "analyses/augment/coordinateresampling.h"
#include "analyses/information/samplematrix.h"
#include "errors/analysiserror.h"
#include "models/torchscriptmodule.h"
#include "registry/parameterbuilders.h"
#include "task/parallelfor.h"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <sstream>

namespace core {

namespace {

std::string shapeText(const Tensor &tensor)
{
    std::string text;
    for (std::int64_t d : tensor.shape())
        text += (text.empty() ? "" : ", ") + std::to_string(d);
    return "(" + text + ")";
}

std::string shortNumber(double value)
{
    std::ostringstream text;
    text << std::setprecision(4) << value;
    return text.str();
}

/// How a batch of images is laid out, and what the model is fed: (N, C, H, W) with C <= 3.
struct BatchLayout
{
    bool grey = false;          ///< (N, H, W)
    bool channelsFirst = false; ///< (N, C, H, W), else (N, H, W, C)
    std::int64_t count = 0, rows = 0, cols = 0;
    std::int64_t channels = 1; ///< fed to the model: alpha dropped
};

BatchLayout batchLayout(const Tensor &images, const std::string &choice)
{
    BatchLayout layout;
    const auto isChannelAxis = [](std::int64_t n) { return n == 1 || n == 3 || n == 4; };
    if (images.ndim() == 3) {
        if (choice != "auto") // a single (H, W, C) image would otherwise be read as H grey images
            throw AnalysisError("the images are " + shapeText(images) + ", which is read as (N, H, W) grey images; 'Layout' "
                                + choice + " needs a 4-d array (a single image needs a leading axis of 1)");
        layout.grey = true;
        layout.rows = images.dim(1);
        layout.cols = images.dim(2);
    } else if (images.ndim() == 4) {
        if (choice == "auto") {
            const bool second = isChannelAxis(images.dim(1)), last = isChannelAxis(images.dim(3));
            if (second == last)
                throw AnalysisError("the images are " + shapeText(images) + ": set 'Layout' to NHWC (images, rows, columns, "
                                    "channels) or NCHW (images, channels, rows, columns), as either axis could hold the channels");
            layout.channelsFirst = second;
        } else {
            layout.channelsFirst = choice == "NCHW";
        }
        const std::int64_t channels = images.dim(layout.channelsFirst ? 1 : 3);
        if (!isChannelAxis(channels))
            throw AnalysisError("the images are " + shapeText(images) + " and, read as " + choice + ", have " + std::to_string(channels)
                                + " channels; expected 1, 3 or 4 (alpha is dropped)");
        layout.channels = std::min<std::int64_t>(channels, 3);
        layout.rows = images.dim(layout.channelsFirst ? 2 : 1);
        layout.cols = images.dim(layout.channelsFirst ? 3 : 2);
    } else {
        throw AnalysisError("the images must be one array (N, H, W), (N, H, W, C) or (N, C, H, W); got " + shapeText(images));
    }
    layout.count = images.dim(0);
    if (layout.count == 0 || layout.rows == 0 || layout.cols == 0)
        throw AnalysisError("the images array " + shapeText(images) + " is empty");
    if (layout.rows * layout.cols > (std::int64_t(1) << 26))
        throw AnalysisError("the images are " + std::to_string(layout.rows) + " x " + std::to_string(layout.cols)
                            + " pixels; at most 64 M pixels per image are resampled");
    return layout;
}

Eigen::MatrixXd channelPlane(const Tensor &images, const BatchLayout &layout, std::int64_t image, std::int64_t channel)
{
    const Tensor one = images.select(0, image);
    if (layout.grey)
        return one.toMatrix();
    return one.select(layout.channelsFirst ? 0 : 2, channel).toMatrix();
}

std::vector<std::int64_t> classLabels(const Tensor &labels, std::int64_t count)
{
    const Tensor flat = labels.ndim() == 2 && labels.dim(1) == 1 ? labels.select(1, 0) : labels;
    if (flat.ndim() != 1)
        throw AnalysisError("the labels must be one array of class indices, (N,) or (N, 1); got " + shapeText(labels));
    if (flat.dim(0) != count)
        throw AnalysisError("there are " + std::to_string(flat.dim(0)) + " labels for " + std::to_string(count)
                            + " images; give one class index per image");
    const Tensor values = flat.to(DType::Float64);
    std::vector<std::int64_t> classes(static_cast<std::size_t>(count));
    for (std::int64_t i = 0; i < count; ++i) {
        const double value = values.data<double>()[i];
        if (!(value >= 0 && value <= 1e9 && value == std::floor(value)))
            throw AnalysisError("label " + std::to_string(i) + " is " + std::to_string(value)
                                + "; labels are class indices 0, 1, 2, …");
        classes[std::size_t(i)] = std::int64_t(value);
    }
    return classes;
}

struct Preprocessing
{
    double scale = 1.0; ///< 8-bit / 255, 16-bit / 65535, floats as they are
    std::vector<double> mean, sd;
};

/// Image `image` as the model sees it, resampled first if `shifts` is set (resampling commutes with the
/// affine scaling, as every kernel's weights sum to one): C x H x W float32 at `out`.
void fillInput(const Tensor &images, const BatchLayout &layout, std::int64_t image, const Preprocessing &pre,
               const ShiftField *shifts, Interpolation interpolation, float *out)
{
    for (std::int64_t c = 0; c < layout.channels; ++c) {
        Eigen::MatrixXd plane = channelPlane(images, layout, image, c);
        if (!plane.allFinite())
            throw AnalysisError("image " + std::to_string(image) + " has NaN or Inf values");
        if (shifts)
            plane = resamplePlane(plane, *shifts, interpolation);
        const double mean = pre.mean[std::size_t(c) % pre.mean.size()], sd = pre.sd[std::size_t(c) % pre.sd.size()];
        float *channel = out + c * layout.rows * layout.cols;
        for (Eigen::Index r = 0; r < plane.rows(); ++r)
            for (Eigen::Index col = 0; col < plane.cols(); ++col)
                channel[r * layout.cols + col] = float((plane(r, col) * pre.scale - mean) / sd);
    }
}

/// The arg-max class per image of (B, K) scores, or logit > 0 for (B,) and (B, 1); sets `classes` to K (2 for a logit).
std::vector<std::int64_t> predictedClasses(const Tensor &output, std::int64_t batch, std::int64_t first, std::int64_t &classes)
{
    const bool logit = (output.ndim() == 1 && output.dim(0) == batch)
                       || (output.ndim() == 2 && output.dim(0) == batch && output.dim(1) == 1);
    if (!logit && !(output.ndim() == 2 && output.dim(0) == batch))
        throw AnalysisError("the model's output for a batch of " + std::to_string(batch) + " images is " + shapeText(output)
                            + ", not class scores (N, K): this needs a classifier");
    const std::int64_t width = logit ? 1 : output.dim(1);
    classes = logit ? 2 : width;
    const Tensor scores = output.to(DType::Float64);
    const double *values = scores.data<double>();
    std::vector<std::int64_t> predicted(static_cast<std::size_t>(batch));
    for (std::int64_t i = 0; i < batch; ++i) {
        const double *row = values + i * width;
        if (!std::all_of(row, row + width, [](double v) { return std::isfinite(v); }))
            throw AnalysisError("the model's output for image " + std::to_string(first + i) + " has NaN or Inf values");
        predicted[std::size_t(i)] = logit ? (row[0] > 0 ? 1 : 0) : std::int64_t(std::max_element(row, row + width) - row);
    }
    return predicted;
}

/// One way of showing the images to the model: clean (no field) or resampled.
struct Condition
{
    std::string interpolation; ///< "clean" for the images as they are
    double magnitude = 0.0;
    Interpolation mode = Interpolation::Bilinear;
    const ShiftField *shifts = nullptr;
};

std::vector<double> magnitudesOf(const ParameterValues &params)
{
    std::vector<double> magnitudes = params.getNumbers("magnitudes", 1, 16);
    for (double s : magnitudes)
        if (s < 0 || s > 16)
            throw AnalysisError("parameter 'magnitudes': each s must lie in 0 … 16 (s = 2 is one pixel); got "
                                + std::to_string(s));
    std::sort(magnitudes.begin(), magnitudes.end());
    magnitudes.erase(std::unique(magnitudes.begin(), magnitudes.end()), magnitudes.end());
    return magnitudes;
}

Result runIradAccuracy(const AnalysisInputs &inputs, const ParameterValues &params, Progress &progress,
                       const CancelToken &cancel)
{
    const auto model = std::dynamic_pointer_cast<const TorchScriptModule>(inputs.at("model").arrays);
    if (!model)
        throw AnalysisError("input 'model' is not a TorchScript module (torch.jit.save); torch.save checkpoints hold "
                            "weights only and cannot classify");
    const Tensor images = singleTensor(inputs.at("images"), "images");
    const BatchLayout layout = batchLayout(images, params.getString("layout"));
    const std::vector<std::int64_t> labels = classLabels(singleTensor(inputs.at("labels"), "labels"), layout.count);
    const std::int64_t limit = params.getInt("limit");
    const std::int64_t count = limit > 0 ? std::min(limit, layout.count) : layout.count;

    Preprocessing pre;
    pre.scale = images.dtype() == DType::UInt8 ? 1.0 / 255.0 : images.dtype() == DType::UInt16 ? 1.0 / 65535.0 : 1.0;
    pre.mean = params.getNumbers("model_mean", 1, 3);
    pre.sd = params.getNumbers("model_std", 1, 3);
    for (const auto &[name, values] : {std::pair{"model_mean", pre.mean}, std::pair{"model_std", pre.sd}})
        if (values.size() != 1 && std::int64_t(values.size()) != layout.channels)
            throw AnalysisError("parameter '" + std::string(name) + "' has " + std::to_string(values.size()) + " values for "
                                + std::to_string(layout.channels) + " channels; give one for all or one per channel");
    for (double sd : pre.sd)
        if (!(sd > 0))
            throw AnalysisError("parameter 'model_std' needs positive numbers");

    const std::vector<double> magnitudes = magnitudesOf(params);
    const std::string chosen = params.getString("interpolation");
    const std::vector<std::string> modes = chosen == "all" ? std::vector<std::string>{"nearest", "bilinear", "bicubic"}
                                                           : std::vector<std::string>{chosen};
    const std::string shift = params.getString("shift");
    std::vector<ShiftField> fields; // one per magnitude, shared by every image and mode so that they compare
    for (double s : magnitudes)
        fields.push_back(drawShifts(layout.rows, layout.cols, shiftKindNamed(shift), s, std::uint64_t(params.getInt("seed"))));
    std::vector<Condition> conditions{{"clean", 0.0, Interpolation::Bilinear, nullptr}};
    for (const std::string &mode : modes)
        for (std::size_t m = 0; m < magnitudes.size(); ++m)
            conditions.push_back({mode, magnitudes[m], interpolationNamed(mode), &fields[m]});

    const std::int64_t batch = params.getInt("batch");
    const std::int64_t perImage = layout.channels * layout.rows * layout.cols;
    std::vector<std::vector<std::int64_t>> predicted(conditions.size());
    std::int64_t classes = 0;
    const std::int64_t batches = (count + batch - 1) / batch;
    for (std::int64_t first = 0, done = 0; first < count; first += batch) {
        const std::int64_t size = std::min(batch, count - first);
        for (std::size_t k = 0; k < conditions.size(); ++k) {
            const Condition &condition = conditions[k];
            cancel.throwIfCancelled();
            Tensor input = Tensor::zeros(DType::Float32, {size, layout.channels, layout.rows, layout.cols});
            float *data = input.mutableData<float>();
            parallelFor(size, 1, 0, [&](std::int64_t begin, std::int64_t end) {
                for (std::int64_t j = begin; j < end; ++j)
                    fillInput(images, layout, first + j, pre, condition.shifts, condition.mode, data + j * perImage);
            }, cancel);
            cancel.throwIfCancelled();
            Tensor output;
            try {
                output = model->forward(input);
            } catch (const AnalysisError &error) {
                throw AnalysisError("a batch shaped " + shapeText(input) + " (float32, N, C, H, W): " + error.what());
            }
            std::int64_t classesOfBatch = 0;
            const std::vector<std::int64_t> batchClasses = predictedClasses(output, size, first, classesOfBatch);
            if (classes != 0 && classesOfBatch != classes)
                throw AnalysisError("the model gave " + std::to_string(classes) + " classes for one batch and "
                                    + std::to_string(classesOfBatch) + " for another");
            classes = classesOfBatch;
            // Checked at the first batch, so that a wrong label file fails at once, not after the whole set.
            for (std::int64_t i = first; i < first + size; ++i)
                if (labels[std::size_t(i)] >= classes)
                    throw AnalysisError("label " + std::to_string(labels[std::size_t(i)]) + " of image " + std::to_string(i)
                                        + " is not one of the model's " + std::to_string(classes) + " classes (0 … "
                                        + std::to_string(classes - 1) + ")");
            predicted[k].insert(predicted[k].end(), batchClasses.begin(), batchClasses.end());
            ++done;
            progress.report(double(done) / double(batches * std::int64_t(conditions.size())),
                            "images " + std::to_string(first + size) + " of " + std::to_string(count) + ", "
                                + condition.interpolation);
        }
    }

    const auto correct = [&](const std::vector<std::int64_t> &p) {
        std::int64_t n = 0;
        for (std::int64_t i = 0; i < count; ++i)
            n += p[std::size_t(i)] == labels[std::size_t(i)];
        return n;
    };
    const double clean = double(correct(predicted.front())) / double(count);
    TableResult table;
    table.id = "accuracy";
    table.title = "Accuracy, clean and resampled";
    table.columns = {"interpolation", "shift", "magnitude_s", "accuracy", "correct", "images", "agreement_with_clean",
                     "accuracy_change"};
    SeriesResult plot;
    plot.id = "accuracy-vs-magnitude";
    plot.title = "Accuracy against the shift magnitude (" + shift + " shifts)";
    plot.xLabel = "magnitude s (IRAD's unit r: half a pixel)";
    plot.yLabel = "accuracy";
    for (const std::string &mode : modes) // s = 0 samples at the pixel centres: the clean images
        plot.series.push_back(magnitudes.front() > 0 ? Series{mode, {0.0}, {clean}} : Series{mode, {}, {}});
    for (std::size_t k = 0; k < conditions.size(); ++k) {
        const std::int64_t right = correct(predicted[k]);
        std::int64_t agree = 0;
        for (std::int64_t i = 0; i < count; ++i)
            agree += predicted[k][std::size_t(i)] == predicted.front()[std::size_t(i)];
        const double accuracy = double(right) / double(count);
        const bool isClean = k == 0;
        table.rows.push_back({conditions[k].interpolation, std::string(isClean ? "none" : shift), conditions[k].magnitude,
                              accuracy, right, count, double(agree) / double(count), accuracy - clean});
        if (!isClean) {
            Series &series = plot.series[std::size_t(std::find(modes.begin(), modes.end(), conditions[k].interpolation) - modes.begin())];
            series.x.push_back(conditions[k].magnitude);
            series.y.push_back(accuracy);
        }
    }

    // The first image, clean and as the last condition (the largest magnitude) resamples it.
    std::vector<ImagePlane> before, after;
    for (std::int64_t c = 0; c < layout.channels; ++c) {
        const std::string name = layout.channels == 1 ? "grey" : c == 0 ? "red" : c == 1 ? "green" : "blue";
        before.push_back({name, channelPlane(images, layout, 0, c)});
        after.push_back({name, resamplePlane(before.back().values, *conditions.back().shifts, conditions.back().mode)});
    }
    const std::pair<double, double> range = displayRangeOf(planesToTensor(before).to(images.dtype()));
    Result result;
    result.items.emplace_back(std::move(plot));
    result.items.emplace_back(std::move(table));
    result.items.emplace_back(imageItem("example-before", "Image 0, clean", planesToTensor(before), range));
    result.items.emplace_back(imageItem("example-after",
                                        "Image 0, " + conditions.back().interpolation + " at s = "
                                            + shortNumber(conditions.back().magnitude),
                                        planesToTensor(after), range));
    if (count < layout.count)
        result.warnings.push_back("only the first " + std::to_string(count) + " of " + std::to_string(layout.count)
                                  + " images were classified ('Images' limit)");
    progress.report(1.0, "done");
    return result;
}

} // namespace

AnalysisDescriptor iradAccuracyAnalysis()
{
    AnalysisDescriptor d;
    d.id = "resample.irad-accuracy";
    d.name = "IRAD: classifier accuracy under resampling";
    d.category = "Augmentation";
    d.summary = "A TorchScript classifier's accuracy on labelled images, clean and after IRAD's basic resampling.";
    d.methodNote =
        "Each image is resampled as resample.irad does (grid_sample conventions: align_corners = False, padding "
        "'border'; shifts in IRAD's unit r, half a pixel, times the magnitude s; its method note gives the shift "
        "kinds), for every chosen interpolation and every magnitude in the list. One shift field is drawn per "
        "magnitude from 'seed' and shared by all images and interpolations, as IRAD repeats one coordinate grid over "
        "a batch, so that the interpolations compare on the same shifts. The model sees float32 (N, C, H, W): 8-bit "
        "values / 255, 16-bit / 65535, floats as they are, then (x - mean) / std per channel (defaults 0 and 1: "
        "RobustBench models, which IRAD evaluates, normalise inside); grey images are (N, 1, H, W), alpha is dropped. "
        "forward() runs under no_grad in eval mode in batches; the prediction is the arg-max of (N, K) scores, or "
        "logit > 0 for one output. Accuracy = correct / images; agreement = share of images whose prediction equals "
        "the clean one. s = 0 samples the pixel centres, so every interpolation returns the clean image: the curves "
        "start at the clean accuracy. Images may be (N, H, W), (N, H, W, C) or (N, C, H, W): 'Layout' auto reads the "
        "axis of 1, 3 or 4 as the channels and asks when both could be. IRAD's claim: basic resampling partly "
        "mitigates adversarial attacks but lowers the accuracy on clean images, the more so the larger the shifts. "
        "Cancel takes effect between batches (a forward() call in progress finishes first).";
    d.citation = "Cao et al. (2024), IRAD: Implicit Representation-driven Image Resampling against Adversarial "
                 "Attacks, ICLR 2024 (reference code tsingqguo/irad, utils.py).";
    d.inputs = {{"model", "Classifier", "A TorchScript classifier (torch.jit.save) taking float32 (N, C, H, W).",
                 DataKind::Checkpoint, false},
                {"images", "Images", "One array of images: (N, H, W), (N, H, W, C) or (N, C, H, W).", DataKind::Tensor, false},
                {"labels", "Labels", "One class index per image, (N,).", DataKind::Tensor, false}};
    d.parameters = {choiceParameter("interpolation", "Interpolation", "Which interpolations to compare ('all': nearest, "
                                    "bilinear and bicubic).", {"all", "bilinear", "nearest", "bicubic"}),
                    choiceParameter("shift", "Shift", "How the coordinate shifts are drawn (resample.irad's method note).",
                                    {"gaussian", "gaussian-xy", "uniform", "constant"}),
                    textParameter("magnitudes", "Magnitudes s", "Shift scales in IRAD's unit r (half a pixel), separated by "
                                  "commas: s = 2 is one pixel.", "0.5, 1, 2"),
                    intParameter("seed", "Seed", "Seed of the random shifts.", 0, 0, 2147483647),
                    choiceParameter("layout", "Layout", "Axis order of a 4-d images array: auto, NHWC or NCHW.",
                                    {"auto", "NHWC", "NCHW"}),
                    textParameter("model_mean", "Model mean", "Per-channel mean subtracted after scaling to 0 … 1 (one "
                                  "value: every channel).", "0"),
                    textParameter("model_std", "Model std", "Per-channel standard deviation divided by.", "1"),
                    intParameter("batch", "Batch size", "Images per forward() call.", 64, 1, 65536),
                    intParameter("limit", "Images", "0: all; N: the first N images.", 0, 0, 1000000000)};
    d.outputs = {{"accuracy-vs-magnitude", "Accuracy against s", OutputKind::Series, "One curve per interpolation, from the clean accuracy at s = 0."},
                 {"accuracy", "Accuracy", OutputKind::Table, "Per condition: accuracy, correct, agreement with the clean predictions."},
                 {"example-before", "Image 0, clean", OutputKind::Image, "The first image as stored."},
                 {"example-after", "Image 0, resampled", OutputKind::Image, "The first image at the largest magnitude."}};
    d.run = runIradAccuracy;
    return d;
}

} // namespace core

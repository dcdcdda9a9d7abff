#include "corestringharvest.h"
#include "analyses/segmentation/maskplane.h"

#include "data/tensor.h"
#include "examples/examplecatalogue.h"
#include "io/arraywriters.h"
#include "registry/builtins.h"
#include "registry/inputslot.h"
#include "registry/numbertemplate.h"
#include "registry/registry.h"
#include "task/atomiccanceltoken.h"
#include "task/nullprogress.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>

#include <unistd.h>

namespace {

namespace fs = std::filesystem;

class Harvest
{
public:
    void exact(const std::string &text)
    {
        if (!text.empty())
            m_strings.texts.insert(text);
    }
    /// Result texts: by their number pattern, as ui::coreText looks them up.
    void pattern(const std::string &text)
    {
        if (!text.empty())
            m_strings.texts.insert(core::numberTemplate(text).pattern);
    }
    void descriptor(const core::AnalysisDescriptor &d)
    {
        for (const std::string *text : {&d.name, &d.category, &d.summary, &d.methodNote})
            exact(*text);
        for (const core::InputSlot &slot : d.inputs) {
            exact(slot.name);
            exact(slot.help);
        }
        for (const core::OutputSpec &output : d.outputs) {
            exact(output.name);
            exact(output.help);
        }
        for (const core::ParameterSpec &parameter : d.parameters) {
            exact(parameter.name);
            exact(parameter.help);
            exact(parameter.unit);
            for (const std::string &choice : parameter.choices)
                exact(choice);
        }
    }
    void result(const core::Result &result)
    {
        for (const std::string &warning : result.warnings)
            if (!warning.empty()) // warnings name files: by numbers and quoted names, as coreText's last try
                m_strings.texts.insert(core::numberTemplate(warning, true).pattern);
        for (const core::ResultItem &item : result.items)
            std::visit([this](const auto &value) { this->item(value); }, item);
    }
    CoreStrings &strings() { return m_strings; }

private:
    void item(const core::TableResult &table)
    {
        pattern(table.title);
        for (const std::string &column : table.columns)
            pattern(column);
        for (const auto &row : table.rows)
            for (const core::TableCell &cell : row)
                if (const auto *text = std::get_if<std::string>(&cell))
                    pattern(*text);
    }
    void item(const core::SeriesResult &series)
    {
        for (const std::string *text : {&series.title, &series.xLabel, &series.yLabel})
            pattern(*text);
        for (const core::Series &s : series.series)
            pattern(s.name);
        for (const core::SeriesMarker &marker : series.markers)
            pattern(marker.name);
    }
    void item(const core::HeatMapResult &map)
    {
        for (const std::string *text : {&map.title, &map.xLabel, &map.yLabel, &map.valueLabel})
            pattern(*text);
    }
    void item(const core::TrajectoryResult &plane)
    {
        for (const std::string *text : {&plane.title, &plane.xLabel, &plane.yLabel, &plane.stepLabel})
            pattern(*text);
        for (const core::Trajectory &trajectory : plane.trajectories)
            pattern(trajectory.name);
        for (const core::AxisLine &line : plane.lines)
            pattern(line.name);
    }
    void item(const core::EigenvalueResult &eigenvalues) { pattern(eigenvalues.title); }
    void item(const core::ImageResult &image) { pattern(image.title); }
    void item(const core::PointSetResult &points)
    {
        pattern(points.title);
        pattern(points.scalarLabel);
        for (const std::string &label : points.axisLabels)
            pattern(label);
    }

    CoreStrings m_strings;
};

void writeTensor(const core::Tensor &tensor, const fs::path &path)
{
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    core::writeNpy(tensor, out, core::AtomicCancelToken());
}

void writeArray(const Eigen::MatrixXd &values, const fs::path &path)
{
    writeTensor(core::Tensor::fromMatrix(values), path);
}

/// Labels 0, 1, 2, 0, … as int64 (N,), as a dump wants them.
void writeLabels(int n, const fs::path &path)
{
    core::Tensor labels = core::Tensor::zeros(core::DType::Int64, {n});
    for (int i = 0; i < n; ++i)
        labels.mutableData<std::int64_t>()[i] = i % 3;
    writeTensor(labels, path);
}

/// Small deterministic inputs for every kind of slot the analyses have: samples (N, 3), labels
/// (N,) in {0, 1, 2}, a 32 × 32 image and a dump of two layers over three steps.
struct GeneratedInputs
{
    GeneratedInputs(const core::Registry &registry, const std::string &segmentationSet)
        : folder(fs::temp_directory_path() / ("infoscope-corestrings-" + std::to_string(::getpid())))
    {
        std::mt19937 generator(7);
        std::normal_distribution<double> normal;
        const auto random = [&](int rows, int cols) {
            Eigen::MatrixXd m(rows, cols);
            for (int i = 0; i < rows; ++i)
                for (int j = 0; j < cols; ++j)
                    m(i, j) = normal(generator);
            return m;
        };
        writeArray(random(120, 3), folder / "samples.npy");
        writeArray(random(120, 2), folder / "other.npy");
        writeArray(random(120, 4), folder / "dump" / "inputs.npy");
        writeLabels(120, folder / "labels.npy");
        writeArray(random(32, 32), folder / "image.npy");
        for (const char *layer : {"fc1", "fc2"})
            for (int step = 0; step < 3; ++step)
                writeArray(random(120, 3).array().tanh(), folder / "dump" / "activations" / layer / (std::to_string(step) + ".npy"));
        writeLabels(120, folder / "dump" / "labels.npy");
        std::ofstream(folder / "dump" / "manifest.json") << R"({"format": "infoscope-dump", "version": 1})";
        samples = registry.read((folder / "samples.npy").string());
        otherSamples = registry.read((folder / "other.npy").string());
        labels = registry.read((folder / "labels.npy").string());
        image = registry.read((folder / "image.npy").string());
        image.kind = core::DataKind::Image;
        dump = registry.read((folder / "dump").string());
        Eigen::MatrixXd a = Eigen::MatrixXd::Zero(32, 32), b = a;
        a.block(4, 4, 12, 10).setOnes();
        b.block(6, 5, 12, 12).setConstant(2.0); // a second class in label mode …
        b.block(6, 5, 3, 3).setOnes();          // … and three values: the binary-mode warning
        writeArray(a, folder / "mask_a.npy");
        writeArray(b, folder / "mask_b.npy");
        writeArray(Eigen::MatrixXd::Zero(32, 32), folder / "mask_empty.npy");
        maskA = registry.read((folder / "mask_a.npy").string());
        maskB = registry.read((folder / "mask_b.npy").string());
        emptyMask = registry.read((folder / "mask_empty.npy").string());
        if (!segmentationSet.empty()) { // a set of PNGs (the tests' fixture): core writes no images
            imageSet = registry.read(segmentationSet);
            maskFolder = registry.read(segmentationSet + "/model_a");
            segmentationModel = registry.read(segmentationSet + "/model_threshold.pt");
        }
    }
    ~GeneratedInputs() { fs::remove_all(folder); }

    /// Data for a slot, by its kind and (for tensors) its name: labels for "y" where it says labels.
    /// `variant` picks the masks of mask slots (the first mask slot, then the second): 0 two different
    /// blobs, 1 an empty first, 2 an empty second, 3 both empty, so that every note of a result appears.
    const core::DataObject *forSlot(const core::InputSlot &slot, int maskIndex, int variant) const
    {
        if (slot.kind == core::DataKind::Tensor && slot.help.find("mask") != std::string::npos) {
            const bool empty = (maskIndex == 0 && (variant == 1 || variant == 3)) || (maskIndex == 1 && variant >= 2);
            return empty ? &emptyMask : maskIndex == 0 ? &maskA : &maskB;
        }
        switch (slot.kind) {
        case core::DataKind::Image: return &image;
        case core::DataKind::ActivationDump: return &dump;
        case core::DataKind::ImageSet: return imageSet.arrays ? &imageSet : nullptr;
        case core::DataKind::MaskSet: return maskFolder.arrays && variant != 4 ? &maskFolder : nullptr;
        case core::DataKind::Checkpoint: return segmentationModel.arrays && variant == 4 ? &segmentationModel : nullptr;
        case core::DataKind::Tensor:
            if (slot.help.find("abel") != std::string::npos)
                return &labels;
            return slot.id == "y" ? &otherSamples : &samples;
        default: return nullptr;
        }
    }

    fs::path folder;
    core::DataObject samples, otherSamples, labels, image, dump, maskA, maskB, emptyMask, imageSet, maskFolder, segmentationModel;
};

void runAnalysis(const core::Registry &registry, const core::AnalysisDescriptor &d, const GeneratedInputs &generated,
                 const std::string &choice, const std::string &value, Harvest &harvest, int variant = 0)
{
    core::AnalysisInputs inputs;
    int maskIndex = 0;
    for (const core::InputSlot &slot : d.inputs) {
        const core::DataObject *data = generated.forSlot(slot, maskIndex, variant);
        if (slot.kind == core::DataKind::Tensor && slot.help.find("mask") != std::string::npos)
            ++maskIndex;
        if (!data) {
            if (!slot.optional)
                return; // a module or checkpoint: its texts are the descriptor's
            continue;
        }
        if (!slot.optional || slot.kind != core::DataKind::Tensor)
            inputs.bind(slot.id, *data);
        if (slot.repeatable) // a second source: the texts of comparisons (seg.dataset's differences)
            inputs.bind(core::repeatSlotId(slot.id, 2), *data);
    }
    core::ParameterValues parameters = core::ParameterValues::defaults(d.parameters);
    for (const core::ParameterSpec &spec : d.parameters) {
        // Small and quick: the texts, not the numbers, are wanted.
        if (spec.type == core::ParameterType::Int && (spec.id.find("sample") != std::string::npos
                                                      || spec.id.find("surrogate") != std::string::npos))
            parameters.setFromString(d.parameters, spec.id, spec.id == "surrogates" ? "20" : "300");
    }
    if (!choice.empty())
        parameters.setFromString(d.parameters, choice, value);
    core::NullProgress progress;
    try {
        harvest.result(registry.run(d.id, inputs, parameters, progress, core::AtomicCancelToken()));
    } catch (const std::exception &e) {
        harvest.strings().failedRuns.push_back(d.id + (choice.empty() ? "" : " " + choice + "=" + value) + ": " + e.what());
    }
}

} // namespace

CoreStrings harvestCoreStrings(const std::string &segmentationSet)
{
    core::Registry registry;
    core::registerBuiltins(registry);
    Harvest harvest;
    const GeneratedInputs generated(registry, segmentationSet);
    for (const core::AnalysisDescriptor &d : registry.analyses()) {
        harvest.descriptor(d);
        runAnalysis(registry, d, generated, {}, {}, harvest);
        for (int variant = 1; variant < 5; ++variant) // empty masks: their notes; 4: a model instead of predictions
            runAnalysis(registry, d, generated, {}, {}, harvest, variant);
        for (const core::ParameterSpec &spec : d.parameters)
            for (const std::string &value : spec.choices)
                runAnalysis(registry, d, generated, spec.id, value, harvest);
    }
    {
        // seg.dataset names the image in this warning; the fixture set's masks are binary, so make one.
        core::Result named;
        Eigen::MatrixXd threeValues = Eigen::MatrixXd::Zero(4, 4);
        threeValues(0, 0) = 1;
        threeValues(1, 1) = 2;
        named.warnings.push_back(core::binaryMaskWarning(threeValues, "mask 'img0'"));
        harvest.result(named);
        harvest.exact("a prediction (no file of that stem)"); // the fixture's models miss no stem
    }
    for (const auto status : {core::Result::Status::Success, core::Result::Status::NumericalIssue,
                              core::Result::Status::NoConvergence})
        harvest.exact(core::resultStatusName(status)); // the runs' status column
    core::ExampleCatalogue catalogue;
    core::registerBuiltinExamples(catalogue);
    for (const core::Example &example : catalogue.examples()) {
        harvest.exact(example.title);
        harvest.exact(example.claim);
        const core::AnalysisDescriptor &d = *registry.analysis(example.analysisId);
        core::AnalysisInputs inputs;
        if (example.writeInputs)
            for (const auto &[slot, path] : example.writeInputs(generated.folder.string()))
                inputs.bind(slot, registry.read(path));
        core::ParameterValues parameters = core::ParameterValues::defaults(d.parameters);
        for (const auto &[key, value] : example.parameters)
            parameters.setFromString(d.parameters, key, value);
        core::NullProgress progress;
        harvest.result(core::withClaim(registry.run(d.id, inputs, parameters, progress, core::AtomicCancelToken()), example));
    }
    return std::move(harvest.strings());
}

std::string cppLiteral(const std::string &text)
{
    std::string out = "\"";
    for (const unsigned char c : text) {
        if (c == '"' || c == '\\')
            out += '\\', out += char(c);
        else if (c == '\n')
            out += "\\n";
        else if (c < 0x20) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\%03o", c);
            out += buffer;
        } else
            out += char(c);
    }
    return out + "\"";
}

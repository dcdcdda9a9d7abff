#include "analyses/augment/augmentitems.h"

#include "analyses/spectrum/planedft.h"
#include "analyses/spectrum/spectrumitems.h"
#include "errors/analysiserror.h"
#include "io/imagewriter.h"
#include "registry/parameterbuilders.h"

#include <filesystem>

namespace core {

std::pair<double, double> displayRangeOf(const Tensor &input)
{
    if (input.dtype() == DType::UInt8)
        return {0.0, 255.0};
    if (input.dtype() == DType::UInt16)
        return {0.0, 65535.0};
    const Tensor values = input.to(DType::Float64);
    const Eigen::Map<const Eigen::ArrayXd> flat(values.data<double>(), values.numel());
    return {flat.minCoeff(), flat.maxCoeff()};
}

ImageResult imageItem(std::string id, std::string title, const Tensor &image, std::pair<double, double> range)
{
    ImageResult item;
    item.id = std::move(id);
    item.title = std::move(title);
    item.image = image;
    item.displayLow = range.first;
    item.displayHigh = range.second;
    return item;
}

Eigen::MatrixXd lumaOf(const std::vector<ImagePlane> &planes)
{
    if (planes.size() == 1)
        return planes.front().values;
    return 0.299 * planes[0].values + 0.587 * planes[1].values + 0.114 * planes[2].values;
}

std::vector<ImagePlane> mapPlanes(const std::vector<ImagePlane> &planes,
                                  const std::function<Eigen::MatrixXd(const ImagePlane &)> &perPlane)
{
    std::vector<ImagePlane> out;
    for (const ImagePlane &plane : planes)
        out.push_back({plane.name, perPlane(plane)});
    return out;
}

std::vector<ParameterSpec> outputFileParameters(const std::string &what)
{
    return {textParameter("write_to", "Write to folder",
                          "A folder to write " + what + " into (created if missing; files are named by the input's "
                          "stem); empty: write nothing.",
                          ""),
            choiceParameter("format", "File format",
                            "'png': 8-bit PNG, values rounded and clipped to 0 ... 255; 'npy': float64 .npy with every "
                            "value exactly as computed.",
                            {"png", "npy"})};
}

std::string writeOutput(const ParameterValues &params, const std::string &stem, const Tensor &image)
{
    const std::string folder = params.getString("write_to");
    if (folder.empty())
        return {};
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error)
        throw AnalysisError("cannot create the output folder '" + folder + "': " + error.message());
    const std::string path = (std::filesystem::path(folder) / (stem + "." + params.getString("format"))).string();
    try {
        writeImageFile(image, path);
    } catch (const std::runtime_error &e) {
        throw AnalysisError("cannot write '" + path + "': " + e.what());
    }
    return path;
}

void addBeforeAfterSpectra(Result &result, const Eigen::MatrixXd &before, const Eigen::MatrixXd &after,
                           const std::string &beforeName, const std::string &afterName)
{
    const Eigen::MatrixXd a = fftShift(planeDft(before, true).cwiseAbs());
    const Eigen::MatrixXd b = fftShift(planeDft(after, true).cwiseAbs());
    result.items.emplace_back(frequencyMap("amplitude-before", "Amplitude, " + beforeName, "|DFT| (ortho)", a, true));
    result.items.emplace_back(frequencyMap("amplitude-after", "Amplitude, " + afterName, "|DFT| (ortho)", b, true));
    result.items.emplace_back(pixelMap("difference", afterName + " - " + beforeName + " (grey)",
                                       "grey difference", after - before));
    const FpgmBins bins = fpgmBins(before.rows(), before.cols());
    SeriesResult profiles;
    profiles.id = "radial-profiles";
    profiles.title = "Radial amplitude profiles";
    profiles.xLabel = profileAxisLabel(before.rows(), before.cols());
    profiles.yLabel = "mean amplitude (ortho)";
    profiles.logY = true;
    profiles.series.push_back(profileSeries(beforeName, fpgmProfile(a, bins), before.rows(), before.cols()));
    profiles.series.push_back(profileSeries(afterName, fpgmProfile(b, bins), before.rows(), before.cols()));
    result.items.emplace_back(std::move(profiles));
}

std::string sourceStem(const AnalysisInputs &inputs, const std::string &slot)
{
    std::string stem = std::filesystem::path(inputs.at(slot).source).stem().string();
    const std::size_t colons = stem.find("::");
    return stem.empty() ? slot : stem.substr(0, colons);
}

} // namespace core

#include "analyses/augment/fdaanalysis.h"

#include "analyses/augment/amplitudeswap.h"
#include "analyses/augment/augmentitems.h"
#include "errors/analysiserror.h"
#include "registry/parameterbuilders.h"

#include <algorithm>

namespace core {

namespace {

Result runFda(const AnalysisInputs &inputs, const ParameterValues &params, Progress &progress, const CancelToken &cancel)
{
    const double beta = params.getDouble("beta");
    const std::vector<ImagePlane> source = imagePlanes(inputs.at("source").tensor, PlaneMode::PerChannel, "the source image");
    const std::vector<ImagePlane> target = imagePlanes(inputs.at("target").tensor, PlaneMode::PerChannel, "the target image");
    const Eigen::Index rows = source.front().values.rows(), cols = source.front().values.cols();
    if (target.front().values.rows() != rows || target.front().values.cols() != cols)
        throw AnalysisError("the target image is " + std::to_string(target.front().values.rows()) + " x "
                            + std::to_string(target.front().values.cols()) + " but the source is " + std::to_string(rows)
                            + " x " + std::to_string(cols) + "; FDA swaps amplitudes frequency by frequency, so resize "
                            "the target to the source first");
    if (source.size() != target.size())
        throw AnalysisError("one image is grey and the other colour; FDA swaps channel by channel, so convert one of them first");

    std::vector<ImagePlane> adapted;
    for (std::size_t k = 0; k < source.size(); ++k) {
        cancel.throwIfCancelled();
        progress.report(double(k) / double(source.size()), "channel " + source[k].name);
        adapted.push_back({source[k].name, fdaSwapPlane(source[k].values, target[k].values, beta)});
    }
    const Tensor output = planesToTensor(adapted);
    const int b = fdaHalfWidth(rows, cols, beta);
    const std::int64_t windowRows = beta == 0 ? 0 : std::min<Eigen::Index>(rows - 1, rows / 2 + b) - std::max<Eigen::Index>(0, rows / 2 - b) + 1;
    const std::int64_t windowCols = beta == 0 ? 0 : std::min<Eigen::Index>(cols - 1, cols / 2 + b) - std::max<Eigen::Index>(0, cols / 2 - b) + 1;

    const std::pair<double, double> range = displayRangeOf(inputs.at("source").tensor);
    Result result;
    result.items.emplace_back(imageItem("source", "Source", planesToTensor(source), range));
    result.items.emplace_back(imageItem("target", "Target (amplitude donor)", planesToTensor(target), displayRangeOf(inputs.at("target").tensor)));
    result.items.emplace_back(imageItem("adapted", "Source in the target's style (FDA)", output, range));
    addBeforeAfterSpectra(result, lumaOf(source), lumaOf(adapted), "source", "adapted");
    const std::string written = writeOutput(params, sourceStem(inputs, "source") + "_fda", output);

    TableResult summary;
    summary.id = "summary";
    summary.title = "FDA window";
    summary.columns = {"beta", "b", "window_rows", "window_cols", "swapped_frequencies", "channels", "min", "max", "written"};
    double low = adapted.front().values.minCoeff(), high = adapted.front().values.maxCoeff();
    for (const ImagePlane &plane : adapted) {
        low = std::min(low, plane.values.minCoeff());
        high = std::max(high, plane.values.maxCoeff());
    }
    summary.rows.push_back({beta, std::int64_t(b), windowRows, windowCols, windowRows * windowCols,
                            std::int64_t(source.size()), low, high, written});
    result.items.emplace_back(std::move(summary));
    progress.report(1.0, "done");
    return result;
}

} // namespace

AnalysisDescriptor fdaAnalysis()
{
    AnalysisDescriptor d;
    d.id = "augment.fda";
    d.name = "FDA amplitude swap";
    d.category = "Augmentation";
    d.summary = "Fourier Domain Adaptation: give a source image the low-frequency amplitude (the 'style') of a target image.";
    d.methodNote =
        "As the NumPy version of the FDA reference code (YanchaoYang/FDA): per channel, F_s = DFT(source), F_t = "
        "DFT(target); b = floor(beta * min(H, W)); in the fftshifted amplitude |F_s| the inclusive window of rows "
        "H//2 - b ... H//2 + b and columns W//2 - b ... W//2 + b ((2b + 1)^2 frequencies, clipped to the image where "
        "the window is wider than it) takes the target's amplitude; the result is recombined with the source's phase, inverse "
        "DFT, real part, with no clipping or rounding (values may leave 0 ... 255; a PNG written with write_to is "
        "rounded and clipped). beta = 0 returns the source unchanged; any beta > 0 with b = 0 swaps the DC amplitude "
        "(the mean brightness) only. Colour images: R, G and B are swapped channel by channel, alpha dropped; a grey "
        "image with a colour one, or images of different sizes, are refused (the reference resizes the target; do that "
        "first). Apply FDA to raw pixel values, before normalisation, as the reference advises. The spectra shown are "
        "of the grey luma, orthonormal. The README of the reference recommends beta = 0.01 (and ensembles of 0.01, "
        "0.05, 0.09).";
    d.citation = "Yang & Soatto (2020), FDA: Fourier Domain Adaptation for Semantic Segmentation, CVPR 2020.";
    d.inputs = {{"source", "Source image", "The image to adapt (its phase, which carries its content, is kept).", DataKind::Image, false},
                {"target", "Target image", "The image whose low-frequency amplitude is taken (same size).", DataKind::Image, false}};
    d.parameters = {doubleParameter("beta", "Beta",
                                    "Half-width of the swapped window as a fraction of min(H, W): b = floor(beta min(H, W)).",
                                    0.01, 0.0, 1.0)
                        .asSlider(0.1)};
    for (ParameterSpec &spec : outputFileParameters("the adapted image"))
        d.parameters.push_back(std::move(spec));
    d.outputs = {{"source", "Source", OutputKind::Image, "The source image."},
                 {"target", "Target", OutputKind::Image, "The target image."},
                 {"adapted", "Adapted", OutputKind::Image, "The source with the target's low-frequency amplitude (float64)."},
                 {"amplitude-before", "Source amplitude", OutputKind::HeatMap, "fftshifted |DFT| of the source's luma."},
                 {"amplitude-after", "Adapted amplitude", OutputKind::HeatMap, "fftshifted |DFT| of the adapted luma."},
                 {"difference", "Difference", OutputKind::HeatMap, "Adapted minus source, grey."},
                 {"radial-profiles", "Radial profiles", OutputKind::Series, "FPGM profiles of the two spectra."},
                 {"summary", "Window", OutputKind::Table, "beta, b, the window and the output's range."}};
    d.run = runFda;
    return d;
}

} // namespace core

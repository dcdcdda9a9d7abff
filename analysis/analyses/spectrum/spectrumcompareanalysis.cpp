#include "analyses/spectrum/spectrumcompareanalysis.h"

#include "analyses/augment/augmentitems.h"
#include "analyses/spectrum/imagespectrum.h"
#include "analyses/spectrum/spectrumitems.h"
#include "errors/analysiserror.h"
#include "registry/parameterbuilders.h"

#include <algorithm>
#include <cmath>

namespace core {

namespace {

Result runSpectrumCompare(const AnalysisInputs &inputs, const ParameterValues &params, Progress &progress,
                          const CancelToken &cancel)
{
    ImageSpectrumOptions options;
    options.norm = ImageSpectrumOptions::Norm::Ortho;
    options.hannWindow = params.getString("window") == "hann";
    const Tensor &first = inputs.at("image").tensor, &second = inputs.at("second").tensor;
    if (first.ndim() < 2 || second.ndim() < 2 || first.dim(0) != second.dim(0) || first.dim(1) != second.dim(1))
        throw AnalysisError("the two images must have one size to be compared frequency by frequency (got "
                            + (first.ndim() >= 2 ? std::to_string(first.dim(0)) + " x " + std::to_string(first.dim(1)) : "?")
                            + " and "
                            + (second.ndim() >= 2 ? std::to_string(second.dim(0)) + " x " + std::to_string(second.dim(1)) : "?")
                            + "); resize one of them first");
    const ChannelSpectrum a = computeImageSpectrum(first, options, progress, cancel).front();
    const ChannelSpectrum b = computeImageSpectrum(second, options, progress, cancel).front();
    const std::string nameA = sourceStem(inputs, "image"), nameB = sourceStem(inputs, "second");

    Result result;
    result.items.emplace_back(imageItem("image", nameA, first, displayRangeOf(first)));
    result.items.emplace_back(imageItem("second", nameB, second, displayRangeOf(second)));
    result.items.emplace_back(frequencyMap("amplitude-image", "Amplitude, " + nameA, "|DFT| (ortho)", a.amplitude, true));
    result.items.emplace_back(frequencyMap("amplitude-second", "Amplitude, " + nameB, "|DFT| (ortho)", b.amplitude, true));
    // log10 of the ratio: 0 where the two agree, +-1 for a factor of ten; 0/0 (both exactly zero) is 0.
    Eigen::MatrixXd ratio(a.amplitude.rows(), a.amplitude.cols());
    for (Eigen::Index c = 0; c < ratio.cols(); ++c)
        for (Eigen::Index r = 0; r < ratio.rows(); ++r) {
            const double x = a.amplitude(r, c), y = b.amplitude(r, c);
            ratio(r, c) = x == y ? 0.0 : std::log10(y / x);
        }
    result.items.emplace_back(frequencyMap("log-ratio", "log10(" + nameB + " / " + nameA + ")", "log ratio (base 10)",
                                           ratio, false));
    SeriesResult profiles;
    profiles.id = "radial-profiles";
    profiles.title = "Radial amplitude profiles";
    profiles.xLabel = profileAxisLabel(a.amplitude.rows(), a.amplitude.cols());
    profiles.yLabel = "mean amplitude (ortho)";
    profiles.logY = true;
    profiles.series.push_back(profileSeries(nameA, a.profile.mean, a.amplitude.rows(), a.amplitude.cols()));
    profiles.series.push_back(profileSeries(nameB, b.profile.mean, b.amplitude.rows(), b.amplitude.cols()));
    result.items.emplace_back(std::move(profiles));

    TableResult summary;
    summary.id = "summary";
    summary.title = "Comparison";
    summary.columns = {"height", "width", "dc_ratio", "mean_abs_log_ratio", "max_abs_log_ratio"};
    // Over the finite values only, as the method note says (an infinite ratio is not a zero one).
    double sum = 0, largest = 0;
    std::int64_t finite = 0;
    for (Eigen::Index i = 0; i < ratio.size(); ++i)
        if (std::isfinite(ratio(i))) {
            sum += std::abs(ratio(i));
            largest = std::max(largest, std::abs(ratio(i)));
            ++finite;
        }
    summary.rows.push_back({std::int64_t(ratio.rows()), std::int64_t(ratio.cols()),
                            b.amplitude(ratio.rows() / 2, ratio.cols() / 2) / a.amplitude(ratio.rows() / 2, ratio.cols() / 2),
                            finite > 0 ? sum / double(finite) : std::nan(""), largest});
    result.items.emplace_back(std::move(summary));
    return result;
}

} // namespace

AnalysisDescriptor spectrumCompareAnalysis()
{
    AnalysisDescriptor d;
    d.id = "spectrum.compare";
    d.name = "Compare two spectra";
    d.category = "Spectra";
    d.summary = "Two images and their amplitude spectra side by side (linked zoom), with the log ratio of the spectra.";
    d.methodNote =
        "Both images become grey (0.299 R + 0.587 G + 0.114 B, as stored) and get spectrum.image's orthonormal "
        "amplitude A = |DFT(w * x)| / sqrt(H W), fftshifted, with the optional Hann window w. The difference is "
        "log10(A2 / A1) per frequency: 0 where the spectra agree, +1 where the second image has ten times the "
        "amplitude (+inf or -inf where one amplitude is exactly zero; 0 where both are); the table gives the DC "
        "ratio and the mean and largest |log10 ratio| over finite values. Radial profiles as spectrum.image's "
        "(floor radius, corners included). The images must have one size (nothing is resized or cropped). The "
        "views of one frame (the two images; the three maps) zoom and pan together.";
    d.citation = "Radial amplitude spectra as used by FPGM: Xi, Liu & Li (2025), arXiv:2508.06517; the log-ratio "
                 "view of two spectra after Field (1987), J. Opt. Soc. Am. A 4, 2379.";
    d.inputs = {{"image", "Image", "The first image (grey or colour).", DataKind::Image, false},
                {"second", "Second image", "The image to compare it with (same size).", DataKind::Image, false}};
    d.parameters = {choiceParameter("window", "Window",
                                    "Taper applied before the DFT: 'none' or the separable Hann window.", {"none", "hann"})};
    d.outputs = {{"image", "Image", OutputKind::Image, "The first image."},
                 {"second", "Second image", OutputKind::Image, "The second image."},
                 {"amplitude-image", "First amplitude", OutputKind::HeatMap, "fftshifted orthonormal |DFT| of the first image."},
                 {"amplitude-second", "Second amplitude", OutputKind::HeatMap, "The same for the second image."},
                 {"log-ratio", "Log ratio", OutputKind::HeatMap, "log10(A2 / A1) per frequency."},
                 {"radial-profiles", "Radial profiles", OutputKind::Series, "Both radial profiles."},
                 {"summary", "Comparison", OutputKind::Table, "DC ratio, mean and largest |log10 ratio|."}};
    d.run = runSpectrumCompare;
    return d;
}

} // namespace core

#include "analyses/spectrum/imagespectrumanalysis.h"

#include "analyses/spectrum/imagespectrum.h"
#include "analyses/spectrum/spectrumitems.h"

namespace core {

namespace {

Result runImageSpectrum(const AnalysisInputs &inputs, const ParameterValues &params, Progress &progress,
                        const CancelToken &cancel)
{
    ImageSpectrumOptions options;
    options.norm = params.getString("norm") == "ortho" ? ImageSpectrumOptions::Norm::Ortho
                                                       : ImageSpectrumOptions::Norm::Backward;
    options.channels = params.getString("channels") == "per-channel" ? ImageSpectrumOptions::Channels::PerChannel
                                                                     : ImageSpectrumOptions::Channels::Grey;
    options.hannWindow = params.getString("window") == "hann";

    const Tensor &image = inputs.at("image").tensor;
    const std::vector<ChannelSpectrum> spectra = computeImageSpectrum(image, options, progress, cancel);

    Result result;
    SeriesResult profiles;
    profiles.id = "radial-profile";
    profiles.title = "Radial amplitude profile";
    profiles.xLabel = "radius (frequency bins from DC)"; // in cycles/pixel for square images, below
    profiles.yLabel = "mean amplitude";
    profiles.logY = true;

    SeriesResult angular;
    angular.id = "angular-profile";
    angular.title = "Angular amplitude profile";
    angular.xLabel = "frequency orientation (degrees)";
    angular.yLabel = "mean amplitude";
    angular.logY = true;

    TableResult summary;
    summary.id = "summary";
    summary.title = "Spectrum summary";
    summary.columns = {"channel", "height", "width", "dc_amplitude", "mean_amplitude", "max_radius"};

    for (const ChannelSpectrum &spectrum : spectra) {
        const auto rows = static_cast<int>(spectrum.amplitude.rows());
        const auto cols = static_cast<int>(spectrum.amplitude.cols());
        result.items.emplace_back(frequencyMap("amplitude-" + spectrum.channel, "Amplitude spectrum (" + spectrum.channel + ")",
                                               "|DFT|", spectrum.amplitude, true));
        result.items.emplace_back(frequencyMap("phase-" + spectrum.channel, "Phase spectrum (" + spectrum.channel + ")",
                                               "arg DFT (radians)", spectrum.phase, false));
        std::get<HeatMapResult>(result.items.back()).cyclic = true;
        Series orientation;
        orientation.name = spectrum.channel;
        for (std::size_t k = 0; k < spectrum.angular.size(); ++k) {
            orientation.x.push_back(double(k) * 180.0 / double(spectrum.angular.size()));
            orientation.y.push_back(spectrum.angular[k]);
        }
        angular.series.push_back(std::move(orientation));

        Series series;
        series.name = spectrum.channel;
        // The inscribed circle: the largest radius whose ring lies whole inside the spectrum in every
        // direction; beyond it only the corners contribute and the profile bends (the "hook").
        const int inscribed = std::min({rows / 2, rows - 1 - rows / 2, cols / 2, cols - 1 - cols / 2});
        const std::size_t last = params.getString("extent") == "inscribed"
                                     ? std::min(spectrum.profile.mean.size(), std::size_t(inscribed) + 1)
                                     : spectrum.profile.mean.size();
        for (std::size_t k = 0; k < last; ++k) {
            // Square images: bin k is the radial frequency k/N cycles/pixel. Otherwise the bins mix the
            // two axes' frequency steps and stay in bins.
            series.x.push_back(rows == cols ? static_cast<double>(k) / cols : static_cast<double>(k));
            series.y.push_back(spectrum.profile.mean[k]);
        }
        if (rows == cols)
            profiles.xLabel = "radial frequency (cycles/pixel)";
        profiles.series.push_back(std::move(series));

        summary.rows.push_back({spectrum.channel, std::int64_t(rows), std::int64_t(cols),
                                spectrum.amplitude(rows / 2, cols / 2), spectrum.amplitude.mean(),
                                std::int64_t(spectrum.profile.mean.size() - 1)});
    }
    result.items.emplace_back(std::move(profiles));
    result.items.emplace_back(std::move(angular));
    result.items.emplace_back(std::move(summary));
    return result;
}

} // namespace

AnalysisDescriptor imageSpectrumAnalysis()
{
    AnalysisDescriptor d;
    d.id = "spectrum.image";
    d.name = "Image amplitude spectrum";
    d.category = "Spectra";
    d.summary = "2-D amplitude spectrum of an image and its azimuthally averaged radial profile.";
    d.methodNote =
        "Amplitude A = |DFT(w * x)| of each plane x, unnormalised as numpy.fft.fft2 computes it (norm=backward), "
        "or divided by sqrt(H*W) with norm=ortho; then fftshifted so that zero frequency sits at (H//2, W//2). "
        "Values are output linear; the view shows them on a log scale. Optional window w: the separable Hann window "
        "numpy.hanning(H) x numpy.hanning(W). Grey mode converts RGB(A) with 0.299 R + 0.587 G + 0.114 B in double "
        "precision (alpha ignored); per-channel mode gives R, G and B separately. Pixel values are used as stored "
        "(0-255 for 8-bit, 0-65535 for 16-bit), not rescaled. Radial profile: the bin of a pixel is "
        "floor(sqrt((y - H//2)^2 + (x - W//2)^2)); profile[k] is the mean amplitude over the pixels of bin k, for "
        "k = 0 ... floor(largest distance), corner bins included (so for non-square images a bin mixes different "
        "frequencies along the two axes), or up to the inscribed circle min(H//2, H-1-H//2, W//2, W-1-W//2) with "
        "extent=inscribed. For square N x N images the profile's x is the radial frequency k/N in cycles/pixel, "
        "otherwise the bin k. Phase: arg DFT(w * x) in (-pi, pi] as numpy.angle, fftshifted, drawn with a cyclic colour "
        "map. Angular profile: the mean amplitude per 5-degree orientation bin of the frequency vector, theta = "
        "atan2(-(y - H//2), x - W//2) folded into [0, 180), bins centred on 0, 5, ..., 175 degrees (0 = horizontal "
        "frequencies, which vertical edges make; 90 = vertical frequencies; the amplitude of a real image is "
        "point-symmetric), over 1 <= radius <= the inscribed radius (DC and corners left "
        "out). Images with NaN or Inf pixels are refused.";
    d.citation = "Radial amplitude profile as used by FPGM: Xi, Liu & Li (2025), Frequency Prior Guided Matching for "
                 "semi-supervised polyp segmentation, arXiv:2508.06517.";
    d.inputs = {{"image", "Image", "A grey (H, W) or colour (H, W, 3|4) image or 2-d array.", DataKind::Image, false}};

    ParameterSpec window;
    window.id = "window";
    window.name = "Window";
    window.help = "Taper applied before the DFT: 'none' or the separable Hann window (reduces edge leakage).";
    window.type = ParameterType::Choice;
    window.defaultValue = std::string("none");
    window.choices = {"none", "hann"};

    ParameterSpec norm;
    norm.id = "norm";
    norm.name = "Normalisation";
    norm.help = "'backward': unnormalised |DFT| as numpy.fft.fft2; 'ortho': divided by sqrt(H*W) (energy-preserving).";
    norm.type = ParameterType::Choice;
    norm.defaultValue = std::string("backward");
    norm.choices = {"backward", "ortho"};

    ParameterSpec channels;
    channels.id = "channels";
    channels.name = "Channels";
    channels.help = "'grey': one spectrum of the luma 0.299R+0.587G+0.114B; 'per-channel': one spectrum per RGB channel.";
    channels.type = ParameterType::Choice;
    channels.defaultValue = std::string("grey");
    channels.choices = {"grey", "per-channel"};

    ParameterSpec extent;
    extent.id = "extent";
    extent.name = "Profile extent";
    extent.help = "'corners': every radius up to the corners (FPGM's profile; the last bins hold only corner "
                  "pixels and bend); 'inscribed': stop at the inscribed circle, where every ring is whole.";
    extent.type = ParameterType::Choice;
    extent.defaultValue = std::string("corners");
    extent.choices = {"corners", "inscribed"};

    d.parameters = {window, norm, channels, extent};
    d.outputs = {
        {"amplitude-<channel>", "Amplitude spectrum", OutputKind::HeatMap, "fftshifted |DFT| per channel (linear values)."},
        {"phase-<channel>", "Phase spectrum", OutputKind::HeatMap, "fftshifted arg DFT per channel, radians."},
        {"radial-profile", "Radial profile", OutputKind::Series, "Mean amplitude per integer radius, one curve per channel."},
        {"angular-profile", "Angular profile", OutputKind::Series, "Mean amplitude per 5-degree orientation, one curve per channel."},
        {"summary", "Summary", OutputKind::Table, "Size, DC amplitude, mean amplitude and largest radius per channel."},
    };
    d.run = runImageSpectrum;
    return d;
}

} // namespace core

#include "analyses/spectrum/datasetspectrumanalysis.h"

#include "analyses/spectrum/profileconsistency.h"
#include "analyses/spectrum/setsignature.h"
#include "analyses/spectrum/spectrumitems.h"
#include "errors/analysiserror.h"
#include "io/imagefolder.h"
#include "registry/parameterbuilders.h"

#include <cmath>
#include <filesystem>

namespace core {

namespace {

struct NamedSignature
{
    std::string name;
    SetSignature signature;
};

std::string setName(const std::string &source, const std::vector<NamedSignature> &earlier)
{
    std::string name = std::filesystem::path(source).filename().string();
    if (name.empty())
        name = std::filesystem::path(source).parent_path().filename().string();
    for (const NamedSignature &other : earlier)
        if (other.name == name)
            return name + " (" + std::to_string(earlier.size() + 1) + ")";
    return name;
}

SeriesResult profilePlot(const std::string &id, const std::string &title, const std::vector<NamedSignature> &sets,
                         ProfileStatistics SetSignature::*kind, bool normalised)
{
    SeriesResult plot;
    plot.id = id;
    plot.title = title;
    plot.xLabel = profileAxisLabel(sets.front().signature.rows, sets.front().signature.cols);
    plot.yLabel = normalised ? "share of the sum" : "mean amplitude (ortho)";
    plot.logY = true;
    for (const NamedSignature &set : sets) {
        const ProfileStatistics &stats = set.signature.*kind;
        if (stats.images == 0)
            continue;
        double total = 1.0;
        if (normalised) {
            total = 0.0;
            for (double v : stats.mean)
                total += v;
            if (!(total > 0))
                total = std::nan(""); // all-zero profiles (black images) have no shape: drawn as gaps
        }
        std::vector<double> mean(stats.mean), lower, upper;
        for (std::size_t k = 0; k < mean.size(); ++k) {
            mean[k] /= total;
            lower.push_back(std::max(0.0, stats.mean[k] - stats.sd[k]) / total);
            upper.push_back((stats.mean[k] + stats.sd[k]) / total);
        }
        plot.series.push_back(profileSeries(set.name, mean, set.signature.rows, set.signature.cols));
        plot.bands.push_back({std::move(lower), std::move(upper)});
    }
    return plot;
}

Result runDatasetSpectrum(const AnalysisInputs &inputs, const ParameterValues &params, Progress &progress,
                          const CancelToken &cancel)
{
    SignatureOptions options;
    const std::string signature = params.getString("signature");
    options.edgeBand = signature != "whole";
    options.wholeImage = signature != "edge";
    options.resize = int(params.getInt("resize"));
    options.binarise = params.getBool("binarise");

    std::vector<const ImageFolder *> folders;
    std::vector<std::string> sources;
    std::int64_t total = 0;
    for (const std::string &slot : inputs.repeats("set")) {
        const auto *folder = dynamic_cast<const ImageFolder *>(inputs.at(slot).arrays.get());
        if (!folder)
            throw AnalysisError("'" + inputs.at(slot).source + "' is not an image set: give a folder with images/ and masks/");
        folders.push_back(folder);
        sources.push_back(inputs.at(slot).source);
        total += std::int64_t(folder->pairedStems().size());
    }

    std::vector<NamedSignature> sets;
    std::int64_t done = 0;
    for (std::size_t i = 0; i < folders.size(); ++i) {
        const std::string name = setName(sources[i], sets);
        SetSignature computed = setSignature(*folders[i], options, cancel, [&](int images) {
            progress.report(double(done + images) / double(std::max<std::int64_t>(total, 1)),
                            "set " + name + ": " + std::to_string(images) + " images");
        });
        done += computed.images;
        if (!sets.empty() && (computed.rows != sets.front().signature.rows || computed.cols != sets.front().signature.cols))
            throw AnalysisError("set '" + name + "' has " + std::to_string(computed.rows) + " x " + std::to_string(computed.cols)
                                + " images but '" + sets.front().name + "' has " + std::to_string(sets.front().signature.rows)
                                + " x " + std::to_string(sets.front().signature.cols)
                                + "; set 'Resize to' so that their profiles share bins");
        sets.push_back({name, std::move(computed)});
    }

    Result result;
    TableResult summary;
    summary.id = "sets";
    summary.title = "Sets";
    summary.columns = {"set", "images", "height", "width", "bins", "edge_band_images", "empty_masks"};
    for (const NamedSignature &set : sets) {
        summary.rows.push_back({set.name, std::int64_t(set.signature.images), std::int64_t(set.signature.rows),
                                std::int64_t(set.signature.cols), std::int64_t(set.signature.rows / 2 < set.signature.cols / 2
                                                                                     ? set.signature.rows / 2
                                                                                     : set.signature.cols / 2),
                                std::int64_t(set.signature.edge.images), std::int64_t(set.signature.emptyMasks)});
        if (set.signature.emptyMasks > 0)
            result.warnings.push_back(std::to_string(set.signature.emptyMasks) + " image(s) of set '" + set.name
                                      + "' have an empty (or all-foreground) mask and are left out of its edge-band signature");
    }

    if (options.edgeBand) {
        result.items.emplace_back(profilePlot("edge-profile", "Edge-band signature", sets, &SetSignature::edge, true));
        result.items.emplace_back(profilePlot("edge-profile-absolute", "Edge-band amplitude", sets, &SetSignature::edge, false));
    }
    if (options.wholeImage) {
        result.items.emplace_back(profilePlot("whole-profile", "Whole-image signature", sets, &SetSignature::whole, true));
        result.items.emplace_back(profilePlot("whole-profile-absolute", "Whole-image amplitude", sets, &SetSignature::whole, false));
    }
    for (const NamedSignature &set : sets) {
        if (options.edgeBand && set.signature.edge.images > 0)
            result.items.emplace_back(frequencyMap("edge-amplitude-" + set.name, "Edge bands, " + set.name,
                                                   "mean |DFT|", set.signature.edge.meanAmplitude, true));
        if (options.wholeImage)
            result.items.emplace_back(frequencyMap("whole-amplitude-" + set.name, "Whole images, " + set.name,
                                                   "mean |DFT|", set.signature.whole.meanAmplitude, true));
    }

    TableResult profiles;
    profiles.id = "profiles";
    profiles.title = "Mean radial profiles";
    profiles.columns = {"set", "signature", "bin", "frequency", "mean", "sd", "normalised"};
    for (const NamedSignature &set : sets)
        for (auto [kind, stats] : {std::pair<const char *, const ProfileStatistics *>{"edge", &set.signature.edge},
                                   {"whole", &set.signature.whole}}) {
            if (stats->images == 0)
                continue;
            std::vector<double> p(stats->mean.size(), std::nan(""));
            try {
                p = normalisedProfile(stats->mean);
            } catch (const AnalysisError &) { // an all-zero profile has no shape
            }
            for (std::size_t k = 0; k < stats->mean.size(); ++k)
                profiles.rows.push_back({set.name, std::string(kind), std::int64_t(k),
                                         set.signature.rows == set.signature.cols ? double(k) / set.signature.cols : double(k),
                                         stats->mean[k], stats->sd[k], p[k]});
        }

    if (sets.size() > 1) {
        TableResult consistency;
        consistency.id = "consistency";
        consistency.title = "Consistency between sets (normalised profiles without DC)";
        consistency.columns = {"set_a", "set_b", "signature", "cosine", "jsd_bits"};
        for (std::size_t a = 0; a < sets.size(); ++a)
            for (std::size_t b = a + 1; b < sets.size(); ++b)
                for (auto [kind, member] : {std::pair<const char *, ProfileStatistics SetSignature::*>{"edge", &SetSignature::edge},
                                            {"whole", &SetSignature::whole}}) {
                    const ProfileStatistics &first = sets[a].signature.*member, &second = sets[b].signature.*member;
                    if (first.images == 0 || second.images == 0)
                        continue;
                    try {
                        const ProfileConsistency score = profileConsistency(first.mean, second.mean);
                        consistency.rows.push_back({sets[a].name, sets[b].name, std::string(kind), score.cosine, score.jensenShannon});
                    } catch (const AnalysisError &e) { // flat images: nothing beyond DC to compare
                        consistency.rows.push_back({sets[a].name, sets[b].name, std::string(kind), std::nan(""), std::nan("")});
                        result.warnings.push_back("sets '" + sets[a].name + "' and '" + sets[b].name + "', " + kind + ": " + e.what());
                    }
                }
        result.items.emplace_back(std::move(consistency));
    }
    result.items.emplace_back(std::move(summary));
    result.items.emplace_back(std::move(profiles));
    progress.report(1.0, "done");
    return result;
}

} // namespace

AnalysisDescriptor datasetSpectrumAnalysis()
{
    AnalysisDescriptor d;
    d.id = "spectrum.dataset";
    d.name = "Dataset spectral signature";
    d.category = "Spectra";
    d.summary = "FPGM's frequency signature of lesion edges, averaged over image sets and compared between them.";
    d.methodNote =
        "For every image with a mask (paired by file stem): the grey image g = 0.299 R + 0.587 G + 0.114 B (pixel values "
        "as stored, 0-255 for 8-bit); the edge band Omega of the mask: 3x3 Sobel magnitude with zero padding, a 3x3 "
        "max-filter dilation and the threshold > 0.5 (about 4 pixels wide, 2 on each side of the boundary); the "
        "orthonormal amplitude A = |DFT(g * Omega)| / sqrt(H W), fftshifted; its radial profile P(r) = mean of A over "
        "the pixels with trunc(sqrt((y - H//2)^2 + (x - W//2)^2)) = r, for r < R = min(H//2, W//2) (FPGM's binning: "
        "the corners beyond R are left out). The whole-image signature does the same with g itself. Per set: the mean "
        "profile and its population standard deviation over the images (the band around each curve), and the mean 2-D "
        "amplitude. FPGM learns its prior as an exponential moving average (momentum 0.999) of batch means; over a set "
        "that is, up to the order of the batches, this mean. Consistency between two sets, on profiles normalised to "
        "sum 1 without the DC bin r = 0 (p = P / sum_{r >= 1} P; the DC holds the mean brightness and would dominate both "
        "scores; brightness and contrast drop out): the cosine similarity p.q / (|p| |q|) and the "
        "Jensen-Shannon divergence JSD = (KL(p||m) + KL(q||m)) / 2, m = (p + q) / 2, in bits (0 = same shape, 1 at "
        "most). Sizes: a set's images need one size, or with 'Resize to' N every image is resized to N x N (bilinear) "
        "and its mask (nearest) before the masks' edges are found; images are never cropped, and sets of different "
        "sizes are compared only after resizing. Masks must hold two values (0 and one foreground value), or with "
        "'Binarise masks' values above half the maximum are foreground; images whose mask is empty or all foreground "
        "have no edge and are left out of the edge-band signature (a warning counts them). The sets are streamed: a "
        "few images per thread are decoded at a time, and the result does not depend on the number of threads.";
    d.citation = "Xi, Liu & Li (2025), Frequency Prior Guided Matching: a data-efficient framework for generalizable "
                 "semi-supervised polyp segmentation, arXiv:2508.06517 (reference code ant1dote/FPGM).";
    d.inputs = {{"set", "Image set", "A folder with images/ and masks/ (paired by file stem); give one folder per imaging "
                 "centre or domain to compare them.", DataKind::ImageSet, false, true}};
    d.parameters = {
        choiceParameter("signature", "Signature",
                        "'both': edge band and whole image; 'edge': FPGM's edge-band signature only; 'whole': the whole "
                        "grey image only (masks are not read).",
                        {"both", "edge", "whole"}),
        intParameter("resize", "Resize to",
                     "0: every image of a set must have one size (mixed sizes are refused); N: resize every image "
                     "(bilinear) and mask (nearest) to N x N first (FPGM trains on 256 x 256).",
                     0, 0, 8192),
        boolParameter("binarise", "Binarise masks",
                      "Off: a mask with more than two values is refused. On: values above half the mask's maximum are "
                      "foreground (JPEG-compressed or anti-aliased masks).",
                      false),
    };
    d.outputs = {
        {"edge-profile", "Edge-band signature", OutputKind::Series, "Normalised mean edge-band profile per set, with a band of ± 1 sd."},
        {"edge-profile-absolute", "Edge-band amplitude", OutputKind::Series, "Mean edge-band profile per set, ± 1 sd."},
        {"whole-profile", "Whole-image signature", OutputKind::Series, "Normalised mean whole-image profile per set, ± 1 sd."},
        {"whole-profile-absolute", "Whole-image amplitude", OutputKind::Series, "Mean whole-image profile per set, ± 1 sd."},
        {"edge-amplitude-<set>", "Mean edge-band amplitude", OutputKind::HeatMap, "Mean fftshifted amplitude of the edge bands."},
        {"whole-amplitude-<set>", "Mean whole-image amplitude", OutputKind::HeatMap, "Mean fftshifted amplitude of the grey images."},
        {"consistency", "Consistency", OutputKind::Table, "Cosine similarity and JSD (bits) per pair of sets and signature."},
        {"sets", "Sets", OutputKind::Table, "Images, size, bins and empty masks per set."},
        {"profiles", "Mean radial profiles", OutputKind::Table, "Every bin's mean, sd and normalised value."},
    };
    d.run = runDatasetSpectrum;
    return d;
}

} // namespace core

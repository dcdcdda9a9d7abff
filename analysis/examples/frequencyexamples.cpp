#include "examples/frequencyexamples.h"

#include "data/tensor.h"
#include "examples/exampletables.h"
#include "examples/spectrumexample.h"
#include "io/imagewriter.h"


#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <random>
#include <stdexcept>

namespace core {

namespace {

constexpr int kSize = 128;
constexpr int kImagesPerCentre = 24;

/// Gaussian-filtered white noise with standard deviation 1: tissue texture of a given grain
/// (`scale`: the filter's width in cycles/pixel).
Eigen::MatrixXd texture(std::mt19937 &generator, double scale)
{
    const Eigen::MatrixXd noise = filteredNoise(kSize, generator, [scale](double fx, double fy) {
        return std::exp(-(fx * fx + fy * fy) / (2 * scale * scale));
    });
    const Eigen::ArrayXXd centred = noise.array() - noise.mean();
    return (centred / std::sqrt(centred.square().mean())).matrix();
}

/// One centre: tissue of one grain under one colour cast, with elliptic polyps of the same size
/// distribution in every centre.
void writeCentre(const std::string &folder, unsigned seed, const double cast[3], double grain)
{
    std::filesystem::create_directories(folder + "/images");
    std::filesystem::create_directories(folder + "/masks");
    std::mt19937 generator(seed);
    std::uniform_real_distribution<double> centre(0.35, 0.65), radius(0.12, 0.25);
    for (int i = 0; i < kImagesPerCentre; ++i) {
        const Eigen::MatrixXd tissue = texture(generator, grain);
        const double cy = centre(generator) * kSize, cx = centre(generator) * kSize;
        const double ry = radius(generator) * kSize, rx = radius(generator) * kSize;
        Tensor image = Tensor::zeros(DType::Float64, {kSize, kSize, 3});
        Tensor mask = Tensor::zeros(DType::Float64, {kSize, kSize});
        double *pixels = image.mutableData<double>();
        double *labels = mask.mutableData<double>();
        for (int r = 0; r < kSize; ++r)
            for (int c = 0; c < kSize; ++c) {
                const bool polyp = std::pow((r - cy) / ry, 2) + std::pow((c - cx) / rx, 2) <= 1;
                const double value = 120 + 20 * tissue(r, c) + (polyp ? 50 : 0);
                for (int ch = 0; ch < 3; ++ch)
                    pixels[(r * kSize + c) * 3 + ch] = value * cast[ch];
                labels[r * kSize + c] = polyp ? 255 : 0;
            }
        const std::string stem = "case" + std::to_string(100 + i).substr(1);
        writeImageFile(image, folder + "/images/" + stem + ".png");
        writeImageFile(mask, folder + "/masks/" + stem + ".png");
    }
}

const std::vector<TableCell> &consistencyRow(const Result &result, const std::string &kind)
{
    for (const std::vector<TableCell> &row : exampleTable(result, "consistency").rows)
        if (std::get<std::string>(row.at(2)) == kind)
            return row;
    throw std::logic_error("spectrum.dataset gave no " + kind + " consistency");
}

/// Channel c of an (H, W, 3) tensor.
Eigen::MatrixXd channelOf(const Tensor &image, int c)
{
    return image.select(2, c).toMatrix();
}

const Tensor &imageItem(const Result &result, const std::string &id)
{
    return exampleItem<ImageResult>(result, id).image;
}

/// An RGB scene of tissue grain `grain` under `cast`, with bright discs where `discs` says.
Tensor scene(unsigned seed, const double cast[3], double grain, int discs)
{
    std::mt19937 generator(seed);
    std::uniform_real_distribution<double> where(0.15, 0.85), size(0.05, 0.12);
    const Eigen::MatrixXd tissue = texture(generator, grain);
    Tensor image = Tensor::zeros(DType::Float64, {kSize, kSize, 3});
    double *pixels = image.mutableData<double>();
    std::vector<std::array<double, 3>> spots;
    for (int k = 0; k < discs; ++k)
        spots.push_back({where(generator) * kSize, where(generator) * kSize, size(generator) * kSize});
    for (int r = 0; r < kSize; ++r)
        for (int c = 0; c < kSize; ++c) {
            double value = 110 + 18 * tissue(r, c);
            for (const auto &spot : spots)
                value += std::hypot(r - spot[0], c - spot[1]) <= spot[2] ? 60 : 0;
            for (int ch = 0; ch < 3; ++ch)
                pixels[(r * kSize + c) * 3 + ch] = std::clamp(std::round(value * cast[ch]), 0.0, 255.0);
        }
    return image;
}

double correlation(const Eigen::MatrixXd &a, const Eigen::MatrixXd &b)
{
    const Eigen::ArrayXXd dx = a.array() - a.mean(), dy = b.array() - b.mean();
    return (dx * dy).sum() / std::sqrt(dx.square().sum() * dy.square().sum());
}

} // namespace

Example fdaStyleExample()
{
    Example e;
    e.id = "augment.fda-style";
    e.title = "Augmentation: a target's style in a source image (FDA)";
    e.claim = "swapping the low-frequency amplitude of a source image for a target's transfers the target's style "
              "(colour, illumination) while the source's phase keeps its content, with no training; this example "
              "adapts a warm, fine-grained generated scene to a cool, coarse one at beta = 0.01 (b = 1: a 3 x 3 "
              "window at 128 x 128)";
    e.citation = "Yang & Soatto (2020), FDA: Fourier Domain Adaptation for Semantic Segmentation, CVPR 2020";
    e.analysisId = "augment.fda";
    e.parameters = {{"beta", "0.01"}};
    e.writeInputs = [](const std::string &folder) -> std::map<std::string, std::string> {
        const double warm[3] = {1.0, 0.72, 0.58}, cool[3] = {0.62, 0.78, 1.0};
        writeImageFile(scene(2020, warm, 0.2, 6), folder + "/source_warm.png");
        writeImageFile(scene(1911, cool, 0.03, 2), folder + "/target_cool.png");
        return {{"source", folder + "/source_warm.png"}, {"target", folder + "/target_cool.png"}};
    };
    e.compare = [](const Result &result) -> std::vector<ClaimRow> {
        const Tensor &source = imageItem(result, "source"), &target = imageItem(result, "target"),
                     &adapted = imageItem(result, "adapted");
        double colourGap = 0, sourceGap = 0, withSource = 1, withTarget = -1;
        for (int c = 0; c < 3; ++c) {
            colourGap = std::max(colourGap, std::abs(channelOf(adapted, c).mean() - channelOf(target, c).mean()));
            sourceGap = std::max(sourceGap, std::abs(channelOf(source, c).mean() - channelOf(target, c).mean()));
            withSource = std::min(withSource, correlation(channelOf(adapted, c), channelOf(source, c)));
            withTarget = std::max(withTarget, correlation(channelOf(adapted, c), channelOf(target, c)));
        }
        return {{"largest channel-mean difference, adapted vs target (grey levels)", 0.0, colourGap},
                {"the same for the source vs the target, before adapting", std::string("(the style gap)"), sourceGap},
                {"content kept: pixel correlation of the adapted image with the source (lowest channel)", std::string("high"), withSource},
                {"… and with the target (highest channel)", std::string("low"), withTarget}};
    };
    return e;
}

Example fpgmCentresExample()
{
    Example e;
    e.id = "spectrum.fpgm-centres";
    e.title = "Spectra: lesion edges look alike across imaging centres (FPGM)";
    e.claim = "the frequency signature of polyp edges is consistent across imaging centres, while whole images differ "
              "with each centre's device and colour; this example generates two centres (a warm cast with fine tissue "
              "grain, a cool cast with coarse grain; 24 images of 128 x 128 each, polyps drawn alike) — generated "
              "stand-ins, not endoscopy data";
    e.citation = "Xi, Liu & Li (2025), Frequency Prior Guided Matching, arXiv:2508.06517";
    e.analysisId = "spectrum.dataset";
    e.writeInputs = [](const std::string &folder) -> std::map<std::string, std::string> {
        const double warm[3] = {1.0, 0.72, 0.58}, cool[3] = {0.68, 0.8, 1.0};
        writeCentre(folder + "/centre_warm", 2508, warm, 0.18);
        writeCentre(folder + "/centre_cool", 6517, cool, 0.03);
        return {{"set", folder + "/centre_warm"}, {"set.2", folder + "/centre_cool"}};
    };
    e.compare = [](const Result &result) -> std::vector<ClaimRow> {
        const std::vector<TableCell> &edge = consistencyRow(result, "edge"), &whole = consistencyRow(result, "whole");
        return {{"edge-band signatures: cosine of the normalised profiles", std::string("≈ 1 (consistent)"), edge.at(3)},
                {"whole-image signatures: cosine", std::string("lower (centre-specific)"), whole.at(3)},
                {"edge-band signatures: Jensen-Shannon divergence (bits)", std::string("≈ 0"), edge.at(4)},
                {"whole-image signatures: Jensen-Shannon divergence (bits)", std::string("larger"), whole.at(4)}};
    };
    return e;
}

} // namespace core

#include "analyses/augment/fpgmanalysis.h"

#include "analyses/augment/augmentitems.h"
#include "analyses/augment/fpgmperturbation.h"
#include "analyses/spectrum/planedft.h"
#include "analyses/spectrum/profileconsistency.h"
#include "analyses/spectrum/setsignature.h"
#include "analyses/spectrum/spectrumitems.h"
#include "data/arraycollection.h"
#include "errors/analysiserror.h"
#include "io/imagefolder.h"
#include "registry/parameterbuilders.h"

#include <cmath>
#include <filesystem>
#include <memory>
#include <mutex>

namespace core {

namespace {

std::vector<ImagePlane> sized(std::vector<ImagePlane> planes, int size)
{
    if (size > 0)
        for (ImagePlane &plane : planes)
            plane.values = resizeBilinear(plane.values, size, size);
    return planes;
}

std::vector<ImagePlane> perturbed(const std::vector<ImagePlane> &planes, const std::vector<double> &prior, double gamma)
{
    return mapPlanes(planes, [&](const ImagePlane &plane) { return fpgmPerturbPlane(plane.values, prior, gamma); });
}

/// NaN for a flat image, whose profile has nothing beyond DC to compare.
double cosineToPrior(const Eigen::MatrixXd &grey, const std::vector<double> &prior)
{
    const FpgmBins bins = fpgmBins(grey.rows(), grey.cols());
    try {
        return profileConsistency(fpgmProfile(fftShift(planeDft(grey, true).cwiseAbs()), bins), prior).cosine;
    } catch (const AnalysisError &) {
        return std::nan("");
    }
}

/// The prior's bins stand for frequencies of its H x W: another size with the same min(H//2, W//2)
/// would pass the bin count and mean other frequencies.
void checkPriorSize(const std::vector<ImagePlane> &planes, const SetSignature &signature, const std::string &what)
{
    const Eigen::Index rows = planes.front().values.rows(), cols = planes.front().values.cols();
    if (rows != signature.rows || cols != signature.cols)
        throw AnalysisError(what + " is " + std::to_string(rows) + " x " + std::to_string(cols) + " but the prior was learned at "
                            + std::to_string(signature.rows) + " x " + std::to_string(signature.cols)
                            + "; set 'Resize to' to give the set and the images one size");
}

/// The prior of the last labelled set and options: moving gamma (a live slider in the form) re-runs
/// only the perturbation, not the pass over the whole set. Keyed by the loaded collection itself
/// (the weak_ptr pins its identity): reopening the folder reads it again; files changed on disk while
/// it stays open are not noticed, as for every other analysis of an open source.
std::shared_ptr<const SetSignature> cachedSignature(const std::shared_ptr<const ArrayCollection> &set, const ImageFolder &folder,
                                                    const SignatureOptions &options, const CancelToken &cancel,
                                                    const std::function<void(int)> &onImage)
{
    static std::mutex mutex;
    static std::weak_ptr<const ArrayCollection> lastSet;
    static std::pair<int, bool> lastOptions;
    static std::shared_ptr<const SetSignature> last;
    const std::pair<int, bool> key{options.resize, options.binarise};
    {
        const std::lock_guard<std::mutex> lock(mutex);
        if (last && lastOptions == key && !lastSet.owner_before(set) && !set.owner_before(lastSet) && lastSet.lock())
            return last;
    }
    auto signature = std::make_shared<const SetSignature>(setSignature(folder, options, cancel, onImage));
    const std::lock_guard<std::mutex> lock(mutex);
    lastSet = set;
    lastOptions = key;
    last = signature;
    return signature;
}

Result runFpgm(const AnalysisInputs &inputs, const ParameterValues &params, Progress &progress, const CancelToken &cancel)
{
    const auto *labelled = dynamic_cast<const ImageFolder *>(inputs.at("labelled").arrays.get());
    if (!labelled)
        throw AnalysisError("the labelled set must be a folder with images/ and masks/");
    if (!inputs.has("image") && !inputs.has("folder"))
        throw AnalysisError("give an unlabelled image or a folder of them to perturb");
    if (inputs.has("folder") && params.getString("write_to").empty())
        throw AnalysisError("a folder of images is perturbed to be written: set 'Write to folder'");
    std::error_code same;
    if (inputs.has("folder") && std::filesystem::equivalent(params.getString("write_to"), inputs.at("folder").source, same))
        throw AnalysisError("'Write to folder' is the unlabelled folder itself; choose another folder, so that the "
                            "images are not mixed with (or written over) their sources");
    const double gamma = params.getDouble("gamma");
    const int size = int(params.getInt("resize"));

    SignatureOptions options;
    options.wholeImage = false;
    options.resize = size;
    options.binarise = params.getBool("binarise");
    const std::int64_t prior_images = std::int64_t(labelled->pairedStems().size());
    const std::shared_ptr<const SetSignature> cached =
        cachedSignature(inputs.at("labelled").arrays, *labelled, options, cancel, [&](int done) {
            progress.report(0.5 * done / double(std::max<std::int64_t>(prior_images, 1)), "prior: " + std::to_string(done) + " images");
        });
    const SetSignature &signature = *cached;
    const std::vector<double> &prior = signature.edge.mean;

    Result result;
    TableResult summary;
    summary.id = "summary";
    summary.title = "FPGM perturbation";
    summary.columns = {"image", "gamma", "height", "width", "cosine_to_prior_before", "cosine_to_prior_after", "written"};

    SeriesResult priorPlot;
    priorPlot.id = "prior";
    priorPlot.title = "Prior and the image (normalised)";
    priorPlot.xLabel = profileAxisLabel(signature.rows, signature.cols);
    priorPlot.yLabel = "share of the sum";
    priorPlot.logY = true;
    priorPlot.series.push_back(profileSeries("prior (" + std::to_string(signature.edge.images) + " edge bands)",
                                             normalisedProfile(prior), signature.rows, signature.cols));

    if (inputs.has("image")) {
        const std::vector<ImagePlane> before = sized(imagePlanes(inputs.at("image").tensor, PlaneMode::PerChannel, "the unlabelled image"), size);
        checkPriorSize(before, signature, "the unlabelled image");
        const std::vector<ImagePlane> after = perturbed(before, prior, gamma);
        const Tensor output = planesToTensor(after);
        result.items.emplace_back(imageItem("before", "Unlabelled image", planesToTensor(before), displayRangeOf(inputs.at("image").tensor)));
        result.items.emplace_back(imageItem("after", "Perturbed (FPGM, gamma = " + std::to_string(gamma).substr(0, 5) + ")", output,
                                            displayRangeOf(inputs.at("image").tensor)));
        const Eigen::MatrixXd greyBefore = lumaOf(before), greyAfter = lumaOf(after);
        addBeforeAfterSpectra(result, greyBefore, greyAfter, "before", "after");
        const FpgmBins bins = fpgmBins(greyBefore.rows(), greyBefore.cols());
        priorPlot.series.push_back(profileSeries(
            "image before", normalisedProfile(fpgmProfile(fftShift(planeDft(greyBefore, true).cwiseAbs()), bins)),
            greyBefore.rows(), greyBefore.cols()));
        priorPlot.series.push_back(profileSeries(
            "image after", normalisedProfile(fpgmProfile(fftShift(planeDft(greyAfter, true).cwiseAbs()), bins)),
            greyBefore.rows(), greyBefore.cols()));
        summary.rows.push_back({sourceStem(inputs, "image"), gamma, std::int64_t(greyBefore.rows()), std::int64_t(greyBefore.cols()),
                                cosineToPrior(greyBefore, prior), cosineToPrior(greyAfter, prior),
                                writeOutput(params, sourceStem(inputs, "image") + "_fpgm", output)});
    }
    if (inputs.has("folder")) {
        const ArrayCollection &folder = *inputs.at("folder").arrays;
        const std::vector<ArrayInfo> &files = folder.arrays();
        for (std::size_t i = 0; i < files.size(); ++i) {
            cancel.throwIfCancelled();
            progress.report(0.5 + 0.5 * double(i) / double(files.size()), "perturbing " + files[i].name);
            const std::vector<ImagePlane> before = sized(imagePlanes(folder.load(files[i].name), PlaneMode::PerChannel,
                                                                     "image '" + files[i].name + "'"), size);
            checkPriorSize(before, signature, "image '" + files[i].name + "'");
            const std::vector<ImagePlane> after = perturbed(before, prior, gamma);
            const Eigen::MatrixXd greyBefore = lumaOf(before), greyAfter = lumaOf(after);
            summary.rows.push_back({files[i].name, gamma, std::int64_t(greyBefore.rows()), std::int64_t(greyBefore.cols()),
                                    cosineToPrior(greyBefore, prior), cosineToPrior(greyAfter, prior),
                                    writeOutput(params, files[i].name + "_fpgm", planesToTensor(after))});
        }
    }
    result.items.emplace_back(std::move(priorPlot));
    result.items.emplace_back(std::move(summary));
    progress.report(1.0, "done");
    return result;
}

} // namespace

AnalysisDescriptor fpgmAnalysis()
{
    AnalysisDescriptor d;
    d.id = "augment.fpgm";
    d.name = "FPGM frequency perturbation";
    d.category = "Augmentation";
    d.summary = "Align an unlabelled image's radial amplitude with the edge-band prior of a labelled set, keeping its phase.";
    d.methodNote =
        "The prior is the mean edge-band radial profile of the labelled set, as spectrum.dataset computes it (its method "
        "note gives the edge band, the orthonormal amplitude and FPGM's binning into R = min(H//2, W//2) radii); FPGM "
        "keeps it as an exponential moving average of batch means, which over a set is this mean. Each channel x of an "
        "unlabelled image (R, G, B separately, as the reference; alpha dropped): A = |DFT(x)| / sqrt(H W), phase "
        "phi = arg DFT(x); its profile P_u and energy E_u = sum_r P_u(r); p_mix = (1 - gamma) P_u / (E_u + eps) + "
        "gamma P_prior / (sum P_prior + eps), eps = 1e-6; every frequency gets p_mix(r) E_u at its radius r (radii >= "
        "R, the corners, take r = R - 1), so the new amplitude is isotropic: its angular structure is discarded, unlike "
        "FDA; recombined with phi, inverse DFT, real part (no clipping). gamma = 0 returns the image unchanged, as the "
        "reference does (any gamma > 0 also makes the amplitude isotropic). The image must have the prior's size, or "
        "'Resize to' N resizes the labelled set and the image to N x N (bilinear). The table compares each image's "
        "normalised grey profile with the prior (cosine) before and after. A folder of images is perturbed one file at "
        "a time and written to 'Write to folder' (not the folder itself) as <name>_fpgm.png or .npy; an image of another size "
        "than the prior is refused. The reference trains with gamma = 0.05 (its "
        "ablation script uses 0.10).";
    d.citation = "Xi, Liu & Li (2025), Frequency Prior Guided Matching: a data-efficient framework for generalizable "
                 "semi-supervised polyp segmentation, arXiv:2508.06517 (reference code ant1dote/FPGM, FreqPerturbation).";
    d.inputs = {{"labelled", "Labelled set", "A folder with images/ and masks/: the prior is learned from its mask edges.",
                 DataKind::ImageSet, false},
                {"image", "Unlabelled image", "One image to perturb and preview.", DataKind::Image, true},
                {"folder", "Unlabelled folder", "Or a folder of images (one file per image) to perturb and write.",
                 DataKind::MaskSet, true}};
    d.parameters = {doubleParameter("gamma", "Mixing gamma", "Weight of the prior's shape in the mixed radial profile (FPGM: 0.05).",
                                    0.05, 0.0, 1.0)
                        .asSlider(),
                    intParameter("resize", "Resize to",
                                 "0: the labelled set and the images must share one size; N: resize all to N x N (bilinear).",
                                 0, 0, 8192),
                    boolParameter("binarise", "Binarise masks",
                                  "Off: a mask with more than two values is refused. On: values above half the mask's maximum are foreground.",
                                  false)};
    for (ParameterSpec &spec : outputFileParameters("the perturbed images"))
        d.parameters.push_back(std::move(spec));
    d.outputs = {{"before", "Unlabelled image", OutputKind::Image, "The image (resized if asked)."},
                 {"after", "Perturbed image", OutputKind::Image, "The FPGM-perturbed image (float64)."},
                 {"amplitude-before", "Amplitude before", OutputKind::HeatMap, "fftshifted orthonormal |DFT| of the luma."},
                 {"amplitude-after", "Amplitude after", OutputKind::HeatMap, "The same after the perturbation (isotropic)."},
                 {"difference", "Difference", OutputKind::HeatMap, "After minus before, grey."},
                 {"radial-profiles", "Radial profiles", OutputKind::Series, "Profiles before and after."},
                 {"prior", "Prior", OutputKind::Series, "Normalised prior and the image's normalised profiles."},
                 {"summary", "Summary", OutputKind::Table, "Per image: size, cosine to the prior before and after, file written."}};
    d.run = runFpgm;
    return d;
}

} // namespace core

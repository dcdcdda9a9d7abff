#include "analyses/augment/iradanalysis.h"

#include "analyses/augment/augmentitems.h"
#include "analyses/augment/coordinateresampling.h"
#include "analyses/spectrum/planedft.h"
#include "analyses/spectrum/spectrumitems.h"
#include "registry/parameterbuilders.h"

#include <cmath>

namespace core {

namespace {

Result runIrad(const AnalysisInputs &inputs, const ParameterValues &params, Progress &progress, const CancelToken &cancel)
{
    const std::string mode = params.getString("interpolation");
    const Interpolation interpolation = interpolationNamed(mode);
    const std::string shift = params.getString("shift");
    const ShiftKind kind = shiftKindNamed(shift);
    const std::vector<ImagePlane> before = imagePlanes(inputs.at("image").tensor, PlaneMode::PerChannel);
    const Eigen::Index rows = before.front().values.rows(), cols = before.front().values.cols();
    const ShiftField shifts = drawShifts(rows, cols, kind, params.getDouble("magnitude"), std::uint64_t(params.getInt("seed")));
    std::vector<ImagePlane> after;
    for (std::size_t k = 0; k < before.size(); ++k) {
        cancel.throwIfCancelled();
        progress.report(double(k) / double(before.size()), "channel " + before[k].name);
        after.push_back({before[k].name, resamplePlane(before[k].values, shifts, interpolation)});
    }
    const Tensor output = planesToTensor(after);
    const Eigen::MatrixXd greyBefore = lumaOf(before), greyAfter = lumaOf(after);
    const Eigen::MatrixXd difference = greyAfter - greyBefore;

    const std::pair<double, double> range = displayRangeOf(inputs.at("image").tensor);
    Result result;
    result.items.emplace_back(imageItem("before", "Image", planesToTensor(before), range));
    result.items.emplace_back(imageItem("after", "Resampled (" + mode + ", " + shift + " shifts)", output, range));
    addBeforeAfterSpectra(result, greyBefore, greyAfter, "image", "resampled");
    result.items.emplace_back(frequencyMap("difference-amplitude", "Amplitude of the difference", "|DFT| (ortho)",
                                           fftShift(planeDft(difference, true).cwiseAbs()), true));
    const Eigen::MatrixXd magnitude = (shifts.dx.array().square() + shifts.dy.array().square()).sqrt().matrix();
    result.items.emplace_back(pixelMap("shift-magnitude", "Shift per pixel", "|shift| (pixels)", magnitude));

    const double mse = difference.squaredNorm() / double(difference.size());
    const double span = greyBefore.maxCoeff() - greyBefore.minCoeff();
    TableResult summary;
    summary.id = "summary";
    summary.title = "Resampling";
    summary.columns = {"interpolation", "shift", "magnitude_s", "mean_abs_shift_px", "rms_difference", "psnr_db", "written"};
    summary.rows.push_back({mode, shift, params.getDouble("magnitude"), magnitude.mean(), std::sqrt(mse),
                            mse > 0 && span > 0 ? 10 * std::log10(span * span / mse) : INFINITY,
                            writeOutput(params, sourceStem(inputs, "image") + "_resampled", output)});
    result.items.emplace_back(std::move(summary));
    progress.report(1.0, "done");
    return result;
}

} // namespace

AnalysisDescriptor iradAnalysis()
{
    AnalysisDescriptor d;
    d.id = "resample.irad";
    d.name = "IRAD resampling";
    d.category = "Augmentation";
    d.summary = "Resample an image at shifted coordinates (IRAD's basic methods) and see what the shifts remove from its spectrum.";
    d.methodNote =
        "Output pixel (y, x) samples the image at (y + dy, x + dx) pixels, as torch.nn.functional.grid_sample on IRAD's "
        "pixel-centre grid c_i = -1 + (2i + 1)/n (align_corners = False), padding_mode = 'border'. IRAD's shift unit r "
        "= 1/n in normalised coordinates is half a pixel; with magnitude s: constant: dx = dy = s/2 px "
        "(make_coord_shift); gaussian: one draw N(0, (s/2)^2) per pixel added to both axes (make_coord_normal); "
        "gaussian-xy: independent draws per axis (make_coord_normal2); uniform: per pixel and axis in [0, s/2] "
        "(make_coord_uniform_random). Random shifts come from a 64-bit Mersenne Twister seeded with 'seed' (the same "
        "seed gives the same field; numpy's generator is different). Interpolation: nearest rounds half to even "
        "(torch's nearbyint) and, like bilinear, clamps the coordinate into the image first; bicubic uses Keys' kernel "
        "with a = -0.75 and clamps each of its 16 taps, as torch. R, G, B share one shift field. No clipping: bicubic "
        "may overshoot 0 ... 255. Sanity: s = 0 with nearest is the identity; a constant s = 2 with bilinear is a "
        "one-pixel translation (the last row and column repeat). The summary gives the grey RMS difference and the "
        "PSNR over the image's grey range. The released scripts do not say which modes and magnitudes IRAD's paper "
        "tabulated: nearest, bilinear and bicubic with s in {0.5, 1, 2} is a reasonable sweep.";
    d.citation = "Cao et al. (2024), IRAD: Implicit Representation-driven Image Resampling against Adversarial "
                 "Attacks, ICLR 2024 (reference code tsingqguo/irad, utils.py).";
    d.inputs = {{"image", "Image", "A grey or colour image.", DataKind::Image, false}};
    d.parameters = {choiceParameter("interpolation", "Interpolation", "How the image is sampled between pixels.",
                                    {"bilinear", "nearest", "bicubic"}),
                    choiceParameter("shift", "Shift", "How the coordinate shifts are drawn (see the method note).",
                                    {"gaussian", "gaussian-xy", "uniform", "constant"}),
                    doubleParameter("magnitude", "Magnitude s", "Shift scale in IRAD's unit r, half a pixel: s = 2 is one pixel.",
                                    1.0, 0.0, 16.0)
                        .asSlider(4.0),
                    intParameter("seed", "Seed", "Seed of the random shifts.", 0, 0, 2147483647)};
    for (ParameterSpec &spec : outputFileParameters("the resampled image"))
        d.parameters.push_back(std::move(spec));
    d.outputs = {{"before", "Image", OutputKind::Image, "The input."},
                 {"after", "Resampled", OutputKind::Image, "The resampled image (float64)."},
                 {"amplitude-before", "Amplitude before", OutputKind::HeatMap, "fftshifted orthonormal |DFT| of the luma."},
                 {"amplitude-after", "Amplitude after", OutputKind::HeatMap, "The same after resampling."},
                 {"difference", "Difference", OutputKind::HeatMap, "Resampled minus input, grey."},
                 {"radial-profiles", "Radial profiles", OutputKind::Series, "Profiles before and after."},
                 {"difference-amplitude", "Difference spectrum", OutputKind::HeatMap, "|DFT| of the grey difference."},
                 {"shift-magnitude", "Shift per pixel", OutputKind::HeatMap, "|(dx, dy)| in pixels."},
                 {"summary", "Summary", OutputKind::Table, "Mean shift, RMS difference and PSNR."}};
    d.run = runIrad;
    return d;
}

} // namespace core

#include "analyses/augment/sdapanalysis.h"

#include "analyses/augment/augmentitems.h"
#include "analyses/augment/randomsubsamples.h"
#include "analyses/spectrum/spectrumitems.h"
#include "errors/analysiserror.h"
#include "registry/parameterbuilders.h"

namespace core {

namespace {

Result runSdap(const AnalysisInputs &inputs, const ParameterValues &params, Progress &progress, const CancelToken &cancel)
{
    const std::vector<ImagePlane> planes = imagePlanes(inputs.at("image").tensor, PlaneMode::PerChannel);
    const Eigen::Index rows = planes.front().values.rows(), cols = planes.front().values.cols();
    const SubsampleIndex index = randomSubsampleIndex(rows, cols, std::uint64_t(params.getInt("seed")),
                                                      params.getString("order") == "identity");
    // The mosaic puts sub-image j at tile (j / 5, j % 5); `source` records which sub-image took each pixel.
    std::vector<ImagePlane> mosaic = mapPlanes(planes, [](const ImagePlane &p) { return Eigen::MatrixXd(p.values.rows(), p.values.cols()); });
    Eigen::MatrixXd source = Eigen::MatrixXd::Constant(rows, cols, -1.0);
    Eigen::MatrixXi uses = Eigen::MatrixXi::Zero(rows, cols);
    const std::string stem = sourceStem(inputs, "image");
    std::vector<std::string> written;
    for (int j = 0; j < 25; ++j) {
        cancel.throwIfCancelled();
        progress.report(j / 25.0, "sub-image " + std::to_string(j));
        std::vector<ImagePlane> sub;
        for (std::size_t k = 0; k < planes.size(); ++k) {
            sub.push_back({planes[k].name, subsample(planes[k].values, index, j)});
            mosaic[k].values.block((j / 5) * index.rows, (j % 5) * index.cols, index.rows, index.cols) = sub.back().values;
        }
        for (int cr = 0; cr < index.rows; ++cr)
            for (int cc = 0; cc < index.cols; ++cc) {
                const int p = index.position[std::size_t(j)][std::size_t(cr) * std::size_t(index.cols) + std::size_t(cc)];
                const int r = cr * 5 + p / 5, c = cc * 5 + p % 5;
                source(r, c) = j;
                ++uses(r, c);
            }
        const std::string path = writeOutput(params, stem + "_sub" + (j < 10 ? "0" : "") + std::to_string(j), planesToTensor(sub));
        if (!path.empty())
            written.push_back(path);
    }
    const std::int64_t once = (uses.array() == 1).count();
    if (once != rows * cols)
        throw AnalysisError("internal error: the sub-images use " + std::to_string(once) + " of " + std::to_string(rows * cols)
                            + " pixels exactly once");

    const std::pair<double, double> range = displayRangeOf(inputs.at("image").tensor);
    Result result;
    result.items.emplace_back(imageItem("mosaic", "The 25 sub-images (sub-image j at row j / 5, column j % 5)", planesToTensor(mosaic), range));
    result.items.emplace_back(imageItem("image", "Image", planesToTensor(planes), range));
    result.items.emplace_back(pixelMap("assignment", "Which sub-image takes each pixel", "sub-image j", source));
    TableResult check;
    check.id = "partition";
    check.title = "Partition check";
    check.columns = {"height", "width", "sub_images", "sub_height", "sub_width", "pixels", "pixels_used_once", "files_written"};
    check.rows.push_back({std::int64_t(rows), std::int64_t(cols), std::int64_t(25), std::int64_t(index.rows),
                          std::int64_t(index.cols), std::int64_t(rows * cols), once, std::int64_t(written.size())});
    result.items.emplace_back(std::move(check));
    progress.report(1.0, "done");
    return result;
}

} // namespace

AnalysisDescriptor sdapAnalysis()
{
    AnalysisDescriptor d;
    d.id = "subsample.sdap";
    d.name = "SDAP random sub-samples";
    d.category = "Augmentation";
    d.summary = "The 25 random sub-images of SDAP's scheme of 5 x 5-pixel cells, which together use every pixel once.";
    d.methodNote =
        "As SDAP's random sub-sample generation (reference p1y2z3/SDAP, train.py): the image is tiled into cells of 5 x 5 pixels "
        "(H and W must be multiples of 5, otherwise it is refused: crop or pad it first); every cell draws its own "
        "uniform permutation pi of its 25 positions (row-major in the cell), and sub-image j (0 ... 24) takes from "
        "every cell the pixel at position pi(j); all channels use the same positions. The 25 sub-images of "
        "(H/5) x (W/5) partition the pixels (sampling without replacement within each cell); the table counts the "
        "pixels used exactly once, which must be H W. order = identity keeps pi(j) = j, the 25 polyphase components of "
        "a stride-5 pixel-unshuffle. Permutations come from a 64-bit Mersenne Twister seeded with 'seed'. In training, "
        "the cyclic loss compares the denoised sub-image j with sub-image j + 1 mod 25, a randomly displaced "
        "neighbour sample: the 'sampling difference as perturbation'. With 'Write to folder' the 25 sub-images are "
        "written as <name>_sub00 ... _sub24.";
    d.citation = "Pan et al. (2023), Random Sub-Samples Generation for Self-Supervised Real Image Denoising "
                 "(SDAP), ICCV 2023.";
    d.inputs = {{"image", "Image", "A grey or colour image whose sides are multiples of 5.", DataKind::Image, false}};
    d.parameters = {intParameter("seed", "Seed", "Seed of the per-cell permutations.", 0, 0, 2147483647),
                    choiceParameter("order", "Order", "'random': SDAP's permutations; 'identity': the polyphase components.",
                                    {"random", "identity"})};
    for (ParameterSpec &spec : outputFileParameters("the 25 sub-images"))
        d.parameters.push_back(std::move(spec));
    d.outputs = {{"mosaic", "Mosaic", OutputKind::Image, "The 25 sub-images tiled 5 x 5 (the image's size)."},
                 {"image", "Image", OutputKind::Image, "The input."},
                 {"assignment", "Assignment", OutputKind::HeatMap, "The sub-image each pixel goes to."},
                 {"partition", "Partition check", OutputKind::Table, "Pixels, sub-image size and the pixels used once."}};
    d.run = runSdap;
    return d;
}

} // namespace core

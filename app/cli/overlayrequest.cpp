#include "overlayrequest.h"

#include "analyses/segmentation/maskplane.h"
#include "analyses/segmentation/segmentationcase.h"
#include "arguments.h"
#include "exitcodes.h"
#include "overlay/overlaylayers.h"

#include <QDir>

#include <algorithm>
#include <filesystem>
#include <cmath>
#include <cstdio>
#include <iostream>

namespace cli {

Failure OverlayRequest::parse(const Arguments &arguments, const std::string &analysisId, OverlayRequest *request)
{
    request->m_folder = arguments.value("--overlays");
    if (request->m_folder.empty()) {
        if (arguments.has("--worst") || arguments.has("--worst-by"))
            return {BadArguments, "--worst and --worst-by need --overlays DIR"};
        return {};
    }
    if (analysisId != "seg.metrics" && analysisId != "seg.dataset")
        return {BadArguments, "--overlays draws masks: it is for seg.metrics and seg.dataset, not " + analysisId};
    if (arguments.has("--worst")) {
        const std::string text = arguments.value("--worst");
        char *end = nullptr;
        const long n = std::strtol(text.c_str(), &end, 10);
        if (end == text.c_str() || *end != '\0' || n < 1 || n > 1000000)
            return {BadArguments, "--worst expects a number of images, e.g. 10, got '" + text + "'"};
        if (analysisId != "seg.dataset")
            return {BadArguments, "--worst ranks the images of seg.dataset"};
        request->m_worst = int(n);
    }
    request->m_metric = arguments.value("--worst-by", "Dice");
    return {};
}

Failure OverlayRequest::write(const core::Registry &registry, const core::Result &result) const
{
    if (!QDir().mkpath(QString::fromStdString(m_folder)))
        return {OutputFailed, "cannot create " + m_folder};
    std::vector<std::string> stems = {std::string()};
    try {
        if (result.analysisId == "seg.dataset") {
            stems = core::worstImages(result, m_metric);
            if (m_worst > 0 && int(stems.size()) > m_worst)
                stems.resize(std::size_t(m_worst));
        }
    } catch (const std::exception &e) {
        return {BadArguments, std::string("--worst-by: ") + e.what()};
    }
    int rank = 0;
    for (const std::string &stem : stems) {
        ++rank;
        core::SegmentationCase c;
        try {
            c = core::readSegmentationCase(registry, result, stem);
        } catch (const std::exception &e) {
            return {UnreadableInput, e.what()};
        }
        const core::BinaryMask truth = core::thresholdMask(c.truth, c.threshold);
        const QImage background = ui::overlayBackground(c.image, c.truth);
        const int scale = std::max(1, int(std::ceil(1000.0 / double(std::max<Eigen::Index>(1, c.truth.cols())))));
        for (const auto &[model, plane] : c.predictions) {
            const QImage layer = ui::errorLayer(core::thresholdMask(plane, c.threshold), truth, false);
            char prefix[16];
            std::snprintf(prefix, sizeof prefix, "%02d_", rank);
            const std::string name = (stem.empty() ? std::string() : prefix + stem + "_") + model + ".png";
            const std::string path = (std::filesystem::path(m_folder) / name).string();
            if (!ui::overlayComposite(background, layer, 0.5, scale).save(QString::fromStdString(path), "PNG"))
                return {OutputFailed, "cannot write " + path};
            std::cout << path << '\n';
        }
    }
    return {};
}

} // namespace cli

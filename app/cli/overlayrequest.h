#pragma once

#include "analysisrequest.h"
#include "results/result.h"

#include <string>

namespace core {
class Registry;
}

namespace cli {

class Arguments;

/// `run seg.metrics|seg.dataset ... --overlays DIR [--worst N] [--worst-by METRIC]`: the image with each
/// model's TP/FP/FN colours as PNGs (whole pixels, about 1000 px wide): seg.metrics one per model,
/// seg.dataset one per image and model, or only the N worst images by METRIC (default Dice), named
/// RANK_STEM_MODEL.png.
class OverlayRequest
{
public:
    static Failure parse(const Arguments &arguments, const std::string &analysisId, OverlayRequest *request);

    bool wanted() const { return !m_folder.empty(); }
    /// Needs a QGuiApplication (the figure path makes one); writes the files and prints their names.
    Failure write(const core::Registry &registry, const core::Result &result) const;

private:
    std::string m_folder;
    int m_worst = 0; ///< 0: every image
    std::string m_metric = "Dice";
};

} // namespace cli

#pragma once

#include "results/result.h"

#include <string>

namespace cli {

/// Renders one item of a result to a figure file (.png, .svg, .pdf) with the GUI's plot view, on
/// Qt's offscreen platform. Returns an empty string or the problem. `itemId` empty: the first
/// item that can be drawn.
std::string writeFigure(const core::Result &result, const std::string &itemId, const std::string &path, int dpi,
                        int argc, char **argv);

} // namespace cli

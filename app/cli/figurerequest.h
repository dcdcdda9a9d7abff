#pragma once

#include "analysisrequest.h"
#include "plot/figurespec.h"
#include "results/result.h"

#include <string>

namespace cli {

class Arguments;

/// `run`'s figure options: --figure FILE (.png/.svg/.pdf/.csv), --figure-item ID, and the figure's size
/// (--preset, --width, --height, --font-size, --dpi). Parsed before the analysis runs, so a bad size
/// fails at once; written with the GUI's plot view and figure pipeline on Qt's offscreen platform.
class FigureRequest
{
public:
    /// Bad values are BadArguments.
    static Failure parse(const Arguments &arguments, FigureRequest *request);

    bool wanted() const { return !m_path.empty(); }
    /// Draws the chosen item (default: the first that can be drawn). A result with nothing to draw,
    /// or an item that is a table, is BadArguments; a file that cannot be written is OutputFailed.
    Failure write(const core::Result &result, int argc, char **argv) const;

private:
    std::string m_path;
    std::string m_itemId;
    ui::FigureSpec m_spec;
};

} // namespace cli

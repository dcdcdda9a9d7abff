#include "figurewriter.h"

#include "plot/figureexporter.h"
#include "plot/plotview.h"

#include <QApplication>

namespace cli {

std::string writeFigure(const core::Result &result, const std::string &itemId, const std::string &path, int dpi,
                        int argc, char **argv)
{
    const core::ResultItem *chosen = nullptr;
    for (const core::ResultItem &item : result.items) {
        const bool wanted = itemId.empty() ? ui::PlotView::canShow(item) : core::resultItemId(item) == itemId;
        if (wanted) {
            chosen = &item;
            break;
        }
    }
    if (!chosen) {
        std::string available;
        for (const core::ResultItem &item : result.items)
            available += (available.empty() ? "" : ", ") + core::resultItemId(item);
        return itemId.empty() ? "the result has no item that can be drawn"
                              : "no result item '" + itemId + "' (available: " + available + ")";
    }
    // No display is needed to draw a figure.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    ui::PlotView view;
    view.resize(640, 480);
    if (!view.showItem(*chosen))
        return "result item '" + core::resultItemId(*chosen) + "' is a table or image; use --out or CSV instead";
    return ui::FigureExporter::exportByExtension(view.plot(), *chosen, QString::fromStdString(path), dpi).toStdString();
}

} // namespace cli

#include "figurerequest.h"

#include "arguments.h"
#include "exitcodes.h"
#include "plot/figureexporter.h"
#include "plot/plotview.h"

#include <QApplication>
#include <QFileInfo>

namespace cli {

namespace {

Failure badArgument(const std::string &message)
{
    return {BadArguments, message};
}

} // namespace

Failure FigureRequest::parse(const Arguments &arguments, FigureRequest *request)
{
    request->m_path = arguments.value("--figure");
    request->m_itemId = arguments.value("--figure-item");
    const std::string suffix = QFileInfo(QString::fromStdString(request->m_path)).suffix().toLower().toStdString();
    if (request->wanted() && suffix != "png" && suffix != "svg" && suffix != "pdf" && suffix != "csv")
        return badArgument("--figure: unknown format '." + suffix + "' (use .png, .svg, .pdf or .csv)");
    bool known = true;
    const QString preset = QString::fromStdString(arguments.value("--preset", "default"));
    request->m_spec = ui::FigureSpec::preset(preset, &known);
    if (!known)
        return badArgument("--preset expects one of " + ui::FigureSpec::presetIds().join(QStringLiteral(", ")).toStdString()
                           + ", got '" + preset.toStdString() + "'");
    for (const auto &[option, target] : {std::pair{"--width", &request->m_spec.widthInches},
                                         std::pair{"--height", &request->m_spec.heightInches}}) {
        if (!arguments.has(option))
            continue;
        *target = ui::FigureSpec::parseInches(QString::fromStdString(arguments.value(option)));
        if (*target <= 0)
            return badArgument(std::string(option) + " expects a length such as 3.5in, 89mm or 8.9cm, got '"
                               + arguments.value(option) + "'");
    }
    if (arguments.has("--font-size")) {
        bool ok = false;
        request->m_spec.fontPoints = QString::fromStdString(arguments.value("--font-size")).toDouble(&ok);
        if (!ok)
            return badArgument("--font-size expects points, e.g. 8, got '" + arguments.value("--font-size") + "'");
    }
    if (arguments.has("--dpi")) {
        bool ok = false;
        request->m_spec.dpi = QString::fromStdString(arguments.value("--dpi")).toInt(&ok);
        if (!ok)
            return badArgument("--dpi expects a whole number, got '" + arguments.value("--dpi") + "'");
    }
    if (const QString problem = request->m_spec.validate(); !problem.isEmpty())
        return badArgument(problem.toStdString());
    return {};
}

Failure FigureRequest::write(const core::Result &result, int argc, char **argv) const
{
    const core::ResultItem *chosen = nullptr;
    for (const core::ResultItem &item : result.items) {
        const bool wanted = m_itemId.empty() ? ui::PlotView::canShow(item) : core::resultItemId(item) == m_itemId;
        if (wanted) {
            chosen = &item;
            break;
        }
    }
    std::string available;
    for (const core::ResultItem &item : result.items)
        available += (available.empty() ? "" : ", ") + core::resultItemId(item)
                   + (ui::PlotView::canShow(item) ? "" : " (table)");
    if (!chosen)
        return badArgument(m_path + ": "
                           + (m_itemId.empty() ? "nothing to draw: every item of this result is a table (" + available
                                                         + "); write it with --out or as .csv"
                                               : "no result item '" + m_itemId + "' (available: " + available + ")"));
    const bool csv = QString::fromStdString(m_path).endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    if (!csv && !ui::PlotView::canShow(*chosen))
        return badArgument(m_path + ": result item '" + m_itemId + "' is a table; nothing to draw (write it as .csv)");
    // No display is needed to draw a figure.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    ui::PlotView view;
    view.resize(640, 480);
    if (!csv)
        view.showItem(*chosen);
    const QString problem = csv ? ui::FigureExporter::exportCsv(*chosen, QString::fromStdString(m_path))
                                : ui::FigureExporter::exportByExtension(view.plot(), *chosen, QString::fromStdString(m_path), m_spec);
    if (problem.isEmpty())
        return {};
    return {OutputFailed, m_path + ": " + problem.toStdString()};
}

} // namespace cli

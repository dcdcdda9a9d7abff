#include "overlay/overlaylauncher.h"

#include "analyses/segmentation/maskplane.h"
#include "data/arraycollection.h"
#include "overlay/overlayviewer.h"
#include "results/resultpanel.h"
#include "window/errorreporter.h"

#include <QCoreApplication>
#include <QTabWidget>
#include "registry/arrayselection.h"
#include "registry/registry.h"

#include <QFileInfo>

namespace ui {

void OverlayLauncher::connectPanel(ResultPanel *panel, const core::Registry &registry, QTabWidget *tabs,
                                   ErrorReporter *errors, const QString &runTitle)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("ui::OverlayLauncher", text); };
    const auto show = [tabs, errors, tr](OverlayViewer *viewer, const QString &title, const QString &error) {
        if (viewer)
            tabs->setCurrentIndex(tabs->addTab(viewer, tr("Overlay: %1").arg(title)));
        else if (!error.isEmpty())
            errors->report(tr("Cannot open the overlay viewer"), tr("The masks of this run could not be read again."), error);
    };
    QObject::connect(panel, &ResultPanel::overlayRequested, tabs,
                     [&registry, tabs, show, runTitle](std::shared_ptr<const core::Result> result) {
                         QString error;
                         show(open(registry, *result, tabs, &error), runTitle, error);
                     });
    QObject::connect(panel, &ResultPanel::tableRowActivated, tabs,
                     [&registry, tabs, show](std::shared_ptr<const core::Result> result, const std::string &tableId, int row) {
                         QString error, title;
                         show(openRow(registry, *result, tableId, row, tabs, &error, &title), title, error);
                     });
}

OverlayViewer *OverlayLauncher::open(const core::Registry &registry, const core::Result &result, QWidget *parent,
                                     QString *error)
{
    const auto read = [&](const char *slot) { return core::readSelection(registry, result.inputs.at(slot)).tensor; };
    auto viewer = std::make_unique<OverlayViewer>(parent);
    try {
        viewer->setTruth(read("truth"));
        if (result.inputs.count("image"))
            viewer->setImage(read("image"));
        // Models by their file names, as the user knows them.
        const auto name = [&](const char *slot) {
            const QString spec = QString::fromStdString(result.inputs.at(slot));
            return QFileInfo(spec.section(QStringLiteral("::"), 0, 0)).completeBaseName()
                   + (spec.contains(QStringLiteral("::")) ? QStringLiteral("::") + spec.section(QStringLiteral("::"), 1) : QString());
        };
        viewer->addPrediction(name("prediction"), read("prediction"));
        if (result.inputs.count("second"))
            viewer->addPrediction(name("second"), read("second"));
        if (result.parameters.values().count("threshold"))
            viewer->setThreshold(result.parameters.getDouble("threshold"));
    } catch (const std::exception &e) {
        *error = QString::fromUtf8(e.what());
        return nullptr;
    }
    return viewer.release();
}

OverlayViewer *OverlayLauncher::openRow(const core::Registry &registry, const core::Result &result,
                                        const std::string &tableId, int row, QWidget *parent, QString *error, QString *title)
{
    if (result.analysisId != "seg.dataset" || tableId != "images")
        return nullptr;
    const core::TableResult *table = nullptr;
    for (const core::ResultItem &item : result.items)
        if (const auto *t = std::get_if<core::TableResult>(&item); t && t->id == tableId)
            table = t;
    if (!table || row < 0 || row >= int(table->rows.size()))
        return nullptr;
    const std::string stem = std::get<std::string>(table->rows[std::size_t(row)].at(0));
    auto viewer = std::make_unique<OverlayViewer>(parent);
    try {
        const core::DataObject set = core::readSelection(registry, result.inputs.at("set"));
        const core::Tensor mask = set.arrays->load("masks/" + stem);
        viewer->setTruth(mask);
        viewer->setImage(set.arrays->load("images/" + stem));
        const bool resize = result.parameters.values().count("resize") && result.parameters.getString("resize") == "nearest";
        for (const char *slot : {"predictions", "second"}) {
            if (!result.inputs.count(slot))
                continue;
            Eigen::MatrixXd plane = core::maskPlane(core::readSelection(registry, result.inputs.at(slot)).arrays->load(stem),
                                                    std::string(slot) + " '" + stem + "'");
            if (resize && (plane.rows() != mask.dim(0) || plane.cols() != mask.dim(1)))
                plane = core::resizeNearest(plane, mask.dim(0), mask.dim(1));
            viewer->addPrediction(QFileInfo(QString::fromStdString(result.inputs.at(slot))).fileName(), core::Tensor::fromMatrix(plane));
        }
        if (result.parameters.values().count("threshold"))
            viewer->setThreshold(result.parameters.getDouble("threshold"));
    } catch (const std::exception &e) {
        *error = QString::fromUtf8(e.what());
        return nullptr;
    }
    *title = QString::fromStdString(stem);
    return viewer.release();
}

} // namespace ui

#include "overlay/overlaylauncher.h"

#include "overlay/overlayviewer.h"
#include "registry/arrayselection.h"
#include "registry/registry.h"

#include <QFileInfo>

namespace ui {

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

} // namespace ui

#include "overlay/overlaylauncher.h"

#include "analyses/segmentation/segmentationcase.h"
#include "overlay/overlayviewer.h"
#include "results/resultpanel.h"
#include "window/errorreporter.h"

#include <QCoreApplication>
#include <QTabWidget>
#include "registry/registry.h"


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

namespace {

/// A viewer of one case, or nullptr with `error`.
OverlayViewer *viewerFor(const core::Registry &registry, const core::Result &result, const std::string &stem,
                         QWidget *parent, QString *error)
{
    auto viewer = std::make_unique<OverlayViewer>(parent);
    try {
        const core::SegmentationCase c = core::readSegmentationCase(registry, result, stem);
        viewer->setTruth(core::Tensor::fromMatrix(c.truth));
        if (c.image.numel() > 0)
            viewer->setImage(c.image);
        for (const auto &[name, plane] : c.predictions)
            viewer->addPrediction(QString::fromStdString(name), core::Tensor::fromMatrix(plane));
        viewer->setThreshold(c.threshold);
    } catch (const std::exception &e) {
        *error = QString::fromUtf8(e.what());
        return nullptr;
    }
    return viewer.release();
}

} // namespace

OverlayViewer *OverlayLauncher::open(const core::Registry &registry, const core::Result &result, QWidget *parent,
                                     QString *error)
{
    return viewerFor(registry, result, {}, parent, error);
}

OverlayViewer *OverlayLauncher::openRow(const core::Registry &registry, const core::Result &result,
                                        const std::string &tableId, int row, QWidget *parent, QString *error, QString *title)
{
    if (result.analysisId != "seg.dataset" || tableId != "images")
        return nullptr;
    for (const core::ResultItem &item : result.items)
        if (const auto *t = std::get_if<core::TableResult>(&item); t && t->id == tableId && row >= 0 && row < int(t->rows.size())) {
            const std::string stem = std::get<std::string>(t->rows[std::size_t(row)].at(0));
            *title = QString::fromStdString(stem);
            return viewerFor(registry, result, stem, parent, error);
        }
    return nullptr;
}

} // namespace ui

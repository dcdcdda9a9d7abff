#pragma once

#include "results/result.h"

#include <QString>

#include <memory>

class QTabWidget;
class QWidget;

namespace core {
class Registry;
}

namespace ui {

class ErrorReporter;
class OverlayViewer;
class ResultPanel;

/// Opens the overlay viewer for a result of masks: reads its inputs again from their paths
/// ("prediction", "truth", optional "second" and "image"), as the user opened them.
class OverlayLauncher
{
public:
    /// The viewer, or nullptr with `error` set (a file that moved, masks that do not fit).
    /// Opens a viewer tab in `tabs` when `panel` asks for one (its button, or a row of seg.dataset's
    /// table); errors go to `errors`.
    static void connectPanel(ResultPanel *panel, const core::Registry &registry, QTabWidget *tabs, ErrorReporter *errors,
                             const QString &runTitle);
    static OverlayViewer *open(const core::Registry &registry, const core::Result &result, QWidget *parent, QString *error);
    /// For a row of seg.dataset's "images" table: that image with its mask and the models'
    /// predictions, read from the set and prediction folders (resized as the run did). nullptr without
    /// an error for other tables and analyses.
    static OverlayViewer *openRow(const core::Registry &registry, const core::Result &result, const std::string &tableId,
                                  int row, QWidget *parent, QString *error, QString *title);
};

} // namespace ui

#pragma once

#include "plot/plotview.h" // the signal's PlotView * must be complete for moc
#include "results/result.h"

#include <QObject>

#include <memory>

class QTabWidget;

namespace core {
class Registry;
}

namespace ui {

class ErrorReporter;
class ResultPanel;
struct Run;
class Workspace;

/// The result tabs of the window: a run's ResultPanel in a tab, replaced in place when a live
/// slider's preview updates the run (keeping the user's zoom), and 3-D views of its items. The tab
/// widget stays the window's; this object only fills it.
class RunTabs : public QObject
{
    Q_OBJECT

public:
    RunTabs(QTabWidget *tabs, const core::Registry &registry, Workspace &workspace, ErrorReporter &errors,
            QObject *parent);

    /// Adds a tab for run `runId` and shows it.
    void showRun(int runId);
    /// Shows `result` as run `runId`'s new result in every tab of that run; false if none is open
    /// (the caller then adds a new run).
    bool replaceRun(int runId, std::shared_ptr<const core::Result> result);
    /// Opens `item` in a 3-D tab.
    void show3d(const core::ResultItem &item, const QString &title);

Q_SIGNALS:
    void exportRequested(PlotView *view, const QString &format);

private:
    ResultPanel *createPanel(const Run &run);

    QTabWidget *m_tabs;
    const core::Registry &m_registry;
    Workspace &m_workspace;
    ErrorReporter &m_errors;
};

} // namespace ui

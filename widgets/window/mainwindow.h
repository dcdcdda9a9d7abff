#pragma once

#include "registry/parametervalues.h"
#include "results/result.h"

#include <QMainWindow>

#include <functional>
#include <map>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace core {
class ExampleCatalogue;
struct Example;
class Registry;
}

namespace ui {

class ArrayInspector;
class ErrorReporter;
class ExamplesMenu;
class IbDemoPanel;
class JobRunner;
class LivePreview;
class RecentFilesMenu;
class ResultPanel;
class RunTabs;
class SourceStatisticsJobs;
struct Run;
class ParameterForm;
class PlotView;
class Workspace;

/// The InfoScope window: workspace dock (sources and runs), analysis catalogue and parameter form
/// generated from the registry, tabbed results, job progress in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const core::Registry &registry, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens files or workspaces (as from the command line or drag-and-drop); errors are reported.
    void openPaths(const QStringList &paths);
    bool openWorkspace(const QString &path);
    /// Opens a file as a source; returns its id or 0 (the error is reported).
    int openSource(const QString &path);
    /// Selects an analysis in the catalogue and shows its form.
    void selectAnalysis(const QString &analysisId);
    /// Starts an analysis with explicit bindings (slot -> source id); returns the job id or 0.
    /// `finish`, if set, transforms the result on the worker thread (an example adds its claim).
    int runAnalysis(const QString &analysisId, const std::map<std::string, int> &bindings,
                    const core::ParameterValues &parameters,
                    std::function<core::Result(core::Result)> finish = nullptr);
    /// Opens the example `id` of Help > Examples (generated data, its analysis run); the job id or 0.
    int openExample(const QString &id);
    const core::Registry &registry() const { return m_registry; }

    Workspace &workspace() const { return *m_workspace; }
    JobRunner &jobs() const { return *m_jobs; }
    ErrorReporter &errors() const { return *m_errors; }
    ParameterForm *parameterForm() const { return m_form; }
    QTabWidget *resultTabs() const { return m_tabs; }
    QTreeWidget *workspaceTree() const { return m_workspaceTree; }
    /// Opens (or shows) the live information-plane demo tab.
    IbDemoPanel *openLiveDemo();
    ArrayInspector *inspector() const { return m_inspector; }

public Q_SLOTS:
    /// Runs the form's analysis with its values; the job id, or 0 (the error is reported).
    int runCurrentAnalysis();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createDocks();
    void retranslate();
    void populateCatalogue();
    /// Runs the form's values; a preview (a live slider) writes no output files.
    int startFormRun(bool preview);
    void exportView(PlotView *view, const QString &format);
    PlotView *currentPlotView() const;
    void onJobFinished(int id, std::shared_ptr<const core::Result> result);
    void inspectItem(QTreeWidgetItem *item);

    const core::Registry &m_registry;
    std::unique_ptr<core::ExampleCatalogue> m_examples;
    Workspace *m_workspace;
    JobRunner *m_jobs;
    ErrorReporter *m_errors;
    QTabWidget *m_tabs;
    RunTabs *m_runTabs;
    QTreeWidget *m_workspaceTree;
    QTreeWidgetItem *m_sourcesRoot;
    QTreeWidgetItem *m_runsRoot;
    QTreeWidget *m_catalogue;
    QWidget *m_formHost;
    QVBoxLayout *m_formLayout;
    QLabel *m_methodNote;
    QPushButton *m_runButton;
    ParameterForm *m_form = nullptr;
    std::map<int, QString> m_jobAnalysis;
    SourceStatisticsJobs *m_statistics = nullptr;
    LivePreview *m_preview = nullptr;
    ArrayInspector *m_inspector = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QAction *m_openFolderAction = nullptr;
    QAction *m_liveDemoAction = nullptr;
    IbDemoPanel *m_liveDemo = nullptr;
    QMenu *m_fileMenu = nullptr;
    RecentFilesMenu *m_recentMenu = nullptr;
    QMenu *m_analysisMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    ExamplesMenu *m_examplesMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openWorkspaceAction = nullptr;
    QAction *m_saveWorkspaceAction = nullptr;
    QAction *m_exportFigureAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_methodHelpAction = nullptr;
    QDockWidget *m_workspaceDock = nullptr;
    QDockWidget *m_catalogueDock = nullptr;
    QDockWidget *m_parametersDock = nullptr;
};

} // namespace ui

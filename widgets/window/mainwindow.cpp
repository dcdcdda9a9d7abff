#include "window/mainwindow.h"

#include "browser/arrayinspector.h"
#include "browser/sourcestatisticsjobs.h"
#include "browser/sourceitems.h"
#include "browser/workspacecolumns.h"
#include "demo/ibdemopanel.h"
#include "document/workspace.h"
#include "errors/formaterror.h"
#include "examples/examplecatalogue.h"
#include "examples/examplelauncher.h"
#include "examples/examplesmenu.h"
#include "forms/parameterform.h"
#include "i18n/coretext.h"
#include "jobs/jobrunner.h"
#include "jobs/livepreview.h"
#include "settings/hdf5externalaction.h"
#include "settings/memorylimitaction.h"
#include "start/startpage.h"
#include "jobs/jobstatuswidget.h"
#include "figure/figureexportflow.h"
#include "plot/plotview.h"
#include "registry/registry.h"
#include "results/resultpanel.h"
#include "results/runtabs.h"
#include "session/workspacefile.h"
#include "window/aboutdialog.h"
#include "window/errorreporter.h"
#include "window/recentfilesmenu.h"

#include <QAction>
#include <QApplication>
#include <QTreeWidgetItemIterator>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

bool isWorkspaceFile(const QString &path)
{
    return path.endsWith(QLatin1String(".infoscope.json"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".infoscope"), Qt::CaseInsensitive);
}

} // namespace

MainWindow::MainWindow(const core::Registry &registry, QWidget *parent)
    : QMainWindow(parent)
    , m_registry(registry)
    , m_examples(std::make_unique<core::ExampleCatalogue>())
    , m_workspace(new Workspace(registry, this))
    , m_jobs(new JobRunner(this))
    , m_errors(new ErrorReporter(this))
    , m_tabs(new QTabWidget(this))
    , m_runTabs(new RunTabs(m_tabs, registry, *m_workspace, *m_errors, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    resize(1400, 900);

    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    connect(m_runTabs, &RunTabs::exportRequested, this, &MainWindow::exportView);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget *page = m_tabs->widget(index);
        m_tabs->removeTab(index);
        if (page == m_liveDemo)
            m_liveDemo = nullptr; // its destructor stops the training thread
        page->deleteLater();
    });
    core::registerBuiltinExamples(*m_examples);
    createDocks();
    createActions();
    setCentralWidget(StartPage::install(m_tabs, {m_openAction, m_openWorkspaceAction, m_examplesMenu->menuAction(),
                                                 m_liveDemoAction}));
    statusBar()->addPermanentWidget(new JobStatusWidget(*m_jobs, this));

    connect(m_jobs, &JobRunner::jobFinished, this, &MainWindow::onJobFinished);
    m_statistics = new SourceStatisticsJobs(*m_workspace, *m_jobs, *m_errors, m_sourcesRoot, this);
    // Live sliders re-run the form's analysis only once it has a run to update (Run was pressed).
    m_preview = new LivePreview(*m_jobs, [this] { return m_preview->targetRun() ? startFormRun(true) : 0; }, this);
    connect(m_jobs, &JobRunner::jobFailed, this, [this](int id, const QString &title, const QString &message) {
        m_jobAnalysis.erase(id);
        if (m_preview->isPreview(id)) // no dialog per slider position: the last good result stays
            statusBar()->showMessage(tr("%1 could not finish: %2").arg(title, message), 8000);
        else
            m_errors->report(tr("Analysis failed"), tr("%1 could not finish.").arg(title), message);
    });
    connect(m_jobs, &JobRunner::jobCancelled, this, [this](int id) {
        m_jobAnalysis.erase(id);
        statusBar()->showMessage(tr("Analysis cancelled."), 4000);
    });
    connect(m_errors, &ErrorReporter::reported, this, [this](const QString &title, const QString &text) {
        statusBar()->showMessage(QStringLiteral("%1: %2").arg(title, text), 8000);
    });
    connect(m_workspace, &Workspace::sourceAdded, this, [this](int id) {
        const Source *source = m_workspace->source(id);
        auto *item = new QTreeWidgetItem(m_sourcesRoot);
        populateSourceItem(item, *source);
        m_sourcesRoot->setExpanded(true);
        item->setExpanded(source->data.dump != nullptr);
        if (m_form)
            m_form->refreshSources();
        m_statistics->start(id);
    });
    connect(m_workspace, &Workspace::runAdded, this, [this](int id) {
        const Run *run = m_workspace->run(id);
        auto *item = new QTreeWidgetItem(m_runsRoot, {run->title, coreText(core::resultStatusName(run->result->status))});
        item->setData(0, kIdRole, id);
        m_runsRoot->setExpanded(true);
    });

    populateCatalogue();
    retranslate();
}

MainWindow::~MainWindow()
{
    // Jobs reference the registry and the workspace's data: stop them before members go (and let no
    // preview start while they drain).
    m_preview->reset();
    m_jobs->cancelAll();
    m_jobs->waitForAll();
}

void MainWindow::createDocks()
{
    m_workspaceTree = new QTreeWidget(this);
    m_workspaceTree->setObjectName(QStringLiteral("workspaceTree"));
    m_workspaceTree->setColumnCount(ColumnCount);
    fitWorkspaceColumns(m_workspaceTree);
    m_sourcesRoot = new QTreeWidgetItem(m_workspaceTree);
    m_runsRoot = new QTreeWidgetItem(m_workspaceTree);
    connect(m_workspaceTree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item->parent() == m_runsRoot)
            m_runTabs->showRun(item->data(0, kIdRole).toInt());
    });
    m_workspaceTree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_workspaceTree, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QTreeWidgetItem *item = m_workspaceTree->itemAt(position);
        if (!item || !item->data(0, IsArrayRole).toBool() || item->data(0, ArrayNameRole).toString().isEmpty())
            return;
        const Source *source = m_workspace->source(item->data(0, SourceIdRole).toInt());
        if (!source)
            return;
        QMenu menu(this);
        const QString spec = source->path + QStringLiteral("::") + item->data(0, ArrayNameRole).toString();
        menu.addAction(tr("Use as an analysis input"), this, [this, spec] { openSource(spec); })
            ->setStatusTip(tr("Adds this array as a source of its own, so that analyses can take it"));
        menu.addAction(tr("Inspect"), this, [this, item] { inspectItem(item); });
        menu.exec(m_workspaceTree->viewport()->mapToGlobal(position));
    });
    connect(m_workspaceTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, IsArrayRole).toBool())
            inspectItem(item);
    });
    m_workspaceDock = new QDockWidget(this);
    m_workspaceDock->setObjectName(QStringLiteral("workspaceDock"));
    m_workspaceDock->setWidget(m_workspaceTree);
    addDockWidget(Qt::LeftDockWidgetArea, m_workspaceDock);

    m_inspector = new ArrayInspector(this);
    m_inspectorDock = new QDockWidget(this);
    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    m_inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    m_inspectorDock->hide(); // shown when the user selects an array

    m_catalogue = new QTreeWidget(this);
    m_catalogue->setObjectName(QStringLiteral("catalogue"));
    m_catalogue->setHeaderHidden(true);
    connect(m_catalogue, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, kIdRole).isValid())
            selectAnalysis(item->data(0, kIdRole).toString());
    });
    m_catalogueDock = new QDockWidget(this);
    m_catalogueDock->setObjectName(QStringLiteral("catalogueDock"));
    m_catalogueDock->setWidget(m_catalogue);
    addDockWidget(Qt::LeftDockWidgetArea, m_catalogueDock);

    m_formHost = new QWidget(this);
    m_formLayout = new QVBoxLayout(m_formHost);
    m_methodNote = new QLabel(m_formHost);
    m_methodNote->setObjectName(QStringLiteral("methodNote"));
    m_methodNote->setWordWrap(true);
    m_methodNote->setTextFormat(Qt::RichText);
    m_runButton = new QPushButton(m_formHost);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setEnabled(false);
    connect(m_runButton, &QPushButton::clicked, this, &MainWindow::runCurrentAnalysis);
    // Form (inserted at 0), Run button, then the method note: the controls stay visible at the top.
    m_formLayout->addWidget(m_runButton);
    m_formLayout->addWidget(m_methodNote);
    m_formLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_formHost);
    scroll->setWidgetResizable(true);
    m_parametersDock = new QDockWidget(this);
    m_parametersDock->setObjectName(QStringLiteral("parametersDock"));
    m_parametersDock->setWidget(scroll);
    addDockWidget(Qt::LeftDockWidgetArea, m_parametersDock);
    resizeDocks({m_workspaceDock, m_catalogueDock, m_parametersDock}, {200, 120, 380}, Qt::Vertical);
    resizeDocks({m_workspaceDock}, {360}, Qt::Horizontal);
}

void MainWindow::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Open data"), QString(),
            tr("Supported files (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.npy *.npz *.safetensors *.h5 *.hdf5 *.pt *.pth "
               "*.ckpt *.infoscope.json);;All files (*)"));
        openPaths(paths);
    });
    m_liveDemoAction = new QAction(this);
    m_liveDemoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_liveDemoAction, &QAction::triggered, this, [this] { openLiveDemo(); });
    m_openFolderAction = new QAction(this);
    connect(m_openFolderAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Open dump folder"));
        if (!path.isEmpty())
            openPaths({path});
    });
    m_openWorkspaceAction = new QAction(this);
    m_openWorkspaceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openWorkspaceAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QString(),
                                                          tr("InfoScope workspaces (*.infoscope.json)"));
        if (!path.isEmpty())
            openWorkspace(path);
    });
    m_saveWorkspaceAction = new QAction(this);
    m_saveWorkspaceAction->setShortcut(QKeySequence::Save);
    connect(m_saveWorkspaceAction, &QAction::triggered, this, [this] {
        QString path = QFileDialog::getSaveFileName(this, tr("Save workspace"), m_workspace->filePath(),
                                                    tr("InfoScope workspaces (*.infoscope.json)"));
        if (path.isEmpty())
            return;
        if (!isWorkspaceFile(path))
            path += QStringLiteral(".infoscope.json");
        const QString error = m_workspace->save(path);
        if (!error.isEmpty())
            m_errors->report(tr("Cannot save workspace"), tr("The workspace was not saved."), error);
        else {
            m_workspace->setFilePath(path);
            m_recentMenu->add(path);
            statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
        }
    });
    m_exportFigureAction = new QAction(this);
    m_exportFigureAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportFigureAction, &QAction::triggered, this, [this] {
        if (PlotView *view = currentPlotView())
            exportView(view, QStringLiteral("SVG"));
    });
    m_exportCsvAction = new QAction(this);
    m_exportCsvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportCsvAction, &QAction::triggered, this, [this] {
        if (PlotView *view = currentPlotView())
            exportView(view, QStringLiteral("CSV"));
    });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_runAction = new QAction(this);
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_runAction, &QAction::triggered, this, &MainWindow::runCurrentAnalysis);
    m_cancelAction = new QAction(this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancelAction, &QAction::triggered, m_jobs, &JobRunner::cancelAll);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] { showAboutDialog(this); });
    m_aboutQtAction = new QAction(this);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    m_methodHelpAction = new QAction(this);
    m_methodHelpAction->setShortcut(QKeySequence::HelpContents);
    connect(m_methodHelpAction, &QAction::triggered, this, [this] { m_parametersDock->show(); m_parametersDock->raise(); });

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_openFolderAction);
    m_fileMenu->addAction(m_openWorkspaceAction);
    m_recentMenu = new RecentFilesMenu(this);
    connect(m_recentMenu, &RecentFilesMenu::openRequested, this, [this](const QString &path) { openPaths({path}); });
    m_fileMenu->addMenu(m_recentMenu);
    m_fileMenu->addAction(m_saveWorkspaceAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportFigureAction);
    m_fileMenu->addAction(m_exportCsvAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(new Hdf5ExternalAction(this));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_analysisMenu = menuBar()->addMenu(QString());
    m_analysisMenu->addAction(m_runAction);
    m_analysisMenu->addAction(m_cancelAction);
    m_analysisMenu->addSeparator();
    m_analysisMenu->addAction(m_liveDemoAction);
    m_analysisMenu->addAction(new MemoryLimitAction(this));
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_workspaceDock->toggleViewAction());
    m_viewMenu->addAction(m_catalogueDock->toggleViewAction());
    m_viewMenu->addAction(m_parametersDock->toggleViewAction());
    m_viewMenu->addAction(m_inspectorDock->toggleViewAction());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_methodHelpAction);
    m_examplesMenu = new ExamplesMenu(*m_examples, m_helpMenu);
    m_examplesMenu->addAction(m_liveDemoAction);
    connect(m_examplesMenu, &ExamplesMenu::exampleTriggered, this, &MainWindow::openExample);
    m_helpMenu->addMenu(m_examplesMenu);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("InfoScope"));
    m_workspaceDock->setWindowTitle(tr("Workspace"));
    m_catalogueDock->setWindowTitle(tr("Analyses"));
    m_parametersDock->setWindowTitle(tr("Parameters"));
    m_workspaceTree->setHeaderLabels({tr("Name"), tr("Shape"), tr("Type"), tr("Size"), tr("Min"), tr("Max"), tr("Mean"),
                                       tr("NaN/Inf")});
    m_inspectorDock->setWindowTitle(tr("Array inspector"));
    m_openFolderAction->setText(tr("Open &Folder…"));
    m_liveDemoAction->setText(tr("&Live Information-Plane Demo"));
    m_liveDemoAction->setStatusTip(tr("Train the Shwartz-Ziv & Tishby network and watch its information plane"));
    m_openFolderAction->setStatusTip(tr("Open an activation dump folder (manifest.json with .npy files)"));
    m_sourcesRoot->setText(0, tr("Sources"));
    m_runsRoot->setText(0, tr("Runs"));
    m_runButton->setText(tr("Run"));
    m_runButton->setToolTip(tr("Run the analysis on the chosen inputs (Ctrl+R)"));
    if (!m_form)
        m_methodNote->setText(tr("Choose an analysis in the catalogue above."));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_analysisMenu->setTitle(tr("&Analysis"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setToolTip(tr("Open images or arrays"));
    m_openWorkspaceAction->setText(tr("Open &Workspace…"));
    m_saveWorkspaceAction->setText(tr("&Save Workspace As…"));
    m_exportFigureAction->setText(tr("&Export Figure…"));
    m_exportCsvAction->setText(tr("Export &Data as CSV…"));
    m_quitAction->setText(tr("&Quit"));
    m_runAction->setText(tr("&Run"));
    m_cancelAction->setText(tr("&Cancel Running Analyses"));
    m_aboutAction->setText(tr("&About InfoScope"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_methodHelpAction->setText(tr("&Method Notes"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::populateCatalogue()
{
    std::map<std::string, QTreeWidgetItem *> categories;
    for (const core::AnalysisDescriptor &analysis : m_registry.analyses()) {
        QTreeWidgetItem *&category = categories[analysis.category];
        if (!category) {
            category = new QTreeWidgetItem(m_catalogue, {coreText(analysis.category)});
            category->setFlags(Qt::ItemIsEnabled);
            category->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(category, {coreText(analysis.name)});
        item->setData(0, kIdRole, fromStd(analysis.id));
        item->setToolTip(0, QStringLiteral("<b>%1</b><p>%2</p><p><i>%3</i></p>")
                                .arg(fromStd(analysis.id), coreText(analysis.summary).toHtmlEscaped(),
                                     fromStd(analysis.citation).toHtmlEscaped()));
    }
}

void MainWindow::selectAnalysis(const QString &analysisId)
{
    const core::AnalysisDescriptor *descriptor = m_registry.analysis(analysisId.toStdString());
    if (!descriptor)
        return;
    if (m_form && m_form->descriptor().id == descriptor->id)
        return;
    delete m_form;
    m_preview->reset();
    m_form = new ParameterForm(*descriptor, *m_workspace, m_formHost);
    connect(m_form, &ParameterForm::liveEdited, m_preview, &LivePreview::request);
    m_formLayout->insertWidget(0, m_form);
    m_methodNote->setText(QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p><p><i>%4</i></p>")
                              .arg(coreText(descriptor->name).toHtmlEscaped(), coreText(descriptor->summary).toHtmlEscaped(),
                                   coreText(descriptor->methodNote).toHtmlEscaped(),
                                   fromStd(descriptor->citation).toHtmlEscaped()));
    m_runButton->setEnabled(true);
    // Keep the catalogue in step when selected programmatically.
    for (QTreeWidgetItemIterator it(m_catalogue); *it; ++it)
        if ((*it)->data(0, kIdRole).toString() == analysisId && m_catalogue->currentItem() != *it)
            m_catalogue->setCurrentItem(*it);
}

int MainWindow::runCurrentAnalysis()
{
    m_preview->reset(); // a preview still running must not land in the run this one becomes
    return startFormRun(false);
}

int MainWindow::startFormRun(bool preview)
{
    if (!m_form)
        return 0;
    core::ParameterValues values;
    try {
        values = m_form->values();
        if (preview && values.values().count("write_to")) // slider positions write no files; Run does
            values.set(m_form->descriptor().parameters, "write_to", std::string());
    } catch (const std::exception &e) {
        m_errors->report(tr("Invalid parameters"), tr("Check the parameters of the analysis."), fromStd(e.what()));
        return 0;
    }
    return runAnalysis(fromStd(m_form->descriptor().id), m_form->inputBindings(), values);
}

int MainWindow::runAnalysis(const QString &analysisId, const std::map<std::string, int> &bindings,
                            const core::ParameterValues &parameters, std::function<core::Result(core::Result)> finish)
{
    const core::AnalysisDescriptor *descriptor = m_registry.analysis(analysisId.toStdString());
    if (!descriptor) {
        m_errors->report(tr("Unknown analysis"), tr("There is no analysis '%1'.").arg(analysisId));
        return 0;
    }
    core::AnalysisInputs inputs;
    for (const core::InputSlot &slot : descriptor->inputs) {
        if (slot.repeatable) { // rows left at (none) are skipped; the rest bound as slot, slot.2, …
            int n = 0;
            for (int row = 1; bindings.count(core::repeatSlotId(slot.id, row)); ++row)
                if (const Source *source = m_workspace->source(bindings.at(core::repeatSlotId(slot.id, row))))
                    inputs.bind(core::repeatSlotId(slot.id, ++n), source->data);
            if (n > 0 || slot.optional)
                continue;
        }
        const auto it = bindings.find(slot.id);
        const Source *source = it == bindings.end() ? nullptr : m_workspace->source(it->second);
        if (!source) {
            if (slot.optional)
                continue;
            m_errors->report(tr("Missing input"),
                             tr("'%1' needs an input for '%2'. Open a suitable file first (File > Open).")
                                 .arg(coreText(descriptor->name), coreText(slot.name)));
            return 0;
        }
        inputs.bind(slot.id, source->data); // tensors share storage: no copy of the pixels
    }
    const core::Registry &registry = m_registry;
    const std::string id = descriptor->id;
    const int job = m_jobs->start(coreText(descriptor->name),
                                  [&registry, id, inputs, parameters, finish](core::Progress &progress,
                                                                              const core::CancelToken &cancel) {
                                      core::Result result = registry.run(id, inputs, parameters, progress, cancel);
                                      return finish ? finish(std::move(result)) : result;
                                  });
    m_jobAnalysis[job] = analysisId;
    statusBar()->showMessage(tr("Running %1…").arg(coreText(descriptor->name)));
    return job;
}

void MainWindow::onJobFinished(int id, std::shared_ptr<const core::Result> result)
{
    if (m_statistics->owns(id))
        return; // it fills the workspace tree itself
    const QString analysisId = m_jobAnalysis.count(id) ? m_jobAnalysis[id] : fromStd(result->analysisId);
    m_jobAnalysis.erase(id);
    if (m_preview->isPreview(id) && m_runTabs->replaceRun(m_preview->jobTarget(), result)) {
        statusBar()->showMessage(tr("Updated %1.").arg(analysisId), 2000);
        return;
    }
    const int runId = m_workspace->addRun(analysisId, std::move(result));
    m_runTabs->showRun(runId);
    if (m_form && analysisId == fromStd(m_form->descriptor().id))
        m_preview->setTargetRun(runId); // the form's sliders now update this run
    statusBar()->showMessage(tr("Finished %1.").arg(analysisId), 4000);
}

PlotView *MainWindow::currentPlotView() const
{
    auto *panel = qobject_cast<ResultPanel *>(m_tabs->currentWidget());
    PlotView *view = panel ? panel->currentPlotView() : nullptr;
    if (!view)
        m_errors->report(tr("Nothing to export"), tr("Show a result with a plot first."));
    return view;
}

void MainWindow::exportView(PlotView *view, const QString &format)
{
    const FigureExportFlow::Outcome outcome = FigureExportFlow::run(this, view, format);
    if (!outcome.error.isEmpty())
        m_errors->report(tr("Export failed"), tr("The figure was not exported."), outcome.error);
    else if (!outcome.path.isEmpty())
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(outcome.path)), 4000);
}

void MainWindow::openPaths(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (isWorkspaceFile(path))
            openWorkspace(path);
        else
            openSource(path);
    }
}

int MainWindow::openSource(const QString &path)
{
    QString error;
    const int id = m_workspace->addSource(path, &error);
    if (id == 0)
        m_errors->report(tr("Cannot open file"), tr("%1 could not be read; everything else stays loaded.")
                                                     .arg(QFileInfo(path).fileName()), error);
    else
        m_recentMenu->add(QFileInfo(path).absoluteFilePath());
    return id;
}

bool MainWindow::openWorkspace(const QString &path)
{
    core::WorkspaceFile file;
    try {
        file = core::WorkspaceFile::load(path.toStdString(), m_registry);
    } catch (const core::FormatError &e) {
        m_errors->report(tr("Cannot open workspace"), tr("%1 could not be read.").arg(QFileInfo(path).fileName()),
                         fromStd(e.what()));
        return false;
    }
    for (const std::string &source : file.sources)
        openSource(fromStd(source));
    for (const core::WorkspaceRun &run : file.runs) {
        if (run.result) {
            m_runTabs->showRun(m_workspace->addRun(fromStd(run.analysisId), std::make_shared<const core::Result>(*run.result)));
            continue;
        }
        std::map<std::string, int> bindings;
        for (const auto &[slot, sourcePath] : run.inputs) {
            const Source *source = m_workspace->sourceByPath(fromStd(sourcePath));
            if (!source)
                source = m_workspace->source(openSource(fromStd(sourcePath)));
            if (source)
                bindings[slot] = source->id;
        }
        runAnalysis(fromStd(run.analysisId), bindings, run.parameters);
        selectAnalysis(fromStd(run.analysisId));
        if (m_form) {
            m_form->setValues(run.parameters);
            for (const auto &[slot, id] : bindings)
                m_form->setInput(slot, id);
        }
    }
    m_workspace->setFilePath(QFileInfo(path).absoluteFilePath());
    m_recentMenu->add(QFileInfo(path).absoluteFilePath());
    setWindowTitle(tr("InfoScope — %1").arg(QFileInfo(path).fileName()));
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_jobs->cancelAll();
    m_jobs->waitForAll();
    event->accept();
}

int MainWindow::openExample(const QString &id)
{
    const core::Example *example = m_examples->example(id.toStdString());
    if (!example) {
        m_errors->report(tr("Unknown example"), tr("There is no example '%1'.").arg(id));
        return 0;
    }
    return ExampleLauncher(*this).launch(*example);
}

IbDemoPanel *MainWindow::openLiveDemo()
{
    if (!m_liveDemo) {
        m_liveDemo = new IbDemoPanel(m_tabs);
        connect(m_liveDemo, &IbDemoPanel::exportRequested, this, &MainWindow::exportView);
        m_tabs->addTab(m_liveDemo, tr("Live information plane"));
    }
    m_tabs->setCurrentWidget(m_liveDemo);
    return m_liveDemo;
}

void MainWindow::inspectItem(QTreeWidgetItem *item)
{
    const Source *source = m_workspace->source(item->data(0, SourceIdRole).toInt());
    if (!source)
        return;
    const QString name = item->data(0, ArrayNameRole).toString();
    const QString title = name.isEmpty() ? source->name : QStringLiteral("%1: %2").arg(source->name, name);
    if (!m_inspectorDock->isVisible()) {
        m_inspectorDock->show();
        resizeDocks({m_inspectorDock}, {qMax(420, width() / 3)}, Qt::Horizontal);
    }
    if (source->data.arrays)
        m_inspector->inspect(source->data.arrays, name, title);
    else
        m_inspector->inspectTensor(source->data.tensor, title);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    openPaths(paths);
    event->acceptProposedAction();
}

} // namespace ui

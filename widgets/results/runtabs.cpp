#include "results/runtabs.h"

#include "document/workspace.h"
#include "overlay/overlaylauncher.h"
#include "results/resultpanel.h"
#include "vtk/vtkview.h"
#include "vtk/vtkviewtoolbar.h"

#include <QTabWidget>

#include <vector>

namespace ui {

RunTabs::RunTabs(QTabWidget *tabs, const core::Registry &registry, Workspace &workspace, ErrorReporter &errors,
                 QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_registry(registry)
    , m_workspace(workspace)
    , m_errors(errors)
{}

void RunTabs::showRun(int runId)
{
    const Run *run = m_workspace.run(runId);
    if (!run)
        return;
    const int index = m_tabs->addTab(createPanel(*run), run->title);
    m_tabs->setTabToolTip(index, run->title);
    m_tabs->setCurrentIndex(index);
}

ResultPanel *RunTabs::createPanel(const Run &run)
{
    auto *panel = new ResultPanel(run.result, m_tabs);
    panel->setProperty("runId", run.id);
    connect(panel, &ResultPanel::show3dRequested, this, &RunTabs::show3d);
    connect(panel, &ResultPanel::exportRequested, this, &RunTabs::exportRequested);
    OverlayLauncher::connectPanel(panel, m_registry, m_tabs, &m_errors, run.title);
    return panel;
}

bool RunTabs::replaceRun(int runId, std::shared_ptr<const core::Result> result)
{
    std::vector<int> tabs;
    for (int index = 0; index < m_tabs->count(); ++index)
        if (m_tabs->widget(index)->property("runId").toInt() == runId)
            tabs.push_back(index);
    if (tabs.empty() || !m_workspace.replaceResult(runId, std::move(result)))
        return false; // its tabs were closed: the preview becomes a new run
    const Run &run = *m_workspace.run(runId);
    for (int index : tabs) {
        QWidget *old = m_tabs->widget(index);
        const bool current = m_tabs->currentIndex() == index;
        ResultPanel *panel = createPanel(run);
        if (const auto *previous = qobject_cast<ResultPanel *>(old))
            panel->keepZoomOf(*previous); // a slider step keeps the user's zoom into the maps
        m_tabs->insertTab(index, panel, run.title);
        m_tabs->setTabToolTip(index, run.title);
        m_tabs->removeTab(index + 1);
        old->deleteLater();
        if (current)
            m_tabs->setCurrentIndex(index);
    }
    return true;
}

void RunTabs::show3d(const core::ResultItem &item, const QString &title)
{
    auto *view = new VtkView(m_tabs);
    view->showItem(item);
    const int index = m_tabs->addTab(withVtkToolbar(view), tr("3-D: %1").arg(title));
    m_tabs->setCurrentIndex(index);
}

} // namespace ui

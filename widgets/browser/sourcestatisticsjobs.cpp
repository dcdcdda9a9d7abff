#include "browser/sourcestatisticsjobs.h"

#include "browser/sourceitems.h"
#include "data/sourcestatistics.h"
#include "document/workspace.h"
#include "jobs/jobrunner.h"
#include "window/errorreporter.h"

#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

namespace ui {

SourceStatisticsJobs::SourceStatisticsJobs(const Workspace &workspace, JobRunner &jobs, ErrorReporter &errors,
                                           QTreeWidgetItem *sourcesRoot, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_runner(jobs)
    , m_errors(errors)
    , m_sourcesRoot(sourcesRoot)
{
    // The tree is filled at once; the job is forgotten only on the next turn of the event loop, so
    // that the window's handlers of the same signals see owns(id) whatever the order of connection.
    const auto forget = [this](int id) {
        QMetaObject::invokeMethod(this, [this, id] { m_jobs.erase(id); }, Qt::QueuedConnection);
    };
    connect(&m_runner, &JobRunner::jobFinished, this, [this, forget](int id, std::shared_ptr<const core::Result> result) {
        const auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            return;
        apply(it->second, *result);
        forget(id);
    });
    connect(&m_runner, &JobRunner::jobFailed, this, forget);
    connect(&m_runner, &JobRunner::jobCancelled, this, forget);
}

void SourceStatisticsJobs::start(int sourceId)
{
    const Source *source = m_workspace.source(sourceId);
    if (!source)
        return;
    const core::DataObject snapshot = source->data; // shares the storage; the job never touches the workspace
    const int job = m_runner.start(tr("Statistics of %1").arg(source->name),
                                   [snapshot](core::Progress &progress, const core::CancelToken &cancel) {
                                       core::Result result;
                                       result.items.push_back(core::sourceStatistics(snapshot, progress, cancel));
                                       return result;
                                   });
    m_jobs[job] = sourceId;
}

void SourceStatisticsJobs::apply(int sourceId, const core::Result &result)
{
    const auto *table = result.items.empty() ? nullptr : std::get_if<core::TableResult>(&result.items.front());
    if (!table)
        return;
    std::map<QString, core::ArrayStatisticsRow> rows;
    for (core::ArrayStatisticsRow &row : core::statisticsRows(*table))
        rows[QString::fromStdString(row.array)] = std::move(row);
    QStringList unreadable;
    for (QTreeWidgetItemIterator it(m_sourcesRoot); *it; ++it) {
        QTreeWidgetItem *item = *it;
        if (item->data(0, SourceIdRole).toInt() != sourceId || !item->data(0, IsArrayRole).toBool())
            continue;
        const auto found = rows.find(item->data(0, ArrayNameRole).toString());
        if (found == rows.end())
            continue;
        const core::ArrayStatisticsRow &row = found->second;
        if (!row.error.empty()) {
            setStatisticsError(item, QString::fromStdString(row.error));
            unreadable << QString::fromStdString(row.error);
            continue;
        }
        setStatisticsColumns(item, row.statistics);
    }
    if (!unreadable.isEmpty()) {
        const Source *source = m_workspace.source(sourceId);
        m_errors.report(tr("Damaged arrays"),
                        tr("%n array(s) of %1 cannot be read; the rest stays available.", "", int(unreadable.size()))
                            .arg(source ? source->name : QString()),
                        unreadable.join(QLatin1Char('\n')));
    }
}

} // namespace ui

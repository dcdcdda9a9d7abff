#pragma once

#include <QObject>

#include <map>

class QTreeWidgetItem;

namespace core {
struct Result;
}

namespace ui {

class ErrorReporter;
class JobRunner;
class Workspace;

/// Computes every array's statistics of a newly opened source in a job and fills the workspace
/// tree's columns when it ends; arrays that cannot be read get their error in the tree and one report.
class SourceStatisticsJobs : public QObject
{
    Q_OBJECT

public:
    SourceStatisticsJobs(const Workspace &workspace, JobRunner &jobs, ErrorReporter &errors, QTreeWidgetItem *sourcesRoot,
                         QObject *parent = nullptr);

    void start(int sourceId);
    /// Whether `jobId` is one of these (the window leaves its outcome to this class).
    bool owns(int jobId) const { return m_jobs.count(jobId) != 0; }

private:
    void apply(int sourceId, const core::Result &result);

    const Workspace &m_workspace;
    JobRunner &m_runner;
    ErrorReporter &m_errors;
    QTreeWidgetItem *m_sourcesRoot;
    std::map<int, int> m_jobs; ///< job id -> source id
};

} // namespace ui

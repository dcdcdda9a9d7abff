#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace ui {

class JobRunner;

/// Re-runs an analysis while one of its live parameters (a slider in the form) moves, so that the
/// result follows the slider. Requests are debounced; at most one preview job runs at a time, and
/// values that arrive meanwhile are coalesced into one more run when it ends, so that the last value
/// always shows and a slow analysis never queues a backlog. The run it updates is remembered, so the
/// window replaces that run's tab instead of adding one per value.
class LivePreview : public QObject
{
    Q_OBJECT

public:
    /// `start` starts a run of the form's current values and returns its job id (0 if it could not).
    LivePreview(JobRunner &jobs, std::function<int()> start, QObject *parent = nullptr);

    /// A live value changed: run again after the debounce interval.
    void request();
    /// The form shows another analysis, Run was pressed or the window closes: cancel the running
    /// preview and forget the pending request and the run to update.
    void reset();
    /// Whether `jobId` is the running preview job (its errors go to the status bar).
    bool isPreview(int jobId) const { return jobId != 0 && jobId == m_job; }
    /// The run the running preview was started for (so that a run made meanwhile is not overwritten).
    int jobTarget() const { return m_jobTarget; }
    /// The run the next preview replaces; 0 for none (moving a slider then runs nothing).
    int targetRun() const { return m_run; }
    void setTargetRun(int runId) { m_run = runId; }

    static constexpr int kDebounceMs = 120;

private:
    void startNow();
    void onJobEnded(int id);

    JobRunner &m_jobs;
    std::function<int()> m_start;
    QTimer m_timer;
    int m_job = 0;
    int m_jobTarget = 0;
    int m_run = 0;
    bool m_pending = false;
};

} // namespace ui

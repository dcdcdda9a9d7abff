#pragma once

#include "results/result.h"
#include "task/canceltoken.h"
#include "task/progress.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>

template<typename T>
class QFutureWatcher;

namespace ui {

struct JobOutcome;

/// Runs analyses on a dedicated thread pool. Results, errors and progress arrive as signals on the
/// GUI thread. Cancel is cooperative (the analysis polls its token); a cancelled job delivers no
/// result. The destructor cancels every job and waits for the pool to drain.
class JobRunner : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<core::Result(core::Progress &, const core::CancelToken &)>;

    explicit JobRunner(QObject *parent = nullptr, int threads = 0);
    ~JobRunner() override;

    /// Starts `work` in the pool; returns the job id.
    int start(const QString &title, Work work);
    void cancel(int id);
    void cancelAll();
    /// Blocks until every job has finished (used on close and in tests).
    void waitForAll();
    int activeCount() const { return int(m_watchers.size()); }
    QString title(int id) const;

Q_SIGNALS:
    void jobStarted(int id, const QString &title);
    void jobProgress(int id, double fraction, const QString &stage);
    void jobFinished(int id, std::shared_ptr<const core::Result> result);
    void jobFailed(int id, const QString &title, const QString &message);
    void jobCancelled(int id);

private:
    void onFinished(int id);

    QThreadPool m_pool;
    int m_nextId = 1;
    QHash<int, QFutureWatcher<JobOutcome> *> m_watchers;
    QHash<int, QString> m_titles;
};

} // namespace ui

Q_DECLARE_METATYPE(std::shared_ptr<const core::Result>)

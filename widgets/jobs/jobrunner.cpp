#include "jobs/jobrunner.h"

#include "errors/analysiserror.h"
#include "errors/formaterror.h"
#include "jobs/joboutcome.h"
#include "jobs/promiseadapters.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <new>

namespace ui {

namespace {

// The top frame of every job: no exception may escape a pool thread.
void runJob(QPromise<JobOutcome> &promise, const JobRunner::Work &work)
{
    promise.setProgressRange(0, PromiseProgress::kSteps);
    PromiseProgress progress(promise);
    PromiseCancelToken cancel(promise);
    JobOutcome outcome;
    try {
        outcome.result = std::make_shared<const core::Result>(work(progress, cancel));
    } catch (const core::CancelledError &) {
        outcome.cancelled = true;
    } catch (const std::bad_alloc &) {
        outcome.error = QObject::tr("Out of memory: the analysis needs more memory than is available.");
    } catch (const std::exception &e) {
        outcome.error = QString::fromStdString(e.what());
    } catch (...) {
        outcome.error = QObject::tr("Unknown error in the analysis.");
    }
    promise.addResult(outcome);
}

} // namespace

JobRunner::JobRunner(QObject *parent, int threads)
    : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<const core::Result>>();
    m_pool.setObjectName(QStringLiteral("InfoScope analyses"));
    m_pool.setMaxThreadCount(threads > 0 ? threads : qMax(1, QThread::idealThreadCount()));
}

JobRunner::~JobRunner()
{
    cancelAll();
    m_pool.waitForDone();
    // Watchers are children of this object; their futures are finished now.
}

int JobRunner::start(const QString &title, Work work)
{
    const int id = m_nextId++;
    auto *watcher = new QFutureWatcher<JobOutcome>(this);
    m_watchers.insert(id, watcher);
    m_titles.insert(id, title);
    connect(watcher, &QFutureWatcher<JobOutcome>::progressValueChanged, this, [this, id, watcher](int value) {
        Q_EMIT jobProgress(id, double(value) / PromiseProgress::kSteps, watcher->progressText());
    });
    connect(watcher, &QFutureWatcher<JobOutcome>::finished, this, [this, id] { onFinished(id); });
    watcher->setFuture(QtConcurrent::run(&m_pool, runJob, std::move(work)));
    Q_EMIT jobStarted(id, title);
    return id;
}

void JobRunner::cancel(int id)
{
    if (auto *watcher = m_watchers.value(id))
        watcher->future().cancel();
}

void JobRunner::cancelAll()
{
    for (auto *watcher : std::as_const(m_watchers))
        watcher->future().cancel();
}

void JobRunner::waitForAll()
{
    m_pool.waitForDone();
    // Deliver the queued finished signals so that callers see a consistent state afterwards.
    for (auto *watcher : m_watchers.values())
        watcher->waitForFinished();
    QCoreApplication::sendPostedEvents(this);
    QCoreApplication::processEvents();
}

QString JobRunner::title(int id) const
{
    return m_titles.value(id);
}

void JobRunner::onFinished(int id)
{
    QFutureWatcher<JobOutcome> *watcher = m_watchers.take(id);
    const QString title = m_titles.take(id);
    if (!watcher)
        return;
    watcher->deleteLater();
    const QFuture<JobOutcome> future = watcher->future();
    // "finished" also fires after cancel; a result added after cancellation is dropped by QPromise.
    if (future.isCanceled() || future.resultCount() == 0) {
        Q_EMIT jobCancelled(id);
        return;
    }
    const JobOutcome outcome = future.result();
    if (outcome.cancelled)
        Q_EMIT jobCancelled(id);
    else if (!outcome.error.isEmpty())
        Q_EMIT jobFailed(id, title, outcome.error);
    else
        Q_EMIT jobFinished(id, outcome.result);
}

} // namespace ui

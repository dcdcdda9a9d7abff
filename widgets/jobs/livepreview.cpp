#include "jobs/livepreview.h"

#include "jobs/jobrunner.h"

namespace ui {

LivePreview::LivePreview(JobRunner &jobs, std::function<int()> start, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_start(std::move(start))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &LivePreview::startNow);
    // Queued: the window's own handlers of the same signals see the job as a preview first.
    connect(&m_jobs, &JobRunner::jobFinished, this, [this](int id) { onJobEnded(id); }, Qt::QueuedConnection);
    connect(&m_jobs, &JobRunner::jobFailed, this, [this](int id) { onJobEnded(id); }, Qt::QueuedConnection);
    connect(&m_jobs, &JobRunner::jobCancelled, this, [this](int id) { onJobEnded(id); }, Qt::QueuedConnection);
}

void LivePreview::request()
{
    m_timer.start(); // restarts: a slider dragged continuously runs once it rests for the interval
}

void LivePreview::reset()
{
    m_timer.stop();
    m_pending = false;
    m_run = 0;
    if (m_job)
        m_jobs.cancel(m_job);
}

void LivePreview::startNow()
{
    if (m_job) { // one at a time: the newest values run when this one ends
        m_pending = true;
        return;
    }
    m_pending = false;
    m_jobTarget = m_run;
    m_job = m_start();
}

void LivePreview::onJobEnded(int id)
{
    if (id != m_job)
        return;
    m_job = 0;
    if (m_pending)
        startNow();
}

} // namespace ui

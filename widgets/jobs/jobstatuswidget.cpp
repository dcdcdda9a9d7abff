#include "jobs/jobstatuswidget.h"

#include "jobs/jobrunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace ui {

JobStatusWidget::JobStatusWidget(JobRunner &runner, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_showTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("jobStatus"));
    m_bar->setRange(0, 1000);
    m_bar->setMaximumWidth(200);
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelJobs"));
    m_cancel->setToolTip(tr("Cancel the running analyses (Esc)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();

    m_showTimer->setSingleShot(true);
    m_showTimer->setInterval(kShowDelayMs);
    connect(m_showTimer, &QTimer::timeout, this, [this] {
        if (!m_active.isEmpty())
            show();
    });
    connect(m_cancel, &QPushButton::clicked, &m_runner, &JobRunner::cancelAll);
    connect(&m_runner, &JobRunner::jobStarted, this, [this](int id, const QString &title) {
        m_active.insert(id);
        m_label->setText(title);
        m_bar->setValue(0);
        if (!isVisible() && !m_showTimer->isActive())
            m_showTimer->start();
    });
    connect(&m_runner, &JobRunner::jobProgress, this, [this](int id, double fraction, const QString &stage) {
        m_bar->setValue(int(fraction * 1000));
        const QString title = m_runner.title(id);
        m_label->setText(stage.isEmpty() ? title : QStringLiteral("%1: %2").arg(title, stage));
    });
    connect(&m_runner, &JobRunner::jobFinished, this, [this](int id) { jobEnded(id); });
    connect(&m_runner, &JobRunner::jobFailed, this, [this](int id) { jobEnded(id); });
    connect(&m_runner, &JobRunner::jobCancelled, this, [this](int id) { jobEnded(id); });
}

void JobStatusWidget::jobEnded(int id)
{
    m_active.remove(id);
    if (m_active.isEmpty()) {
        m_showTimer->stop();
        hide();
    }
}

} // namespace ui

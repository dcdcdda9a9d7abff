#include "plot/informationplaneview.h"

#include "plot/plotview.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

InformationPlaneView::InformationPlaneView(QWidget *parent)
    : QWidget(parent)
    , m_plot(new PlotView(this))
    , m_scrubber(new QSlider(Qt::Horizontal, this))
    , m_playButton(new QPushButton(this))
    , m_stepLabel(new QLabel(this))
    , m_opacity(new QSlider(Qt::Horizontal, this))
    , m_logSteps(new QCheckBox(tr("Log steps"), this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("informationPlaneView"));
    m_scrubber->setObjectName(QStringLiteral("stepScrubber"));
    m_scrubber->setToolTip(tr("Show the trajectories up to this step"));
    m_playButton->setObjectName(QStringLiteral("playButton"));
    m_playButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_playButton->setText(tr("Play"));
    m_playButton->setToolTip(tr("Animate the trajectories step by step (Space)"));
    m_playButton->setShortcut(Qt::Key_Space);
    m_stepLabel->setMinimumWidth(110);
    m_timer->setInterval(120);
    m_opacity->setObjectName(QStringLiteral("pointOpacity"));
    m_opacity->setRange(5, 100);
    m_opacity->setValue(85);
    m_opacity->setMaximumWidth(90);
    m_opacity->setToolTip(tr("Opacity of the points: lower it to see layers that overlap"));
    m_logSteps->setObjectName(QStringLiteral("logSteps"));
    m_logSteps->setToolTip(tr("Colour steps on a log scale: the early epochs, where most changes, get more colours"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_playButton);
    controls->addWidget(m_scrubber, 1);
    controls->addWidget(m_stepLabel);
    controls->addWidget(new QLabel(tr("Opacity:"), this));
    controls->addWidget(m_opacity);
    controls->addWidget(m_logSteps);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
    layout->addLayout(controls);

    connect(m_scrubber, &QSlider::valueChanged, this, &InformationPlaneView::showUpToIndex);
    connect(m_opacity, &QSlider::valueChanged, this, [this](int percent) { m_plot->setPointOpacity(percent / 100.0); });
    connect(m_logSteps, &QCheckBox::toggled, m_plot, &PlotView::setLogStepColours);
    connect(m_playButton, &QPushButton::clicked, this, [this] { isPlaying() ? pause() : play(); });
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_scrubber->value() >= m_scrubber->maximum())
            pause();
        else
            m_scrubber->setValue(m_scrubber->value() + 1);
    });
}

bool InformationPlaneView::isPlaying() const
{
    return m_timer->isActive();
}

void InformationPlaneView::showTrajectories(const core::TrajectoryResult &result)
{
    const bool atEnd = m_steps.empty() || m_scrubber->value() >= m_scrubber->maximum();
    m_steps.clear();
    for (const core::Trajectory &one : result.trajectories)
        m_steps.insert(m_steps.end(), one.step.begin(), one.step.end());
    std::sort(m_steps.begin(), m_steps.end());
    m_steps.erase(std::unique(m_steps.begin(), m_steps.end()), m_steps.end());
    m_stepName = result.stepLabel.empty() ? "step" : result.stepLabel;
    m_plot->showItem(result);
    const QSignalBlocker blocker(m_scrubber);
    m_scrubber->setRange(0, std::max(0, int(m_steps.size()) - 1));
    m_scrubber->setEnabled(m_steps.size() > 1);
    m_playButton->setEnabled(m_steps.size() > 1);
    const int index = atEnd ? m_scrubber->maximum() : std::min(m_scrubber->value(), m_scrubber->maximum());
    m_scrubber->setValue(index);
    showUpToIndex(index);
}

void InformationPlaneView::showUpToIndex(int index)
{
    if (m_steps.empty()) {
        m_stepLabel->clear();
        return;
    }
    index = std::clamp(index, 0, int(m_steps.size()) - 1);
    // The last position shows everything, including steps added later by a live run.
    m_plot->setStepLimit(index == int(m_steps.size()) - 1 ? INFINITY : m_steps[std::size_t(index)]);
    m_stepLabel->setText(tr("%1 %2 of %3").arg(QString::fromStdString(m_stepName)).arg(m_steps[std::size_t(index)]).arg(m_steps.back()));
}

void InformationPlaneView::play()
{
    if (m_scrubber->value() >= m_scrubber->maximum())
        m_scrubber->setValue(0);
    m_timer->start();
    m_playButton->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    m_playButton->setText(tr("Pause"));
}

void InformationPlaneView::pause()
{
    m_timer->stop();
    m_playButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_playButton->setText(tr("Play"));
}

} // namespace ui

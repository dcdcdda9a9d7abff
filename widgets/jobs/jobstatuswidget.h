#pragma once

#include <QSet>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace ui {

class JobRunner;

/// Status-bar widget: appears about one second after a job starts (short jobs never flash it),
/// shows the stage and progress of the newest job and a Cancel button that cancels all jobs.
class JobStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit JobStatusWidget(JobRunner &runner, QWidget *parent = nullptr);
    static constexpr int kShowDelayMs = 1000;

private:
    void jobEnded(int id);

    JobRunner &m_runner;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QTimer *m_showTimer;
    QSet<int> m_active;
};

} // namespace ui

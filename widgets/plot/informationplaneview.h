#pragma once

#include "results/trajectoryresult.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;
class QSlider;
class QTimer;

namespace ui {

class PlotView;

/// The information plane: one trajectory per layer (PlotView draws points coloured by step with a
/// colour bar, start and end markers, the H(X)/H(Y) ceilings, a layer legend whose entries hide and
/// show layers, and a hover read-out), plus an epoch scrubber and a Play button that animates the
/// trajectories up to the chosen step, point opacity and a log colour scale for steps. Draws only.
class InformationPlaneView : public QWidget
{
    Q_OBJECT

public:
    explicit InformationPlaneView(QWidget *parent = nullptr);

    /// Shows all steps. Keeps the scrubber at the end if it was there (live updates).
    void showTrajectories(const core::TrajectoryResult &result);
    PlotView *plotView() const { return m_plot; }
    QSlider *scrubber() const { return m_scrubber; }
    bool isPlaying() const;

public Q_SLOTS:
    void play();
    void pause();
    /// Shows the trajectories up to the step at `index` (0 … number of steps − 1).
    void showUpToIndex(int index);

private:
    PlotView *m_plot;
    QSlider *m_scrubber;
    QPushButton *m_playButton;
    QLabel *m_stepLabel;
    QSlider *m_opacity;
    QCheckBox *m_logSteps;
    QTimer *m_timer;
    std::vector<double> m_steps; // sorted distinct steps
    std::string m_stepName;
};

} // namespace ui

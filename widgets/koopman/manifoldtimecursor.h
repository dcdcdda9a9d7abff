#pragma once

#include "results/pointsetresult.h"

#include <QPointer>
#include <QWidget>

#include <array>
#include <vector>

#include <vtkNew.h>

class QLabel;
class QSlider;
class QTimer;
class QToolButton;
class vtkActor;
class vtkPoints;
class vtkPolyData;

namespace ui {

class VtkView;

/// A time cursor for trajectories drawn as polylines in a VtkView: a marker on every trajectory at
/// the same step, moved by a slider or played as an animation (about ten seconds for the longest
/// trajectory, then from the start again). The marker survives a recolouring of the manifold.
/// Not shown in exported figures, which draw the manifold itself.
class ManifoldTimeCursor : public QWidget
{
    Q_OBJECT

public:
    /// `view` must show a core::PointSetResult with lineStarts.
    explicit ManifoldTimeCursor(VtkView *view, QWidget *parent = nullptr);
    ~ManifoldTimeCursor() override;

    /// Moves the markers to step `step` of every trajectory (clamped to each one's end).
    void setStep(int step);
    int step() const;
    bool playing() const;
    /// The marker's position on trajectory `line` (for tests); NaN where that trajectory has no marker.
    std::array<double, 3> markerPosition(int line) const;
    bool markersInScene() const;

    /// Adds a time cursor under `view`'s frame when it shows trajectories; returns the frame or a box
    /// holding the frame and the cursor.
    static QWidget *attachIfTrajectories(VtkView *view, QWidget *frame);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void togglePlay();
    void advance();
    void placeMarkers();
    QString labelText(int step) const;
    void ensureActor();

    QPointer<VtkView> m_view;
    core::PointSetResult m_trajectories; ///< as first shown: positions, line starts, the time scalars
    QSlider *m_slider;
    QToolButton *m_play;
    QLabel *m_label;
    QTimer *m_timer;
    vtkNew<vtkPoints> m_markerPoints;
    vtkNew<vtkPolyData> m_markers;
    vtkNew<vtkActor> m_actor;
    std::vector<int> m_markerOfLine; ///< index into the marker points per trajectory, −1 for none
    int m_stride = 1;
};

} // namespace ui

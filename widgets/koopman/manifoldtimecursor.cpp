#include "koopman/manifoldtimecursor.h"

#include "i18n/coretext.h"
#include "vtk/vtkview.h"

#include <QHBoxLayout>
#include <QHideEvent>
#include <QLabel>
#include <QSlider>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <vtkActor.h>
#include <vtkCellArray.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>

#include <algorithm>
#include <cmath>

namespace ui {

namespace {

/// Points of trajectory `line` in `points` (its start and one past its end).
std::pair<std::size_t, std::size_t> lineRange(const core::PointSetResult &points, std::size_t line)
{
    const std::size_t begin = points.lineStarts[line];
    const std::size_t end = line + 1 < points.lineStarts.size() ? points.lineStarts[line + 1] : points.points.size();
    return {begin, end};
}

/// Line starts that a cursor can walk: the first 0, ascending, inside the points (a result read from a
/// workspace file is not trusted).
bool validLineStarts(const core::PointSetResult &points)
{
    const auto &starts = points.lineStarts;
    if (starts.empty() || starts.front() != 0)
        return false;
    for (std::size_t i = 0; i < starts.size(); ++i)
        if (starts[i] >= points.points.size() || (i > 0 && starts[i] <= starts[i - 1]))
            return false;
    return true;
}

} // namespace

ManifoldTimeCursor::ManifoldTimeCursor(VtkView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_play(new QToolButton(this))
    , m_label(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("timeCursor"));
    if (const auto *points = view->item() ? std::get_if<core::PointSetResult>(view->item()) : nullptr;
        points && validLineStarts(*points))
        m_trajectories = *points;
    std::size_t longest = 1;
    for (std::size_t line = 0; line < m_trajectories.lineStarts.size(); ++line) {
        const auto [begin, end] = lineRange(m_trajectories, line);
        longest = std::max(longest, end - begin);
    }
    // About 300 frames for the longest trajectory: ten seconds at 30 frames per second.
    m_stride = std::max(1, int(longest / 300));

    m_play->setObjectName(QStringLiteral("playTime"));
    m_play->setText(tr("Play"));
    m_play->setToolTip(tr("Move a marker along every trajectory in time, from the start again at the end"));
    m_slider->setObjectName(QStringLiteral("timeSlider"));
    m_slider->setRange(0, int(longest) - 1);
    m_slider->setToolTip(tr("The time step the markers show: the same step on every trajectory"));
    m_label->setObjectName(QStringLiteral("timeLabel"));
    m_slider->setMinimumWidth(100);
    // As wide as the text at the last step (the longest, as a rule), so the slider does not jump while playing.
    m_label->setMinimumWidth(m_label->fontMetrics().horizontalAdvance(labelText(m_slider->maximum())));
    m_timer->setInterval(33);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_play);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_label);

    m_markerPoints->SetDataTypeToDouble(); // where the trajectory is, to the last digit
    m_markers->SetPoints(m_markerPoints);
    vtkNew<vtkPolyDataMapper> mapper;
    mapper->SetInputData(m_markers);
    mapper->ScalarVisibilityOff();
    m_actor->SetMapper(mapper);
    // Orange: apart from viridis and from the cyclic phase map.
    m_actor->GetProperty()->SetColor(1.0, 0.5, 0.0);
    m_actor->GetProperty()->SetPointSize(float(14.0 * std::max(1.0, view->devicePixelRatioF())));
    m_actor->GetProperty()->SetRenderPointsAsSpheres(true);

    connect(m_slider, &QSlider::valueChanged, this, &ManifoldTimeCursor::placeMarkers);
    connect(m_play, &QToolButton::clicked, this, &ManifoldTimeCursor::togglePlay);
    connect(m_timer, &QTimer::timeout, this, &ManifoldTimeCursor::advance);
    connect(view, &VtkView::sceneBuilt, this, [this] {
        ensureActor();
        m_view->renderScene();
    });
    ensureActor();
    placeMarkers();
}

ManifoldTimeCursor::~ManifoldTimeCursor()
{
    m_timer->stop();
    if (m_view)
        m_view->renderer()->RemoveActor(m_actor);
}

void ManifoldTimeCursor::hideEvent(QHideEvent *event)
{
    // A hidden panel need not animate (each frame is a render on the software renderer).
    if (m_timer->isActive())
        togglePlay();
    QWidget::hideEvent(event);
}

void ManifoldTimeCursor::setStep(int step)
{
    m_slider->setValue(step);
}

int ManifoldTimeCursor::step() const
{
    return m_slider->value();
}

bool ManifoldTimeCursor::playing() const
{
    return m_timer->isActive();
}

std::array<double, 3> ManifoldTimeCursor::markerPosition(int line) const
{
    const double nan = std::nan("");
    if (line < 0 || std::size_t(line) >= m_markerOfLine.size() || m_markerOfLine[std::size_t(line)] < 0)
        return {nan, nan, nan};
    double p[3];
    m_markerPoints->GetPoint(m_markerOfLine[std::size_t(line)], p);
    return {p[0], p[1], p[2]};
}

bool ManifoldTimeCursor::markersInScene() const
{
    return m_view && m_view->renderer()->HasViewProp(m_actor);
}

QWidget *ManifoldTimeCursor::attachIfTrajectories(VtkView *view, QWidget *frame)
{
    const auto *points = view->item() ? std::get_if<core::PointSetResult>(view->item()) : nullptr;
    if (!points || points->points.size() < 2 || !validLineStarts(*points))
        return frame;
    auto *box = new QWidget(frame->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(frame, 1);
    layout->addWidget(new ManifoldTimeCursor(view, box));
    return box;
}

void ManifoldTimeCursor::togglePlay()
{
    if (m_timer->isActive()) {
        m_timer->stop();
        m_play->setText(tr("Play"));
    } else {
        m_timer->start();
        m_play->setText(tr("Pause"));
    }
}

void ManifoldTimeCursor::advance()
{
    // Through the last step before starting again, whatever the stride.
    const int value = m_slider->value();
    m_slider->setValue(value >= m_slider->maximum() ? 0 : std::min(value + m_stride, m_slider->maximum()));
}

void ManifoldTimeCursor::ensureActor()
{
    if (m_view && !m_view->renderer()->HasViewProp(m_actor))
        m_view->renderer()->AddActor(m_actor);
}

QString ManifoldTimeCursor::labelText(int step) const
{
    // The first trajectory's scalar (its time, as the manifold is first coloured) at this step.
    QString text = tr("%1 / %2").arg(step + 1).arg(m_slider->maximum() + 1);
    if (!m_trajectories.lineStarts.empty() && m_trajectories.scalars.size() == m_trajectories.points.size()) {
        const auto [begin, end] = lineRange(m_trajectories, 0);
        text += QStringLiteral(" · %1 = %2").arg(coreText(m_trajectories.scalarLabel))
                    .arg(m_trajectories.scalars[std::min(begin + std::size_t(step), end - 1)], 0, 'g', 4);
    }
    return text;
}

void ManifoldTimeCursor::placeMarkers()
{
    if (!m_view)
        return;
    const std::size_t step = std::size_t(std::max(0, m_slider->value()));
    m_markerPoints->Reset();
    m_markerOfLine.assign(m_trajectories.lineStarts.size(), -1);
    vtkNew<vtkCellArray> vertices;
    for (std::size_t line = 0; line < m_trajectories.lineStarts.size(); ++line) {
        const auto [begin, end] = lineRange(m_trajectories, line);
        const auto &p = m_trajectories.points[std::min(begin + step, end - 1)];
        if (!std::isfinite(p[0]) || !std::isfinite(p[1]) || !std::isfinite(p[2]))
            continue; // a point at infinity has no place to mark
        const vtkIdType id = m_markerPoints->InsertNextPoint(p[0], p[1], p[2]);
        m_markerOfLine[line] = int(id);
        vertices->InsertNextCell(1, &id);
    }
    m_markerPoints->Modified();
    m_markers->SetVerts(vertices);
    m_markers->Modified();
    m_label->setText(labelText(int(step)));
    m_view->renderScene();
}

} // namespace ui

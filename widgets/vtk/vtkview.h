#pragma once

#include "results/result.h"
#include "vtk/interactivebudget.h"

#include <QElapsedTimer>
#include <QOpenGLWidget>

#include <optional>

#include <vtkNew.h>
#include <vtkSmartPointer.h>

class vtkCallbackCommand;
class vtkGenericOpenGLRenderWindow;
class vtkGenericRenderWindowInteractor;
class vtkObject;
class vtkRenderer;

namespace ui {

/// A Qt 6 host for VTK: a QOpenGLWidget that owns a vtkGenericOpenGLRenderWindow, lets VTK render
/// into its own framebuffer (NoBlit) and blits that into the widget's framebuffer in paintGL.
/// Mouse, wheel and keys go to a trackball-camera interactor. VTK's Qt module is Qt 5 on Debian 12,
/// so this replaces QVTKOpenGLNativeWidget (recipe: docs/architecture.md, "The 3-D view").
/// GUI thread only.
class VtkView : public QOpenGLWidget
{
    Q_OBJECT

public:
    explicit VtkView(QWidget *parent = nullptr);
    ~VtkView() override;

    /// Surface format VTK needs (OpenGL 3.2 core, no multisampling); set before QApplication exists.
    static QSurfaceFormat defaultFormat();

    /// Shows 3-D points (coloured by their scalar) or a heat map as a height field; false for other kinds.
    bool showItem(const core::ResultItem &item);
    static bool canShow(const core::ResultItem &item);

    /// The item shown (for an export that rebuilds the scene at another size), or nullptr.
    const core::ResultItem *item() const { return m_item ? &*m_item : nullptr; }
    vtkRenderer *renderer() const;
    vtkGenericOpenGLRenderWindow *renderWindow() const;
    /// 3-D points: colour by colourings[index] of the item (-1: its own scalars), keeping the camera.
    /// False if there is no such colouring.
    bool showColouring(int index);
    int colouring() const { return m_colouring; }
    /// Most segments a large trajectory is drawn with while the camera turns (vtk/interactivebudget.h).
    long long segmentBudget() const { return m_budget.segments(); }
    /// Schedules a VTK render and repaint (call after changing the scene).
    void renderScene();

Q_SIGNALS:
    /// The scene was built anew (another item or colouring): props others added are gone.
    void sceneBuilt();

protected:
    void initializeGL() override;
    void paintGL() override;
    bool event(QEvent *event) override;

private:
    void updateSize();
    void cleanupGL();
    bool forwardToInteractor(QEvent *event);
    void setInteracting(bool interacting);
    void onFrameSwapped();
    static void onRenderWindowEvent(vtkObject *caller, unsigned long eventId, void *clientData, void *callData);

    vtkNew<vtkGenericOpenGLRenderWindow> m_renderWindow;
    vtkNew<vtkGenericRenderWindowInteractor> m_interactor;
    vtkNew<vtkRenderer> m_renderer;
    vtkNew<vtkCallbackCommand> m_observer;
    vtkNew<vtkCallbackCommand> m_interaction;
    int m_stillSamples = 0;
    bool m_initialized = false;
    bool m_inPaint = false;
    bool m_renderPending = true;
    bool m_renderedByInteractor = false; ///< VTK rendered while an event was forwarded
    bool m_wheeling = false;             ///< a wheel event is being forwarded
    bool m_turningCoarse = false;        ///< a drag moves the camera and a coarse drawing is shown
    InteractiveBudget m_budget;          ///< segments of a large trajectory while turning
    QElapsedTimer m_frameClock;          ///< from a forwarded event to its frame on screen
    double m_wheelAccumulator = 0.0;
    std::optional<core::ResultItem> m_item;
    std::optional<core::ResultItem> m_base; ///< the item as given, while a colouring is shown
    int m_colouring = -1;
};

} // namespace ui

#include "vtk/vtkview.h"

#include <vtkCamera.h>

#include "vtk/interactivedetail.h"
#include "vtk/vtkscene.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QSurfaceFormat>
#include <QWheelEvent>

#include <vtkCallbackCommand.h>
#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkInteractorStyleTrackballCamera.h>
#include <vtkOpenGLFramebufferObject.h>
#include <vtkOpenGLState.h>
#include <vtkRenderer.h>

#include <cmath>
#include <cstring>

namespace ui {

QSurfaceFormat VtkView::defaultFormat()
{
    QSurfaceFormat format;
    format.setRenderableType(QSurfaceFormat::OpenGL);
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setSwapBehavior(QSurfaceFormat::DoubleBuffer);
    format.setRedBufferSize(8);
    format.setGreenBufferSize(8);
    format.setBlueBufferSize(8);
    format.setAlphaBufferSize(8);
    format.setDepthBufferSize(24); // Mesa refuses a framebuffer with an 8-bit depth buffer (GL_FRAMEBUFFER_UNSUPPORTED)
    format.setStencilBufferSize(0);
    format.setSamples(0); // multisampling belongs in VTK's framebuffer, not the context
    return format;
}

VtkView::VtkView(QWidget *parent)
    : QOpenGLWidget(parent)
{
    setObjectName(QStringLiteral("vtkView"));
    setFormat(defaultFormat());
    setFocusPolicy(Qt::StrongFocus);
    setUpdateBehavior(QOpenGLWidget::NoPartialUpdate);
    setMouseTracking(true);
    setAttribute(Qt::WA_Hover);
    setMinimumSize(320, 240);
    setToolTip(tr("Left drag: rotate, right drag or wheel: zoom, middle drag or Shift+left: pan, R: reset camera"));

    m_renderWindow->SetReadyForRendering(false); // no context yet: every Render() is a no-op
    m_renderWindow->SetFrameBlitModeToNoBlit();
    m_renderWindow->AddRenderer(m_renderer);
    m_renderer->SetBackground(1.0, 1.0, 1.0);
    m_interactor->SetRenderWindow(m_renderWindow);
    vtkNew<vtkInteractorStyleTrackballCamera> style;
    m_interactor->SetInteractorStyle(style);
    // Coarse while the mouse turns or zooms, full when it stops (vtk/interactivedetail.h).
    m_stillSamples = m_renderWindow->GetMultiSamples();
    m_interaction->SetClientData(this);
    m_interaction->SetCallback([](vtkObject *, unsigned long eventId, void *clientData, void *) {
        static_cast<VtkView *>(clientData)->setInteracting(eventId == vtkCommand::StartInteractionEvent);
    });
    style->AddObserver(vtkCommand::StartInteractionEvent, m_interaction);
    style->AddObserver(vtkCommand::EndInteractionEvent, m_interaction);

    // Re-read the device-pixel ratio whenever the size or the screen changes.
    connect(this, &QOpenGLWidget::resized, this, &VtkView::updateSize);
    connect(this, &QOpenGLWidget::frameSwapped, this, &VtkView::onFrameSwapped);
}

VtkView::~VtkView()
{
    makeCurrent();
    cleanupGL();
    doneCurrent();
}

vtkRenderer *VtkView::renderer() const
{
    return m_renderer.Get();
}

vtkGenericOpenGLRenderWindow *VtkView::renderWindow() const
{
    return m_renderWindow.Get();
}

bool VtkView::canShow(const core::ResultItem &item)
{
    return std::holds_alternative<core::PointSetResult>(item) || std::holds_alternative<core::HeatMapResult>(item);
}

bool VtkView::showItem(const core::ResultItem &item)
{
    // Text in device pixels: larger on a high-dpi screen, as Qt's own text is.
    if (!buildScene(m_renderer, item, devicePixelRatioF()))
        return false;
    m_item = item;
    m_base.reset();
    m_colouring = -1;
    Q_EMIT sceneBuilt();
    renderScene();
    return true;
}

bool VtkView::showColouring(int index)
{
    const std::optional<core::ResultItem> &base = m_base ? m_base : m_item;
    const auto *points = base ? std::get_if<core::PointSetResult>(&*base) : nullptr;
    if (!points || index >= int(points->colourings.size()))
        return false;
    core::PointSetResult recoloured = *points;
    if (index >= 0) {
        recoloured.scalars = points->colourings[std::size_t(index)].values;
        recoloured.scalarLabel = points->colourings[std::size_t(index)].label;
        recoloured.scalarsCyclic = points->colourings[std::size_t(index)].cyclic;
    }
    // The same scene in new colours: keep the user's camera.
    vtkNew<vtkCamera> camera;
    camera->DeepCopy(m_renderer->GetActiveCamera());
    buildScene(m_renderer, recoloured, devicePixelRatioF());
    m_renderer->GetActiveCamera()->DeepCopy(camera);
    m_renderer->ResetCameraClippingRange();
    m_colouring = index;
    if (!m_base)
        m_base = m_item;
    m_item = recoloured; // what an export draws
    Q_EMIT sceneBuilt();
    renderScene();
    return true;
}

void VtkView::setInteracting(bool interacting)
{
    if (m_wheeling)
        return;
    m_frameClock.invalidate();
    if (interacting) {
        setCoarseSegments(m_renderer, m_budget.segments());
        m_budget.skipNext();
    }
    // Multisampling multiplies the software renderer's work per pixel: off while moving.
    const bool coarse = setInteractiveDetail(m_renderer, interacting);
    if (coarse)
        m_renderWindow->SetMultiSamples(interacting ? 0 : m_stillSamples);
    // Only a scene with a coarse drawing feeds the budget of segments.
    m_turningCoarse = interacting && coarse;
    // While turning a coarse drawing (single-sampled), paintGL reads VTK's render framebuffer itself: VTK's
    // copy of it into its display framebuffer (colour and depth) would be a full-frame pass more. At rest
    // VTK resolves its samples into the display framebuffer with its gamma-correct shader, as always (a
    // picking pass also leaves the swap on).
    m_renderWindow->SetSwapBuffers(!m_turningCoarse);
}

void VtkView::onFrameSwapped()
{
    // The cost of a frame while turning: from the mouse event to the composed frame, without the wait
    // for the next event (with a vsync-blocking swap it rounds up to refresh intervals). A slow frame
    // lowers the segments drawn while turning, a fast one raises them.
    if (!m_frameClock.isValid())
        return;
    const double seconds = double(m_frameClock.nsecsElapsed()) * 1e-9;
    m_frameClock.invalidate();
    if (m_turningCoarse && m_budget.record(seconds))
        setCoarseSegments(m_renderer, m_budget.segments());
}

void VtkView::renderScene()
{
    m_renderPending = true;
    update();
}

void VtkView::onRenderWindowEvent(vtkObject *, unsigned long eventId, void *clientData, void *callData)
{
    auto *self = static_cast<VtkView *>(clientData);
    switch (eventId) {
    case vtkCommand::WindowMakeCurrentEvent:
        // QOpenGLWidget::makeCurrent() also re-binds the widget's framebuffer behind VTK's state
        // cache, which sends VTK's drawing into Qt's framebuffer: switch only when another context is current.
        if (QOpenGLContext::currentContext() != self->context())
            self->makeCurrent();
        break;
    case vtkCommand::WindowIsCurrentEvent: {
        auto *isCurrent = static_cast<bool *>(callData);
        *isCurrent = QOpenGLContext::currentContext() == self->context()
                  && self->context()->surface() == QOpenGLContext::currentContext()->surface();
        break;
    }
    case vtkCommand::WindowFrameEvent:
        // A render started outside paintGL (e.g. by the interactor): show it on the next paint.
        if (!self->m_inPaint) {
            self->m_renderedByInteractor = true;
            self->update();
        }
        break;
    case vtkCommand::CursorChangedEvent: {
        const int shape = *static_cast<int *>(callData);
        self->setCursor(shape == VTK_CURSOR_HAND ? Qt::PointingHandCursor
                        : shape == VTK_CURSOR_CROSSHAIR ? Qt::CrossCursor
                                                        : Qt::ArrowCursor);
        break;
    }
    default:
        break;
    }
}

void VtkView::initializeGL()
{
    // Runs again when the widget moves to another top-level window: keep it idempotent.
    m_observer->SetClientData(this);
    m_observer->SetCallback(&VtkView::onRenderWindowEvent);
    m_renderWindow->RemoveObserver(m_observer);
    for (unsigned long id : {vtkCommand::WindowMakeCurrentEvent, vtkCommand::WindowIsCurrentEvent,
                             vtkCommand::WindowFrameEvent, vtkCommand::CursorChangedEvent})
        m_renderWindow->AddObserver(id, m_observer);

    m_renderWindow->SetUseOffScreenBuffers(false); // QOpenGLWidget already renders into a framebuffer object
    m_renderWindow->SetForceMaximumHardwareLineWidth(1);
    m_renderWindow->SetReadyForRendering(true);
    m_renderWindow->SetOwnContext(0);
    m_renderWindow->OpenGLInitContext();
    if (!m_interactor->GetInitialized())
        m_interactor->Initialize(); // only now: it starts the render window, which needs the context

    connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, [this] {
        makeCurrent();
        cleanupGL();
    }, Qt::DirectConnection);
    m_initialized = true;
    updateSize();
}

void VtkView::updateSize()
{
    const double ratio = devicePixelRatioF();
    const int width = std::max(1, int(std::lround(this->width() * ratio)));
    const int height = std::max(1, int(std::lround(this->height() * ratio)));
    m_interactor->UpdateSize(width, height); // also sizes the render window
    m_renderWindow->SetSize(width, height);
    m_renderWindow->SetScreenSize(width, height);
    m_renderWindow->SetDPI(int(std::lround(72 * ratio)));
    m_renderPending = true;
}

void VtkView::paintGL()
{
    if (!m_initialized || m_inPaint)
        return;
    m_inPaint = true;
    vtkOpenGLState *state = m_renderWindow->GetState();
    state->Reset();
    state->Push();
    state->vtkglDepthFunc(GL_LEQUAL); // Qt leaves GL_LESS; VTK expects GL_LEQUAL

    if (m_renderPending) {
        m_renderPending = false;
        m_interactor->Render();
    }
    makeCurrent(); // a render may have made another context current
    state->ResetFramebufferBindings(); // makeCurrent() re-bound Qt's framebuffer behind VTK's cache

    // Blit VTK's display framebuffer (its render framebuffer while a coarse drawing turns: setInteracting)
    // into the one QOpenGLWidget composes from.
    const double ratio = devicePixelRatioF();
    const int targetWidth = int(std::lround(width() * ratio));
    const int targetHeight = int(std::lround(height() * ratio));
    state->PushFramebufferBindings();
    state->vtkglBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
    state->vtkglDrawBuffer(GL_COLOR_ATTACHMENT0);
    state->vtkglViewport(0, 0, targetWidth, targetHeight);
    state->vtkglScissor(0, 0, targetWidth, targetHeight);
    vtkOpenGLFramebufferObject *rendered = m_renderWindow->GetRenderFramebuffer();
    const int *source = rendered->GetLastSize();
    // Unfiltered at equal sizes: Mesa then copies instead of drawing a textured quad.
    const int filter = source[0] == targetWidth && source[1] == targetHeight ? GL_NEAREST : GL_LINEAR;
    {
        vtkOpenGLState::ScopedglEnableDisable scissorSaver(state, GL_SCISSOR_TEST);
        state->vtkglDisable(GL_SCISSOR_TEST);
        if (m_renderWindow->GetSwapBuffers()) {
            m_renderWindow->BlitDisplayFramebuffer(0, 0, 0, source[0], source[1], 0, 0, targetWidth, targetHeight,
                                                   GL_COLOR_BUFFER_BIT, filter);
        } else {
            state->PushReadFramebufferBinding();
            rendered->Bind(GL_READ_FRAMEBUFFER);
            rendered->ActivateReadBuffer(0);
            state->vtkglBlitFramebuffer(0, 0, source[0], source[1], 0, 0, targetWidth, targetHeight,
                                        GL_COLOR_BUFFER_BIT, filter);
            state->PopReadFramebufferBinding();
        }
        // Make the result opaque; otherwise Mesa and macOS blend it with whatever lies behind the window.
        state->vtkglColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_TRUE);
        state->vtkglClearColor(0.0, 0.0, 0.0, 1.0);
        state->vtkglClear(GL_COLOR_BUFFER_BIT);
        state->vtkglColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    }
    state->PopFramebufferBindings();
    state->Pop();
    m_inPaint = false;
}

void VtkView::cleanupGL()
{
    if (!m_initialized)
        return;
    m_renderWindow->RemoveObserver(m_observer);
    m_renderWindow->Finalize(); // releases VTK's GL resources while our context is current
    m_renderWindow->SetReadyForRendering(false);
    m_initialized = false;
}

bool VtkView::event(QEvent *event)
{
    m_renderedByInteractor = false;
    // A wheel step is an interaction of one frame: coarse detail would only cost a framebuffer rebuild.
    m_wheeling = event->type() == QEvent::Wheel;
    QElapsedTimer clock;
    clock.start();
    const bool forwarded = forwardToInteractor(event);
    m_wheeling = false;
    if (m_renderedByInteractor && m_turningCoarse && !m_frameClock.isValid())
        m_frameClock = clock; // this frame's cost ends at frameSwapped
    if (forwarded) {
        // The trackball renders on its own (a drag, a wheel step, R): a second render in paintGL would
        // halve the frame rate. A move without a button changes nothing; anything else gets a render.
        if (!m_renderedByInteractor && event->type() != QEvent::MouseMove)
            renderScene();
        event->accept();
        return true;
    }
    return QOpenGLWidget::event(event);
}

namespace {

const char *keySymbol(int key)
{
    switch (key) {
    case Qt::Key_Left: return "Left";
    case Qt::Key_Right: return "Right";
    case Qt::Key_Up: return "Up";
    case Qt::Key_Down: return "Down";
    case Qt::Key_Plus: return "plus";
    case Qt::Key_Minus: return "minus";
    case Qt::Key_Escape: return "Escape";
    default: return nullptr;
    }
}

} // namespace

bool VtkView::forwardToInteractor(QEvent *event)
{
    if (!m_interactor->GetEnabled())
        return false;
    const double ratio = devicePixelRatioF();
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QPointF position = mouse->position() * ratio;
        const Qt::KeyboardModifiers modifiers = mouse->modifiers();
        m_interactor->SetEventInformationFlipY(int(std::lround(position.x())), int(std::lround(position.y())),
                                               modifiers.testFlag(Qt::ControlModifier) ? 1 : 0,
                                               modifiers.testFlag(Qt::ShiftModifier) ? 1 : 0, 0,
                                               event->type() == QEvent::MouseButtonDblClick ? 1 : 0);
        m_interactor->SetAltKey(modifiers.testFlag(Qt::AltModifier) ? 1 : 0);
        if (event->type() == QEvent::MouseMove) {
            m_interactor->InvokeEvent(vtkCommand::MouseMoveEvent, mouse);
            return mouse->buttons() != Qt::NoButton;
        }
        const bool press = event->type() != QEvent::MouseButtonRelease;
        switch (mouse->button()) {
        case Qt::LeftButton:
            m_interactor->InvokeEvent(press ? vtkCommand::LeftButtonPressEvent : vtkCommand::LeftButtonReleaseEvent, mouse);
            break;
        case Qt::MiddleButton:
            m_interactor->InvokeEvent(press ? vtkCommand::MiddleButtonPressEvent : vtkCommand::MiddleButtonReleaseEvent, mouse);
            break;
        case Qt::RightButton:
            m_interactor->InvokeEvent(press ? vtkCommand::RightButtonPressEvent : vtkCommand::RightButtonReleaseEvent, mouse);
            break;
        default:
            return false;
        }
        return true;
    }
    case QEvent::Wheel: {
        auto *wheel = static_cast<QWheelEvent *>(event);
        const QPointF position = wheel->position() * ratio;
        m_interactor->SetEventInformationFlipY(int(std::lround(position.x())), int(std::lround(position.y())));
        // One VTK wheel step per 120 units (one notch), accumulated for touch pads.
        m_wheelAccumulator += wheel->angleDelta().y();
        bool handled = false;
        while (std::abs(m_wheelAccumulator) >= 120.0) {
            const bool forward = m_wheelAccumulator > 0;
            m_interactor->InvokeEvent(forward ? vtkCommand::MouseWheelForwardEvent : vtkCommand::MouseWheelBackwardEvent, wheel);
            m_wheelAccumulator += forward ? -120.0 : 120.0;
            handled = true;
        }
        return handled;
    }
    case QEvent::KeyPress:
    case QEvent::KeyRelease: {
        auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->text();
        char ascii = text.size() == 1 && text.at(0).unicode() < 128 ? char(text.at(0).unicode()) : 0;
        // Only camera keys: VTK's other key bindings quit, toggle stereo or enter fly modes.
        if (ascii && !std::strchr("rRwWsSfF", ascii))
            ascii = 0;
        const char *symbol = keySymbol(key->key());
        const std::string asciiSymbol(1, ascii);
        m_interactor->SetKeyEventInformation(key->modifiers().testFlag(Qt::ControlModifier) ? 1 : 0,
                                             key->modifiers().testFlag(Qt::ShiftModifier) ? 1 : 0, ascii,
                                             key->count(), symbol ? symbol : (ascii ? asciiSymbol.c_str() : nullptr));
        if (event->type() == QEvent::KeyPress) {
            m_interactor->InvokeEvent(vtkCommand::KeyPressEvent, key);
            if (ascii)
                m_interactor->InvokeEvent(vtkCommand::CharEvent, key);
        } else {
            m_interactor->InvokeEvent(vtkCommand::KeyReleaseEvent, key);
        }
        return ascii != 0 || symbol != nullptr;
    }
    case QEvent::Enter:
        m_interactor->InvokeEvent(vtkCommand::EnterEvent, event);
        return false;
    case QEvent::Leave:
        m_interactor->InvokeEvent(vtkCommand::LeaveEvent, event);
        return false;
    default:
        return false;
    }
}

} // namespace ui

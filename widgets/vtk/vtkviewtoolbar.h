#pragma once

class QWidget;

namespace ui {

class VtkView;

/// Puts a 3-D view under a small toolbar: Reset camera (the three-quarter view that frames
/// everything) and Export PNG (the view as drawn, at its size on screen).
QWidget *withVtkToolbar(VtkView *view);

} // namespace ui

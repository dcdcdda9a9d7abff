#pragma once

#include <QString>

class QWidget;

namespace ui {

/// Versions of InfoScope and every library it links (Qt, VTK, OpenCV, Eigen, LibTorch, QCustomPlot).
QString libraryVersionsText();
void showAboutDialog(QWidget *parent);

} // namespace ui

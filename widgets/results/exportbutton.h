#pragma once

#include <QString>

#include <functional>

class QToolButton;
class QWidget;

namespace ui {

/// The "Export" tool button of every plot: a menu of PNG, SVG, PDF figures and CSV data that calls
/// `request` with "PNG", "SVG", "PDF" or "CSV".
QToolButton *makeExportButton(QWidget *parent, const std::function<void(const QString &format)> &request);

} // namespace ui

#pragma once

#include <QString>

class QWidget;

namespace ui {

class PlotView;

/// The GUI's Export: for PNG, SVG and PDF it asks for the figure's size (FigureExportDialog), then
/// for the file, and writes it with FigureExporter; CSV asks for the file only.
class FigureExportFlow
{
public:
    struct Outcome
    {
        QString path;  ///< written file; empty if cancelled or failed
        QString error; ///< why it failed; empty otherwise
    };

    static Outcome run(QWidget *parent, PlotView *view, const QString &format);
};

} // namespace ui

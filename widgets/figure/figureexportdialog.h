#pragma once

#include "plot/figurespec.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace ui {

/// Asks for a figure's physical size: a preset (paper column, two columns, slide), width and height in
/// inches or millimetres, the font size in points and, for PNG, the dpi. Remembers the last choice.
class FigureExportDialog : public QDialog
{
    Q_OBJECT

public:
    FigureExportDialog(const QString &format, QWidget *parent = nullptr);

    FigureSpec spec() const;
    void setSpec(const FigureSpec &spec);

    /// The last spec accepted (QSettings), or the default preset.
    static FigureSpec rememberedSpec();
    static void rememberSpec(const FigureSpec &spec);

private:
    void applyPreset(int index);
    void changeUnit();
    void updateSummary();
    double unitPerInch() const;

    QComboBox *m_preset;
    QComboBox *m_unit;
    QDoubleSpinBox *m_width;
    QDoubleSpinBox *m_height;
    QDoubleSpinBox *m_font;
    QSpinBox *m_dpi;
    QLabel *m_summary;
    bool m_png;
    double m_shownUnitPerInch = 1.0;
};

} // namespace ui

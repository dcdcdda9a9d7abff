#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QToolButton;

namespace ui {

class PlotView;
class ScientificSpinBox;

/// The colour controls of one heat map: colour map (automatic: viridis, or diverging for signed
/// data), editable colour limits (automatic: the 0.5th and 99.5th percentiles) and square cells.
class HeatMapControls : public QWidget
{
    Q_OBJECT

public:
    HeatMapControls(PlotView *view, QWidget *parent = nullptr);

    /// A "Colours" button whose drop-down holds the controls of `view` (refreshed each time it opens).
    static QToolButton *makeButton(PlotView *view, QWidget *parent);
    /// Shows the colour range the view uses now.
    void showCurrentLimits();

private:
    void applyLimits();

    PlotView *m_view;
    QComboBox *m_colourMap;
    ScientificSpinBox *m_low;
    ScientificSpinBox *m_high;
    QCheckBox *m_square;
};

} // namespace ui

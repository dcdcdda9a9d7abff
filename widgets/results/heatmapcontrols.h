#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;

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

private:
    void applyLimits();
    void showAutomaticLimits();

    PlotView *m_view;
    QComboBox *m_colourMap;
    ScientificSpinBox *m_low;
    ScientificSpinBox *m_high;
    QCheckBox *m_square;
};

} // namespace ui

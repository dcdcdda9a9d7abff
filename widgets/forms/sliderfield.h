#pragma once

#include <QWidget>

class QSlider;

namespace ui {

class ScientificSpinBox;

/// A live parameter's editor: a slider over [minimum, sliderMaximum] beside the spin box, which
/// keeps the whole range and the exact value. The two follow each other; moving either emits
/// valueChanged, which the form forwards as a live edit.
class SliderField : public QWidget
{
    Q_OBJECT

public:
    SliderField(double minimum, double maximum, double sliderMaximum, QWidget *parent = nullptr);

    ScientificSpinBox *spinBox() const { return m_spin; }
    QSlider *slider() const { return m_slider; }

    static constexpr int kSteps = 1000;

Q_SIGNALS:
    void valueChanged(double value);

private:
    double m_minimum, m_sliderMaximum;
    QSlider *m_slider;
    ScientificSpinBox *m_spin;
};

} // namespace ui

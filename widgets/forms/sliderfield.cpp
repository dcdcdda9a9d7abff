#include "forms/sliderfield.h"

#include "forms/scientificspinbox.h"

#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>
#include <cmath>

namespace ui {

SliderField::SliderField(double minimum, double maximum, double sliderMaximum, QWidget *parent)
    : QWidget(parent)
    , m_minimum(minimum)
    , m_sliderMaximum(sliderMaximum > minimum ? sliderMaximum : maximum)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_spin(new ScientificSpinBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_slider->setRange(0, kSteps);
    m_slider->setMinimumWidth(80);
    m_spin->setRange(minimum, maximum);
    // The slider takes what is left: the value stays readable ("0.00125") in a narrow dock.
    m_spin->setMinimumWidth(m_spin->fontMetrics().horizontalAdvance(QStringLiteral("0.000125")) + 36);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spin);
    const double span = m_sliderMaximum - m_minimum;
    connect(m_slider, &QSlider::valueChanged, this, [this, span](int position) {
        const double value = m_minimum + span * position / kSteps;
        if (std::abs(value - m_spin->value()) <= span / kSteps / 2)
            return; // the spin box set this position: keep its exact value
        m_spin->setValue(value);
    });
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this, span](double value) {
        const QSignalBlocker blocker(m_slider);
        m_slider->setValue(int(std::lround(std::clamp((value - m_minimum) / span, 0.0, 1.0) * kSteps)));
        Q_EMIT valueChanged(value);
    });
}

} // namespace ui

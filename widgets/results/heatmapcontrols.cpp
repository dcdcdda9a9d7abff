#include "results/heatmapcontrols.h"

#include "forms/scientificspinbox.h"
#include "plot/colourgradients.h"
#include "plot/plotview.h"
#include "plot/qcustomplotinclude.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QMenu>
#include <QToolButton>
#include <QWidgetAction>

#include <cmath>
#include <limits>

namespace ui {

HeatMapControls::HeatMapControls(PlotView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_colourMap(new QComboBox(this))
    , m_low(new ScientificSpinBox(this))
    , m_high(new ScientificSpinBox(this))
    , m_square(new QCheckBox(tr("Square cells"), this))
{
    setObjectName(QStringLiteral("heatMapControls"));
    m_colourMap->setObjectName(QStringLiteral("colourMap"));
    m_colourMap->addItem(tr("Automatic colours"), QString());
    for (const QString &id : colourMapIds())
        m_colourMap->addItem(colourMapName(id), id);
    m_colourMap->setToolTip(tr("Automatic: viridis, or a diverging map centred on 0 when the values have both signs"));
    for (ScientificSpinBox *box : {m_low, m_high}) {
        const double huge = std::numeric_limits<double>::max();
        box->setRange(-huge, huge);
        box->setKeyboardTracking(false);
    }
    m_low->setObjectName(QStringLiteral("colourLow"));
    m_high->setObjectName(QStringLiteral("colourHigh"));
    m_low->setToolTip(tr("Value at the bottom of the colour scale; lower values take its colour"));
    m_high->setToolTip(tr("Value at the top of the colour scale; higher values take its colour"));
    auto *automatic = new QToolButton(this);
    automatic->setObjectName(QStringLiteral("automaticLimits"));
    automatic->setText(tr("Auto"));
    automatic->setToolTip(tr("Colour limits at the 0.5th and 99.5th percentiles, so that one peak (a spectrum's DC) "
                             "does not flatten the rest; symmetric about 0 for signed values"));
    m_square->setObjectName(QStringLiteral("squareCells"));
    m_square->setChecked(true);
    m_square->setToolTip(tr("Draw every cell as high as wide (off: fill the axes)"));

    auto *limits = new QHBoxLayout;
    limits->addWidget(m_low, 1);
    limits->addWidget(m_high, 1);
    limits->addWidget(automatic);
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addRow(tr("Colour map:"), m_colourMap);
    layout->addRow(tr("Limits:"), limits);
    layout->addRow(m_square);

    connect(m_colourMap, &QComboBox::currentIndexChanged, this,
            [this] { m_view->setColourMapId(m_colourMap->currentData().toString()); });
    connect(m_low, &QDoubleSpinBox::valueChanged, this, &HeatMapControls::applyLimits);
    connect(m_high, &QDoubleSpinBox::valueChanged, this, &HeatMapControls::applyLimits);
    connect(automatic, &QToolButton::clicked, this, [this] {
        m_view->setColourLimits(NAN, NAN);
        showCurrentLimits();
    });
    connect(m_square, &QCheckBox::toggled, m_view, &PlotView::setSquareCells);
    showCurrentLimits();
}

void HeatMapControls::applyLimits()
{
    if (m_high->value() > m_low->value())
        m_view->setColourLimits(m_low->value(), m_high->value());
}

QToolButton *HeatMapControls::makeButton(PlotView *view, QWidget *parent)
{
    // In a drop-down, so that toolbars stay narrow beside other views.
    auto *button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("colourControls"));
    button->setText(tr("Colours"));
    button->setToolTip(tr("Colour map, colour limits and square cells"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    auto *controls = new HeatMapControls(view, menu);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(controls);
    menu->addAction(action);
    connect(menu, &QMenu::aboutToShow, controls, &HeatMapControls::showCurrentLimits);
    button->setMenu(menu);
    return button;
}

void HeatMapControls::showCurrentLimits()
{
    const QCPRange range = m_view->colourRange();
    const QSignalBlocker blockLow(m_low), blockHigh(m_high);
    m_low->setValue(range.lower);
    m_high->setValue(range.upper);
}

} // namespace ui

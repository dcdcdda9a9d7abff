#include "figure/figureexportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>

namespace ui {

FigureExportDialog::FigureExportDialog(const QString &format, QWidget *parent)
    : QDialog(parent)
    , m_preset(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_width(new QDoubleSpinBox(this))
    , m_height(new QDoubleSpinBox(this))
    , m_font(new QDoubleSpinBox(this))
    , m_dpi(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_png(format.compare(QLatin1String("PNG"), Qt::CaseInsensitive) == 0)
{
    setObjectName(QStringLiteral("figureExportDialog"));
    setWindowTitle(tr("Export figure as %1").arg(format.toUpper()));
    for (const QString &id : FigureSpec::presetIds())
        m_preset->addItem(FigureSpec::presetName(id), id);
    m_preset->addItem(tr("Custom"), QString());
    m_preset->setObjectName(QStringLiteral("preset"));
    m_unit->addItem(tr("in"), 1.0);
    m_unit->addItem(tr("mm"), 25.4);
    m_unit->setObjectName(QStringLiteral("unit"));
    for (QDoubleSpinBox *box : {m_width, m_height}) {
        box->setDecimals(3); // 0.001 in: millimetre presets survive the round trip
        box->setRange(0.5, 100.0);
        box->setSingleStep(0.1);
    }
    m_width->setObjectName(QStringLiteral("width"));
    m_height->setObjectName(QStringLiteral("height"));
    m_font->setObjectName(QStringLiteral("fontSize"));
    m_font->setRange(4.0, 72.0);
    m_font->setDecimals(1);
    m_font->setSuffix(tr(" pt"));
    m_font->setToolTip(tr("Tick labels and legend; axis labels are 10 % and the title 20 % larger"));
    m_dpi->setObjectName(QStringLiteral("dpi"));
    m_dpi->setRange(36, 2400);
    m_dpi->setSingleStep(50);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setEnabled(m_png);
    m_dpi->setToolTip(m_png ? tr("Pixels per inch of the PNG; text keeps its size in points")
                            : tr("SVG and PDF are vector figures: they have no resolution"));
    m_summary->setObjectName(QStringLiteral("summary"));

    auto *size = new QHBoxLayout;
    size->addWidget(m_width, 1);
    size->addWidget(new QLabel(QStringLiteral("×"), this));
    size->addWidget(m_height, 1);
    size->addWidget(m_unit);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Preset:"), m_preset);
    form->addRow(tr("Size:"), size);
    form->addRow(tr("Font size:"), m_font);
    form->addRow(tr("Resolution:"), m_dpi);
    form->addRow(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_preset, &QComboBox::activated, this, &FigureExportDialog::applyPreset);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &FigureExportDialog::changeUnit);
    for (QDoubleSpinBox *box : {m_width, m_height, m_font})
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
            m_preset->setCurrentIndex(m_preset->count() - 1); // edited by hand: custom
            updateSummary();
        });
    connect(m_dpi, &QSpinBox::valueChanged, this, &FigureExportDialog::updateSummary);
    setSpec(rememberedSpec());
}

double FigureExportDialog::unitPerInch() const
{
    return m_unit->currentData().toDouble();
}

FigureSpec FigureExportDialog::spec() const
{
    FigureSpec spec;
    spec.widthInches = m_width->value() / m_shownUnitPerInch;
    spec.heightInches = m_height->value() / m_shownUnitPerInch;
    spec.fontPoints = m_font->value();
    spec.dpi = m_dpi->value();
    return spec;
}

void FigureExportDialog::setSpec(const FigureSpec &spec)
{
    {
        const QSignalBlocker blockWidth(m_width), blockHeight(m_height), blockFont(m_font);
        m_width->setValue(spec.widthInches * m_shownUnitPerInch);
        m_height->setValue(spec.heightInches * m_shownUnitPerInch);
        m_font->setValue(spec.fontPoints);
        m_dpi->setValue(spec.dpi);
    }
    int preset = m_preset->count() - 1;
    for (int i = 0; i + 1 < m_preset->count(); ++i) {
        const FigureSpec candidate = FigureSpec::preset(m_preset->itemData(i).toString());
        if (qAbs(candidate.widthInches - spec.widthInches) < 1e-3 && qAbs(candidate.heightInches - spec.heightInches) < 1e-3
            && qAbs(candidate.fontPoints - spec.fontPoints) < 1e-6)
            preset = i;
    }
    m_preset->setCurrentIndex(preset);
    updateSummary();
}

void FigureExportDialog::applyPreset(int index)
{
    const QString id = m_preset->itemData(index).toString();
    if (id.isEmpty())
        return;
    FigureSpec spec = FigureSpec::preset(id);
    if (!m_png)
        spec.dpi = m_dpi->value();
    setSpec(spec);
}

void FigureExportDialog::changeUnit()
{
    const FigureSpec current = spec();
    m_shownUnitPerInch = unitPerInch();
    const int preset = m_preset->currentIndex();
    for (QDoubleSpinBox *box : {m_width, m_height}) {
        box->setRange(0.5 * m_shownUnitPerInch, 100.0 * m_shownUnitPerInch);
        box->setDecimals(m_shownUnitPerInch > 1.0 ? 1 : 3);
        box->setSingleStep(m_shownUnitPerInch > 1.0 ? 1.0 : 0.1);
    }
    setSpec(current);
    m_preset->setCurrentIndex(preset);
}

void FigureExportDialog::updateSummary()
{
    const FigureSpec figure = spec();
    const QString problem = figure.validate();
    if (!problem.isEmpty()) {
        m_summary->setText(problem);
        return;
    }
    const QString physical = tr("%1 × %2 mm").arg(figure.widthInches * 25.4, 0, 'f', 0).arg(figure.heightInches * 25.4, 0, 'f', 0);
    m_summary->setText(m_png ? tr("%1, %2 × %3 px").arg(physical).arg(figure.pixelSize().width()).arg(figure.pixelSize().height())
                             : physical);
}

FigureSpec FigureExportDialog::rememberedSpec()
{
    QSettings settings;
    FigureSpec spec;
    spec.widthInches = settings.value(QStringLiteral("figure/widthInches"), spec.widthInches).toDouble();
    spec.heightInches = settings.value(QStringLiteral("figure/heightInches"), spec.heightInches).toDouble();
    spec.fontPoints = settings.value(QStringLiteral("figure/fontPoints"), spec.fontPoints).toDouble();
    spec.dpi = settings.value(QStringLiteral("figure/dpi"), spec.dpi).toInt();
    return spec.validate().isEmpty() ? spec : FigureSpec();
}

void FigureExportDialog::rememberSpec(const FigureSpec &spec)
{
    QSettings settings;
    settings.setValue(QStringLiteral("figure/widthInches"), spec.widthInches);
    settings.setValue(QStringLiteral("figure/heightInches"), spec.heightInches);
    settings.setValue(QStringLiteral("figure/fontPoints"), spec.fontPoints);
    settings.setValue(QStringLiteral("figure/dpi"), spec.dpi);
}

} // namespace ui

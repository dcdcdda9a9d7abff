#include "forms/parameterform.h"

#include "i18n/coretext.h"

#include "forms/scientificspinbox.h"
#include "forms/sliderfield.h"

#include "document/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>

#include <algorithm>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QScopedValueRollback>
#include <QSlider>
#include <QSpinBox>

#include <cmath>
#include <limits>

namespace ui {

namespace {

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}


} // namespace

QString parameterToolTip(const core::ParameterSpec &spec)
{
    QString text = QStringLiteral("<p>%1</p>").arg(coreText(spec.help).toHtmlEscaped());
    text += QObject::tr("<p>Default: %1").arg(fromStd(core::parameterValueToString(spec.defaultValue)));
    if (spec.isBounded())
        text += QObject::tr("; range %1 … %2").arg(spec.minimum).arg(spec.maximum);
    if (!spec.unit.empty())
        text += QObject::tr("; unit: %1").arg(coreText(spec.unit));
    return text + QStringLiteral("</p>");
}

ParameterForm::ParameterForm(const core::AnalysisDescriptor &descriptor, const Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_descriptor(descriptor)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("parameterForm"));
    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_layout = layout;
    for (const core::InputSlot &slot : descriptor.inputs)
        addInputRow(slot, 1);
    refreshSources();

    for (const core::ParameterSpec &spec : descriptor.parameters) {
        QWidget *editor = nullptr;
        QWidget *row = nullptr; // what the form row holds: the editor, or a slider with the editor
        switch (spec.type) {
        case core::ParameterType::Bool:
            editor = new QCheckBox(this);
            break;
        case core::ParameterType::Int: {
            auto *box = new QSpinBox(this);
            box->setRange(spec.isBounded() ? int(spec.minimum) : std::numeric_limits<int>::min(),
                          spec.isBounded() ? int(spec.maximum) : std::numeric_limits<int>::max());
            box->setSingleStep(qMax(1, int(spec.step)));
            if (!spec.unit.empty())
                box->setSuffix(QLatin1Char(' ') + coreText(spec.unit));
            editor = box;
            break;
        }
        case core::ParameterType::Double: {
            const double low = spec.isBounded() ? spec.minimum : -1e300, high = spec.isBounded() ? spec.maximum : 1e300;
            SliderField *live = spec.live && spec.isBounded() ? new SliderField(low, high, spec.sliderMaximum, this) : nullptr;
            ScientificSpinBox *box = live ? live->spinBox() : new ScientificSpinBox(this);
            box->setRange(low, high);
            box->setSingleStep(spec.step);
            if (!spec.unit.empty())
                box->setSuffix(QLatin1Char(' ') + coreText(spec.unit));
            editor = box;
            if (live) {
                live->slider()->setObjectName(QStringLiteral("slider_") + fromStd(spec.id));
                live->slider()->setToolTip(parameterToolTip(spec) + tr("<p>Moving the slider runs the analysis again.</p>"));
                connect(live, &SliderField::valueChanged, this, [this] {
                    if (!m_settingValues) // filled by an example or a workspace: not the user moving it
                        Q_EMIT liveEdited();
                });
                row = live;
            }
            break;
        }
        case core::ParameterType::Choice: {
            auto *box = new QComboBox(this);
            for (const std::string &choice : spec.choices)
                box->addItem(coreText(choice), fromStd(choice)); // shown translated, stored as the id
            editor = box;
            break;
        }
        case core::ParameterType::String:
            editor = new QLineEdit(this);
            break;
        }
        editor->setObjectName(QStringLiteral("param_") + fromStd(spec.id));
        editor->setToolTip(parameterToolTip(spec));
        auto *label = new QLabel(coreText(spec.name) + QLatin1Char(':'), this);
        label->setToolTip(parameterToolTip(spec));
        layout->addRow(label, row ? row : editor);
        m_editors[spec.id] = editor;
        m_rows[spec.id] = row ? row : editor;
    }
    // Rows that apply only for some value of a choice (the KDE's noise variance with estimator = kde)
    // are hidden otherwise, so the form never offers a parameter that does nothing.
    for (const core::ParameterSpec &spec : descriptor.parameters) {
        const auto controller = m_editors.find(spec.appliesWhen);
        auto *combo = controller != m_editors.end() ? qobject_cast<QComboBox *>(controller->second) : nullptr;
        if (!combo)
            continue;
        QWidget *row = m_rows.at(spec.id);
        const auto update = [layout, row, combo, values = spec.appliesWhenValues] {
            const std::string chosen = combo->currentData().toString().toStdString();
            layout->setRowVisible(row, std::find(values.begin(), values.end(), chosen) != values.end());
        };
        connect(combo, &QComboBox::currentIndexChanged, row, update);
        update();
    }
    resetToDefaults();
}

void ParameterForm::addInputRow(const core::InputSlot &slot, int n)
{
    const std::string id = core::repeatSlotId(slot.id, n);
    auto *chooser = new QComboBox(this);
    chooser->setObjectName(QStringLiteral("input_") + fromStd(id));
    chooser->setToolTip(coreText(slot.help));
    chooser->setMinimumContentsLength(16);
    chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    const QString name = n == 1 ? coreText(slot.name) : QStringLiteral("%1 %2").arg(coreText(slot.name)).arg(n);
    auto *label = new QLabel(name + QLatin1Char(':'), this);
    label->setToolTip(coreText(slot.help));
    int row = m_layout->rowCount();
    if (n > 1) { // below the slot's previous row
        QFormLayout::ItemRole role;
        m_layout->getWidgetPosition(m_inputs.at(core::repeatSlotId(slot.id, n - 1)).chooser, &row, &role);
        ++row;
    }
    m_layout->insertRow(row, label, chooser);
    m_inputs[id] = InputRow{&slot, n, chooser};
    fillSources(m_inputs.at(id));
    if (slot.repeatable) // choosing a source in the last row offers another (several models' predictions)
        connect(chooser, &QComboBox::currentIndexChanged, this, [this, &slot] { growRepeats(slot); });
}

void ParameterForm::growRepeats(const core::InputSlot &slot)
{
    int last = 1;
    while (m_inputs.count(core::repeatSlotId(slot.id, last + 1)))
        ++last;
    const QComboBox *chooser = m_inputs.at(core::repeatSlotId(slot.id, last)).chooser;
    int sources = 0;
    for (const Source &source : m_workspace.sources())
        sources += core::dataKindAccepts(slot.kind, source.data.kind) ? 1 : 0;
    if (chooser->currentData().toInt() != 0 && last < sources)
        addInputRow(slot, last + 1);
}

void ParameterForm::fillSources(const InputRow &row)
{
    QComboBox *chooser = row.chooser;
    // The choice to keep; none while the list held no source yet (the first file opened is taken).
    const bool hadSources = chooser->count() > 1 || (chooser->count() == 1 && chooser->findData(0) < 0);
    const QVariant current = hadSources ? chooser->currentData() : QVariant();
    const QSignalBlocker blocker(chooser);
    chooser->clear();
    // Optional inputs can be left out; the first of a repeatable slot (the models' predictions) is
    // the one the user came for, so it starts on a source as required inputs do.
    const bool none = row.slot->optional || row.n > 1;
    if (none)
        chooser->addItem(tr("(none)"), 0);
    for (const Source &source : m_workspace.sources()) {
        if (core::dataKindAccepts(row.slot->kind, source.data.kind))
            chooser->addItem(source.name, source.id);
    }
    if (chooser->count() == 0)
        chooser->addItem(tr("(open a file first)"), 0);
    int index = current.isValid() ? chooser->findData(current) : -1;
    if (index < 0)
        index = none && row.slot->repeatable && row.n == 1 && chooser->count() > 1 ? 1 : 0;
    chooser->setCurrentIndex(index);
}

void ParameterForm::refreshSources()
{
    for (const auto &[id, row] : m_inputs)
        fillSources(row);
    for (const core::InputSlot &slot : m_descriptor.inputs)
        if (slot.repeatable)
            growRepeats(slot);
}

void ParameterForm::resetToDefaults()
{
    setValues(core::ParameterValues::defaults(m_descriptor.parameters));
}

void ParameterForm::setValues(const core::ParameterValues &values)
{
    const QScopedValueRollback<bool> quiet(m_settingValues, true);
    for (const core::ParameterSpec &spec : m_descriptor.parameters) {
        const auto it = values.values().find(spec.id);
        if (it == values.values().end())
            continue;
        QWidget *editor = m_editors.at(spec.id);
        const core::ParameterValue &value = it->second;
        if (auto *check = qobject_cast<QCheckBox *>(editor))
            check->setChecked(std::get<bool>(value));
        else if (auto *spin = qobject_cast<QSpinBox *>(editor))
            spin->setValue(int(std::get<std::int64_t>(value)));
        else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(editor))
            dspin->setValue(std::holds_alternative<double>(value) ? std::get<double>(value)
                                                                  : double(std::get<std::int64_t>(value)));
        else if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(combo->findData(fromStd(std::get<std::string>(value))));
        else if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setText(fromStd(std::get<std::string>(value)));
    }
}

core::ParameterValues ParameterForm::values() const
{
    core::ParameterValues values = core::ParameterValues::defaults(m_descriptor.parameters);
    for (const core::ParameterSpec &spec : m_descriptor.parameters) {
        QWidget *editor = m_editors.at(spec.id);
        core::ParameterValue value;
        if (auto *check = qobject_cast<QCheckBox *>(editor))
            value = check->isChecked();
        else if (auto *spin = qobject_cast<QSpinBox *>(editor))
            value = std::int64_t(spin->value());
        else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(editor))
            value = dspin->value();
        else if (auto *combo = qobject_cast<QComboBox *>(editor))
            value = combo->currentData().toString().toStdString();
        else if (auto *line = qobject_cast<QLineEdit *>(editor))
            value = line->text().toStdString();
        values.set(m_descriptor.parameters, spec.id, value);
    }
    return values;
}

std::map<std::string, int> ParameterForm::inputBindings() const
{
    std::map<std::string, int> bindings;
    for (const auto &[id, row] : m_inputs)
        bindings[id] = row.chooser->currentData().toInt();
    return bindings;
}

void ParameterForm::setInput(const std::string &id, int sourceId)
{
    const auto slot = std::find_if(m_descriptor.inputs.begin(), m_descriptor.inputs.end(),
                                   [&](const core::InputSlot &s) { return s.id == core::slotBaseId(id); });
    if (slot == m_descriptor.inputs.end() || (id != slot->id && !slot->repeatable))
        return;
    for (int n = 2; !m_inputs.count(id); ++n) // a saved run with three models: rows for all of them
        if (!m_inputs.count(core::repeatSlotId(slot->id, n)))
            addInputRow(*slot, n);
    QComboBox *chooser = m_inputs.at(id).chooser;
    const int index = chooser->findData(sourceId);
    if (index >= 0)
        chooser->setCurrentIndex(index);
}

} // namespace ui

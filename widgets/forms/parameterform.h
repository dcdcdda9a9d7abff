#pragma once

#include "registry/analysisdescriptor.h"

#include <QWidget>

#include <map>
#include <string>

class QComboBox;
class QFormLayout;

namespace ui {

class Workspace;

/// The form for one analysis, generated from its descriptor: a source chooser per input slot and
/// one editor per parameter (check box, spin box, combo box or line edit), each with its help,
/// unit, default and range as tooltip. Edits are validated by the editors' ranges. A live parameter
/// (ParameterSpec::live) gets a slider beside its spin box, and its edits emit liveEdited().
class ParameterForm : public QWidget
{
    Q_OBJECT

public:
    ParameterForm(const core::AnalysisDescriptor &descriptor, const Workspace &workspace, QWidget *parent = nullptr);

    const core::AnalysisDescriptor &descriptor() const { return m_descriptor; }
    /// Current values, validated against the descriptor (throws core::AnalysisError if invalid).
    core::ParameterValues values() const;
    void setValues(const core::ParameterValues &values);
    /// Slot -> chosen source id (0 for none). A repeatable slot adds its rows as `id.2`, `id.3`, …
    std::map<std::string, int> inputBindings() const;
    /// `id` may be a repeat ("predictions.3"): the rows up to it are added.
    void setInput(const std::string &id, int sourceId);
    void resetToDefaults();
    /// Re-fills the source choosers after the workspace changed, keeping current choices.
    void refreshSources();

Q_SIGNALS:
    /// A live parameter's slider or spin box changed (the window re-runs the analysis as a preview).
    void liveEdited();

private:
    struct InputRow
    {
        const core::InputSlot *slot;
        int n; ///< 1 for the slot itself, 2, 3, … for the repeats of a repeatable slot
        QComboBox *chooser;
    };
    void addInputRow(const core::InputSlot &slot, int n);
    /// Adds an empty row below a repeatable slot's last one once that has a source (while there are
    /// sources left to choose).
    void growRepeats(const core::InputSlot &slot);
    void fillSources(const InputRow &row);

    const core::AnalysisDescriptor &m_descriptor;
    const Workspace &m_workspace;
    QFormLayout *m_layout = nullptr;
    std::map<std::string, InputRow> m_inputs;
    std::map<std::string, QWidget *> m_editors;
    std::map<std::string, QWidget *> m_rows; ///< the widget of each parameter's row (editor or slider field)
    bool m_settingValues = false;            ///< setValues/resetToDefaults at work: no liveEdited
};

/// Tooltip text for a parameter: help, unit, default and range.
QString parameterToolTip(const core::ParameterSpec &spec);

} // namespace ui

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
/// unit, default and range as tooltip. Edits are validated by the editors' ranges.
class ParameterForm : public QWidget
{
    Q_OBJECT

public:
    ParameterForm(const core::AnalysisDescriptor &descriptor, const Workspace &workspace, QWidget *parent = nullptr);

    const core::AnalysisDescriptor &descriptor() const { return m_descriptor; }
    /// Current values, validated against the descriptor (throws core::AnalysisError if invalid).
    core::ParameterValues values() const;
    void setValues(const core::ParameterValues &values);
    /// Slot -> chosen source id (0 if none available).
    std::map<std::string, int> inputBindings() const;
    void setInput(const std::string &slot, int sourceId);
    void resetToDefaults();
    /// Re-fills the source choosers after the workspace changed, keeping current choices.
    void refreshSources();

private:
    const core::AnalysisDescriptor &m_descriptor;
    const Workspace &m_workspace;
    std::map<std::string, QComboBox *> m_inputs;
    std::map<std::string, QWidget *> m_editors;
};

/// Tooltip text for a parameter: help, unit, default and range.
QString parameterToolTip(const core::ParameterSpec &spec);

} // namespace ui

#pragma once

#include "registry/analysisinputs.h"
#include "registry/parametervalues.h"
#include "results/result.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace core {
struct AnalysisDescriptor;
class CancelToken;
class Progress;
class Registry;
} // namespace core

namespace cli {

/// A step that failed: an ExitCode and a one-line message (empty code: success).
struct Failure
{
    int code = 0;
    std::string message;
    explicit operator bool() const { return code != 0; }
};

/// An analysis with its parameters (--param KEY=VALUE) and inputs (--input SLOT=PATH[::ARRAY]), as
/// `run` takes them once and `batch` once per item.
class AnalysisRequest
{
public:
    /// Looks up `id` and sets the parameters from their texts (defaults for the rest).
    static Failure prepare(const core::Registry &registry, const std::string &id,
                           const std::vector<std::string> &parameterTexts, AnalysisRequest *request);

    const core::AnalysisDescriptor &analysis() const { return *m_analysis; }
    const core::ParameterValues &parameters() const { return m_parameters; }

    /// Reads PATH[::ARRAY] and binds it to `slot` (one of the analysis' slots).
    Failure bindPath(const core::Registry &registry, const std::string &slot, const std::string &path);
    /// Binds data already read.
    Failure bindData(const std::string &slot, core::DataObject data);
    void unbind(const std::string &slot);
    bool isBound(const std::string &slot) const { return m_inputs.has(slot); }
    /// The first required slot not bound yet, or "".
    std::string firstUnboundSlot() const;
    /// Every required slot bound?
    Failure checkComplete() const;

    /// Runs; failures become exit codes (unreadable input 3, analysis failed 4, interrupted 130).
    Failure run(const core::Registry &registry, core::Progress &progress, const core::CancelToken &cancel,
                core::Result *result) const;

private:
    Failure checkSlot(const std::string &slot) const;
    std::string nextFreeId(const std::string &slot) const;

    const core::AnalysisDescriptor *m_analysis = nullptr;
    core::ParameterValues m_parameters;
    core::AnalysisInputs m_inputs;
};

/// Writes `text` through a temporary file renamed into place (never half-written); OutputFailed otherwise.
Failure writeTextFile(const std::string &path, const std::string &text);
/// JSON as the CLI writes it: one space of indent (-1: one line), text that is not UTF-8 replaced.
std::string jsonText(const nlohmann::json &json, int indent = 1);
/// Writes a result as JSON through a temporary file renamed into place (never half-written).
Failure writeResultFile(const core::Result &result, const std::string &path);

} // namespace cli

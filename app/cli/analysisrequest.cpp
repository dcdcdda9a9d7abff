#include "analysisrequest.h"

#include "arguments.h"
#include "data/memorylimit.h"
#include "errors/analysiserror.h"
#include "errors/formaterror.h"
#include "exitcodes.h"
#include "io/atomicfile.h"
#include "registry/arrayselection.h"
#include "registry/registry.h"
#include "results/resultjson.h"
#include "task/cancellederror.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace cli {

Failure AnalysisRequest::prepare(const core::Registry &registry, const std::string &id,
                                 const std::vector<std::string> &parameterTexts, AnalysisRequest *request)
{
    request->m_analysis = registry.analysis(id);
    if (!request->m_analysis)
        return {BadArguments, "unknown analysis '" + id + "' (see 'infoscope-cli list')"};
    request->m_parameters = core::ParameterValues::defaults(request->m_analysis->parameters);
    for (const std::string &text : parameterTexts) {
        std::string key, value;
        if (!splitPair(text, &key, &value))
            return {BadArguments, "--param expects KEY=VALUE, got '" + text + "'"};
        try {
            request->m_parameters.setFromString(request->m_analysis->parameters, key, value);
        } catch (const core::AnalysisError &e) {
            return {BadArguments, e.what()};
        }
    }
    return {};
}

Failure AnalysisRequest::bindPath(const core::Registry &registry, const std::string &slot, const std::string &path)
{
    if (Failure unknown = checkSlot(slot))
        return unknown;
    try {
        m_inputs.bind(nextFreeId(slot), core::readSelection(registry, path));
    } catch (const core::FormatError &e) {
        return {UnreadableInput, e.what()};
    }
    return {};
}

Failure AnalysisRequest::bindData(const std::string &slot, core::DataObject data)
{
    if (Failure unknown = checkSlot(slot))
        return unknown;
    m_inputs.bind(nextFreeId(slot), std::move(data));
    return {};
}

std::string AnalysisRequest::nextFreeId(const std::string &slot) const
{
    // `--input predictions=A --input predictions=B` binds predictions and predictions.2.
    const auto &slots = m_analysis->inputs;
    const auto it = std::find_if(slots.begin(), slots.end(), [&slot](const core::InputSlot &s) { return s.id == slot; });
    if (it == slots.end() || !it->repeatable)
        return slot;
    return core::repeatSlotId(slot, int(m_inputs.repeats(slot).size()) + 1);
}

Failure AnalysisRequest::checkSlot(const std::string &slot) const
{
    const auto &slots = m_analysis->inputs;
    const std::string base = core::slotBaseId(slot); // an example binds a repeat as "set.2"
    if (std::none_of(slots.begin(), slots.end(), [&base](const core::InputSlot &s) { return s.id == base; }))
        return {BadArguments, "analysis '" + m_analysis->id + "' has no input slot '" + slot + "'"};
    return {};
}

void AnalysisRequest::unbind(const std::string &slot)
{
    core::AnalysisInputs kept;
    for (const auto &[id, data] : m_inputs.all())
        if (id != slot)
            kept.bind(id, data);
    m_inputs = std::move(kept);
}

std::string AnalysisRequest::firstUnboundSlot() const
{
    for (const core::InputSlot &slot : m_analysis->inputs)
        if (!slot.optional && !m_inputs.has(slot.id))
            return slot.id;
    return {};
}

Failure AnalysisRequest::checkComplete() const
{
    for (const core::InputSlot &slot : m_analysis->inputs)
        if (!slot.optional && !m_inputs.has(slot.id))
            return {BadArguments, "missing --input " + slot.id + "=PATH (" + slot.help + ")"};
    return {};
}

Failure AnalysisRequest::run(const core::Registry &registry, core::Progress &progress, const core::CancelToken &cancel,
                             core::Result *result) const
{
    const std::string &id = m_analysis->id;
    try {
        *result = registry.run(id, m_inputs, m_parameters, progress, cancel);
    } catch (const core::CancelledError &) {
        return {Interrupted, id + ": interrupted"};
    } catch (const core::FormatError &e) {
        return {UnreadableInput, e.what()};
    } catch (const core::MemoryLimitError &e) {
        return {UnreadableInput, id + ": " + e.what()};
    } catch (const std::bad_alloc &) {
        return {AnalysisFailed, id + ": out of memory"};
    } catch (const std::exception &e) {
        if (cancel.isCancelled()) // an analysis that noticed the cancel in its own way
            return {Interrupted, id + ": interrupted"};
        return {AnalysisFailed, id + ": " + e.what()};
    }
    return {};
}

Failure writeTextFile(const std::string &path, const std::string &text)
{
    try {
        core::AtomicFile file(path);
        file.stream() << text;
        file.commit();
    } catch (const std::exception &e) {
        return {OutputFailed, e.what()};
    }
    return {};
}

std::string jsonText(const nlohmann::json &json, int indent)
{
    return json.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace) + (indent >= 0 ? "\n" : "");
}

Failure writeResultFile(const core::Result &result, const std::string &path)
{
    return writeTextFile(path, jsonText(core::resultToJson(result)));
}

} // namespace cli

#include "registry/registry.h"

#include "errors/analysiserror.h"
#include "errors/formaterror.h"
#include "io/fileaccess.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <sys/stat.h>

namespace core {

void Registry::addAnalysis(AnalysisDescriptor descriptor)
{
    if (analysis(descriptor.id))
        throw std::logic_error("duplicate analysis id " + descriptor.id);
    m_analyses.push_back(std::move(descriptor));
}

void Registry::addReader(ReaderDescriptor descriptor)
{
    const bool duplicate = std::any_of(m_readers.begin(), m_readers.end(),
                                       [&](const ReaderDescriptor &r) { return r.id == descriptor.id; });
    if (duplicate)
        throw std::logic_error("duplicate reader id " + descriptor.id);
    m_readers.push_back(std::move(descriptor));
}

const AnalysisDescriptor *Registry::analysis(const std::string &id) const
{
    const auto it = std::find_if(m_analyses.begin(), m_analyses.end(),
                                 [&](const AnalysisDescriptor &a) { return a.id == id; });
    return it == m_analyses.end() ? nullptr : &*it;
}

const ReaderDescriptor &Registry::readerFor(const std::string &path) const
{
    requireFileOrFolder(path, "registry"); // before any open(): a FIFO would block it forever
    struct stat info{};
    if (::stat(path.c_str(), &info) != 0)
        throw FormatError(path, "registry", std::string("cannot open: ") + std::strerror(errno));
    const bool folder = S_ISDIR(info.st_mode);
    std::string firstBytes;
    if (!folder) {
        std::ifstream file(path, std::ios::binary);
        if (!file)
            throw FormatError(path, "registry", "cannot open for reading (permissions?)");
        if (info.st_size == 0)
            throw FormatError(path, "registry", "file is empty (0 bytes)");
        firstBytes.assign(512, '\0');
        file.read(firstBytes.data(), static_cast<std::streamsize>(firstBytes.size()));
        firstBytes.resize(static_cast<std::size_t>(file.gcount()));
    }

    const ReaderDescriptor *best = nullptr;
    int bestConfidence = 0;
    for (const ReaderDescriptor &reader : m_readers) {
        if (reader.readsFolders != folder)
            continue;
        const int confidence = reader.confidence(path, firstBytes);
        if (confidence > bestConfidence) {
            best = &reader;
            bestConfidence = confidence;
        }
    }
    if (!best && folder)
        throw FormatError(path, "registry", "is a folder without manifest.json (an activation dump) or images/ and "
                                            "masks/ subfolders (a segmentation set)");
    if (!best)
        throw FormatError(path, "registry", "no reader recognises this file (unknown format)");
    return *best;
}

DataObject Registry::read(const std::string &path) const
{
    const ReaderDescriptor &reader = readerFor(path);
    DataObject data;
    try {
        data = reader.read(path);
    } catch (const FormatError &) {
        throw;
    } catch (const std::bad_alloc &) {
        throw FormatError(path, reader.id, "not enough memory to read this file");
    } catch (const std::exception &error) {
        // Readers promise FormatError only; anything else is wrapped rather than allowed to escape.
        throw FormatError(path, reader.id, error.what());
    }
    data.source = path;
    data.readerId = reader.id;
    return data;
}

Result Registry::run(const std::string &analysisId, const AnalysisInputs &inputs,
                     const ParameterValues &parameters, Progress &progress, const CancelToken &cancel) const
{
    const AnalysisDescriptor *descriptor = analysis(analysisId);
    if (!descriptor)
        throw AnalysisError("unknown analysis '" + analysisId + "'");
    for (const InputSlot &slot : descriptor->inputs) {
        if (!inputs.has(slot.id)) {
            if (slot.optional)
                continue;
            throw AnalysisError("input '" + slot.id + "' (" + dataKindName(slot.kind) + ") is required");
        }
        for (const std::string &id : slot.repeatable ? inputs.repeats(slot.id) : std::vector<std::string>{slot.id}) {
            const DataObject &data = inputs.at(id);
            if (!dataKindAccepts(slot.kind, data.kind)) {
                const bool collection = slot.kind == DataKind::Tensor && dataKindAccepts(DataKind::Arrays, data.kind);
                throw AnalysisError("input '" + id + "' expects " + dataKindName(slot.kind) + " but " + data.source + " is "
                                    + dataKindName(data.kind)
                                    + (collection ? "; choose one of its arrays (in the browser: 'Use as an analysis input' "
                                                    "on the array; in the CLI: --input " + slot.id + "=FILE::ARRAY)"
                                                  : std::string()));
            }
        }
    }
    for (const auto &[id, data] : inputs.all()) {
        // A repeat past a gap, or a second source for a slot that takes one, would be silently ignored.
        const std::string base = slotBaseId(id); // C++17 lambdas cannot capture a structured binding (clang)
        const auto slot = std::find_if(descriptor->inputs.begin(), descriptor->inputs.end(),
                                       [&](const InputSlot &s) { return s.id == base; });
        if (slot == descriptor->inputs.end())
            throw AnalysisError("analysis '" + analysisId + "' has no input slot '" + id + "'");
        const std::vector<std::string> repeats = inputs.repeats(slot->id);
        if (id != slot->id && (!slot->repeatable || std::find(repeats.begin(), repeats.end(), id) == repeats.end()))
            throw AnalysisError("input '" + id + "': " + (slot->repeatable ? "the numbers of '" + slot->id + "' must run "
                                                                             "2, 3, … without a gap"
                                                                           : "'" + slot->id + "' takes one source"));
    }
    // Start from defaults so a caller that sets nothing still runs; re-validate every value.
    ParameterValues checked = ParameterValues::defaults(descriptor->parameters);
    for (const auto &[id, value] : parameters.values())
        checked.set(descriptor->parameters, id, value);

    cancel.throwIfCancelled();
    Result result = descriptor->run(inputs, checked, progress, cancel);
    result.analysisId = descriptor->id;
    result.parameters = checked;
    for (const auto &[slot, data] : inputs.all())
        result.inputs[slot] = data.source;
    return result;
}

} // namespace core

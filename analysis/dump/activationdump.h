#pragma once

#include "data/arraycollection.h"
#include "dump/dumpmanifest.h"

#include <map>
#include <memory>
#include <optional>

namespace core {

/// A training run's activations, layers x steps (docs/dump-format.md), over any ArrayCollection.
/// Construction reads only names, shapes and the manifest: arrays load when asked for.
/// Validates that the manifest and the arrays agree and that every activation, the inputs and the
/// labels have the same number of samples N; throws FormatError otherwise.
class ActivationDump
{
public:
    explicit ActivationDump(std::shared_ptr<const ArrayCollection> arrays);

    /// True if `arrays` carries a manifest or at least one activations/<layer>/<step> array.
    static bool looksLikeDump(const ArrayCollection &arrays);

    const ArrayCollection &arrays() const { return *m_arrays; }
    const DumpManifest &manifest() const { return m_manifest; }
    const std::vector<std::string> &layers() const { return m_layers; }
    const std::vector<std::int64_t> &steps() const { return m_steps; }
    std::int64_t sampleCount() const { return m_samples; }
    bool hasLabels() const { return m_arrays->find("labels") != nullptr; }
    bool hasInputs() const { return m_arrays->find("inputs") != nullptr; }

    /// Array info of one layer at one step; nullptr if that pair was not recorded.
    const ArrayInfo *activationInfo(const std::string &layer, std::int64_t step) const;
    /// Throws std::out_of_range if not recorded, FormatError if unreadable.
    Tensor activation(const std::string &layer, std::int64_t step) const;
    Tensor labels() const; ///< throws std::out_of_range if absent
    Tensor inputs() const; ///< throws std::out_of_range if absent

private:
    std::shared_ptr<const ArrayCollection> m_arrays;
    DumpManifest m_manifest;
    std::vector<std::string> m_layers;
    std::vector<std::int64_t> m_steps;
    /// (layer, step) → its array in m_arrays (immutable, so the pointers stay valid)
    std::map<std::pair<std::string, std::int64_t>, const ArrayInfo *> m_names;
    std::int64_t m_samples = -1;
};

} // namespace core

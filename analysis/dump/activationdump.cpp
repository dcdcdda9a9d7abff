#include "dump/activationdump.h"

#include "errors/formaterror.h"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace core {

namespace {

/// Splits "activations/<layer>/<step>"; false for other names.
bool parseActivationName(const std::string &name, std::string *layer, std::int64_t *step)
{
    static const std::string prefix = "activations/";
    if (name.compare(0, prefix.size(), prefix) != 0)
        return false;
    const std::size_t slash = name.find('/', prefix.size());
    if (slash == std::string::npos || slash == prefix.size() || slash + 1 == name.size())
        return false;
    *layer = name.substr(prefix.size(), slash - prefix.size());
    const std::string digits = name.substr(slash + 1);
    if (digits.size() > 18 || digits.find_first_not_of("0123456789") != std::string::npos)
        return false;
    if (layer->find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-") != std::string::npos
        || layer->find_first_not_of('.') == std::string::npos) // "." and ".." would walk out of a dump folder
        return false;
    *step = std::stoll(digits);
    return true;
}

} // namespace

bool ActivationDump::looksLikeDump(const ArrayCollection &arrays)
{
    if (arrays.attributes().count("manifest"))
        return true;
    std::string layer;
    std::int64_t step;
    return std::any_of(arrays.arrays().begin(), arrays.arrays().end(),
                       [&](const ArrayInfo &info) { return parseActivationName(info.name, &layer, &step); });
}

ActivationDump::ActivationDump(std::shared_ptr<const ArrayCollection> arrays)
    : m_arrays(std::move(arrays))
{
    const std::string &path = m_arrays->path();
    auto fail = [&](const std::string &problem) { throw FormatError(path, "dump", problem); };
    const auto manifest = m_arrays->attributes().find("manifest");
    if (manifest != m_arrays->attributes().end())
        m_manifest = parseDumpManifest(path, manifest->second);

    std::set<std::string> layerSet;
    std::set<std::int64_t> stepSet;
    for (const ArrayInfo &info : m_arrays->arrays()) {
        std::string layer;
        std::int64_t step;
        if (!parseActivationName(info.name, &layer, &step))
            continue;
        if (!m_names.emplace(std::make_pair(layer, step), &info).second)
            fail("layer '" + layer + "' has step " + std::to_string(step) + " twice (e.g. '3' and '003')");
        layerSet.insert(layer);
        stepSet.insert(step);
        if (info.shape.empty())
            fail("'" + info.name + "' is a scalar; activations need a sample axis");
        if (m_samples < 0)
            m_samples = info.shape[0];
        else if (info.shape[0] != m_samples)
            fail("'" + info.name + "' has " + std::to_string(info.shape[0]) + " samples, other activations have "
                 + std::to_string(m_samples));
    }
    if (m_names.empty())
        fail("no activations/<layer>/<step> arrays");

    m_layers = m_manifest.layers.empty() ? std::vector<std::string>(layerSet.begin(), layerSet.end()) : m_manifest.layers;
    m_steps = m_manifest.steps.empty() ? std::vector<std::int64_t>(stepSet.begin(), stepSet.end()) : m_manifest.steps;
    for (const std::string &layer : m_layers)
        if (!layerSet.count(layer))
            fail("the manifest lists layer '" + layer + "' but the dump has no activations for it");
    for (const std::string &layer : layerSet)
        if (std::find(m_layers.begin(), m_layers.end(), layer) == m_layers.end())
            fail("layer '" + layer + "' has activations but is missing from the manifest's 'layers'");
    for (std::int64_t step : m_steps)
        if (!stepSet.count(step))
            fail("the manifest lists step " + std::to_string(step) + " but no layer was recorded at it");

    for (const char *name : {"labels", "inputs"}) {
        const ArrayInfo *info = m_arrays->find(name);
        if (info && (info->shape.empty() || info->shape[0] != m_samples))
            fail(std::string("'") + name + "' has " + (info->shape.empty() ? std::string("no sample axis") : std::to_string(info->shape[0]) + " samples")
                 + " but the activations have " + std::to_string(m_samples));
    }
    if (const ArrayInfo *labels = m_arrays->find("labels"); labels && isFloating(labels->dtype))
        fail("'labels' must be integers, not " + dtypeName(labels->dtype));
}

const ArrayInfo *ActivationDump::activationInfo(const std::string &layer, std::int64_t step) const
{
    const auto it = m_names.find({layer, step});
    return it == m_names.end() ? nullptr : it->second;
}

Tensor ActivationDump::activation(const std::string &layer, std::int64_t step) const
{
    const auto it = m_names.find({layer, step});
    if (it == m_names.end())
        throw std::out_of_range("layer '" + layer + "' was not recorded at step " + std::to_string(step));
    return m_arrays->load(it->second->name);
}

Tensor ActivationDump::labels() const
{
    return m_arrays->load("labels");
}

Tensor ActivationDump::inputs() const
{
    return m_arrays->load("inputs");
}

} // namespace core

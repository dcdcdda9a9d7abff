#include "registry/arrayselection.h"

#include "data/arraycollection.h"
#include "errors/formaterror.h"
#include "registry/registry.h"

#include <filesystem>

namespace core {

DataObject selectArray(const DataObject &data, const std::string &name)
{
    if (!data.arrays)
        throw FormatError(data.source, "selection", "'::" + name + "' selects an array, but this file holds a single array");
    if (!data.arrays->find(name)) {
        std::string some;
        for (std::size_t i = 0; i < data.arrays->arrays().size() && i < 5; ++i)
            some += (i ? ", " : "") + data.arrays->arrays()[i].name;
        const std::size_t count = data.arrays->arrays().size();
        throw FormatError(data.source, "selection", "no array '" + name + "' ("
                                                         + (count ? "it has " + std::to_string(count) + " arrays, e.g. " + some
                                                                  : std::string("it holds no arrays InfoScope can read"))
                                                         + ")");
    }
    DataObject selected;
    selected.kind = DataKind::Tensor;
    selected.source = data.source + "::" + name;
    selected.readerId = data.readerId;
    selected.tensor = data.arrays->load(name);
    return selected;
}

std::pair<std::string, std::string> splitSelection(const std::string &spec)
{
    const std::size_t split = spec.find("::");
    std::error_code error;
    if (split == std::string::npos || std::filesystem::exists(spec, error))
        return {spec, {}};
    return {spec.substr(0, split), spec.substr(split + 2)};
}

DataObject readSelection(const Registry &registry, const std::string &spec)
{
    const auto [path, array] = splitSelection(spec);
    if (path.size() == spec.size())
        return registry.read(path);
    return selectArray(registry.read(path), array); // "FILE::" names an empty array: an error that lists real ones
}

} // namespace core

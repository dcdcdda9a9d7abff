#include "registry/analysisinputs.h"

#include "errors/analysiserror.h"
#include "registry/inputslot.h"

namespace core {

const DataObject &AnalysisInputs::at(const std::string &slot) const
{
    const auto it = m_data.find(slot);
    if (it == m_data.end())
        throw AnalysisError("input '" + slot + "' is not bound");
    return it->second;
}

std::vector<std::string> AnalysisInputs::repeats(const std::string &slot) const
{
    std::vector<std::string> ids;
    for (int n = 1; has(repeatSlotId(slot, n)); ++n)
        ids.push_back(repeatSlotId(slot, n));
    return ids;
}

std::string slotBaseId(const std::string &id)
{
    const std::size_t dot = id.rfind('.');
    if (dot == std::string::npos || dot + 1 == id.size()
        || id.find_first_not_of("0123456789", dot + 1) != std::string::npos)
        return id;
    return id.substr(0, dot);
}

std::string repeatSlotId(const std::string &slot, int n)
{
    return n <= 1 ? slot : slot + "." + std::to_string(n);
}

} // namespace core

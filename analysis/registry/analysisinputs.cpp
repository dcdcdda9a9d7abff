#include "registry/analysisinputs.h"

#include "errors/analysiserror.h"

namespace core {

const DataObject &AnalysisInputs::at(const std::string &slot) const
{
    const auto it = m_data.find(slot);
    if (it == m_data.end())
        throw AnalysisError("input '" + slot + "' is not bound");
    return it->second;
}

} // namespace core

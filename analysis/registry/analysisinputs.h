#pragma once

#include "registry/dataobject.h"

#include <map>
#include <string>
#include <vector>

namespace core {

/// The data bound to an analysis' input slots for one run.
class AnalysisInputs
{
public:
    void bind(const std::string &slot, DataObject data) { m_data[slot] = std::move(data); }
    bool has(const std::string &slot) const { return m_data.count(slot) != 0; }
    /// Throws AnalysisError if the slot is not bound.
    const DataObject &at(const std::string &slot) const;
    const std::map<std::string, DataObject> &all() const { return m_data; }
    /// The ids bound to a repeatable slot, in order: `slot`, `slot.2`, … up to the first gap.
    std::vector<std::string> repeats(const std::string &slot) const;

private:
    std::map<std::string, DataObject> m_data;
};

} // namespace core

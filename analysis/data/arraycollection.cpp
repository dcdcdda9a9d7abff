#include "data/arraycollection.h"

#include <algorithm>

namespace core {

const ArrayInfo *ArrayCollection::find(const std::string &name) const
{
    const auto it = std::find_if(m_arrays.begin(), m_arrays.end(), [&](const ArrayInfo &a) { return a.name == name; });
    return it == m_arrays.end() ? nullptr : &*it;
}

} // namespace core

#pragma once

#include <vector>

namespace core {

/// ψ(n) for n = 0 … count-1 by the recurrence ψ(n+1) = ψ(n) + 1/n from ψ(1) = −γ (ψ(0) is unused
/// and set to −∞). KSG only ever needs integer arguments.
inline std::vector<double> digammaTable(int count)
{
    std::vector<double> table(static_cast<std::size_t>(count > 2 ? count : 2));
    table[0] = -1.0 / 0.0;
    table[1] = -0.57721566490153286061;
    for (std::size_t n = 2; n < table.size(); ++n)
        table[n] = table[n - 1] + 1.0 / double(n - 1);
    return table;
}

} // namespace core

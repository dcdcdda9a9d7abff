#include "vtk/interactivebudget.h"

#include <algorithm>
#include <cmath>

namespace ui {

bool InteractiveBudget::record(double seconds)
{
    if (m_skipNext || !(seconds > 0) || !std::isfinite(seconds)) {
        m_skipNext = false;
        return false;
    }
    // Down in proportion to the excess (at most halving), up by a quarter: a slow renderer settles within
    // a few frames, and a fast one returns to full interactive detail within a second.
    long long next = m_segments;
    if (seconds > 1.05 * frameSeconds)
        next = std::max(smallest, (long long)(double(m_segments) * std::max(0.5, 0.9 * frameSeconds / seconds)));
    else if (seconds < 0.75 * frameSeconds)
        next = std::min(largest, (m_segments * 5) / 4);
    if (next == m_segments)
        return false;
    m_segments = next;
    m_skipNext = true;
    return true;
}

} // namespace ui

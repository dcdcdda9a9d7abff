#pragma once

namespace ui {

/// An axis range for a 3-D box whose labels are round numbers: VTK's cube axes place custom labels evenly from
/// end to end, so round labels need round ends.
struct NiceAxis
{
    double low = 0.0;
    double high = 0.0;
    int intervals = 1; // labels at low + i · (high − low) / intervals, i = 0 … intervals
};

/// The shortest range [low, high] ⊇ [from, to] that splits into `fewest` … `most` intervals of a step 1, 2, 2.5
/// or 5 × 10ᵏ, low a multiple of the step (ties: fewer intervals). A flat or non-finite range comes back as it is,
/// with `fewest` intervals.
NiceAxis niceAxis(double from, double to, int fewest, int most);

} // namespace ui

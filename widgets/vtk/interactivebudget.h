#pragma once

namespace ui {

/// How many segments a 3-D view draws of a large trajectory while the user turns it
/// (vtk/interactivedetail.h), adjusted from the measured cost of each frame so that turning holds
/// 30 frames a second (vtkLODActor and ParaView choose their interactive level of detail from the time a
/// frame took, too). The cost of a frame is its work (render, composition, swap), not the wait for the
/// next mouse event. It aims at 36 measured frames a second: what VtkView cannot time (Qt's composition,
/// the X server's copy, event delivery) adds to each frame, and aiming at 30 left turning at 27–29 frames
/// a second under Xvfb on a slow hour of the machine. The count falls in proportion while frames are too slow, and rises by a quarter
/// while they are clearly faster than needed, so that it settles. Pure arithmetic: VtkView measures and
/// applies it.
class InteractiveBudget
{
public:
    static constexpr long long largest = 20'000; ///< segments while turning when frames are fast enough
    static constexpr long long smallest = 2'000; ///< never fewer: the trajectory's shape stays readable
    static constexpr double frameSeconds = 1.0 / 36.0; ///< measured work a frame, for 30 frames a second seen

    long long segments() const { return m_segments; }

    /// Takes the cost of one frame drawn with segments(); true if segments() changed. The frame after a
    /// change is not counted (it also uploads the new lines).
    bool record(double seconds);
    /// The next frame is not counted (the first of a drag also rebuilds the framebuffers).
    void skipNext() { m_skipNext = true; }

private:
    long long m_segments = largest;
    bool m_skipNext = false;
};

} // namespace ui

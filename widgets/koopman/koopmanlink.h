#pragma once

namespace ui {

class ResultPanel;

/// Links a Koopman result's views: selecting an eigenvalue in the plane shows its mode and time
/// evolution (the "modes" and "evolution" plot groups) and colours the manifold by the phase of its
/// eigenfunction. Does nothing for panels without an eigenvalue plane.
class KoopmanLink
{
public:
    static void connect(ResultPanel *panel);
};

} // namespace ui

#pragma once

#include "examples/example.h"

namespace core {

/// koopman.dmd on the damped oscillator x'' + 2ζω₀x' + ω₀²x = 0: DMD of a linear system returns its
/// eigenvalues, −ζω₀ ± iω₀√(1 − ζ²) in continuous time (Tu et al. 2014).
Example dampedOscillatorExample();

/// koopman.dmd on Lorenz-63 with 10 delays: the Hankel DMD eigenvalues of a chaotic attractor crowd
/// the unit circle, and a finite linear model predicts only a short horizon (Brunton et al. 2017).
Example lorenzExample();

} // namespace core

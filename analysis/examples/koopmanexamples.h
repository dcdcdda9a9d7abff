#pragma once

#include "examples/example.h"

namespace core {

/// koopman.dmd on the damped oscillator x'' + 2ζω₀x' + ω₀²x = 0: DMD of a linear system returns its
/// eigenvalues, −ζω₀ ± iω₀√(1 − ζ²) in continuous time (Tu et al. 2014).
Example dampedOscillatorExample();

/// koopman.dmd on Lorenz-63 with 10 delays: the Hankel DMD eigenvalues of a chaotic attractor crowd
/// the unit circle, and a finite linear model predicts only a short horizon (Brunton et al. 2017).
Example lorenzExample();

/// koopman.entropy over a generated dump whose latent sequence loses its rotation modes one after
/// another during "training": the von Neumann entropy falls from ln H to ln 2 and the effective rank
/// from H to 2, the mode collapse Cheng, Yuan et al. (2026) add the entropy term against.
Example modeCollapseExample();

} // namespace core

#pragma once

#include "examples/example.h"

namespace core {

/// KSG on one pair of correlated Gaussians: the estimate meets −½ ln(1 − ρ²) (Kraskov et al. 2004).
Example ksgGaussianExample();
/// KSG on eight strongly dependent pairs: it recovers only part of the MI (Gao et al. 2015).
Example ksgStrongDependenceExample();

} // namespace core

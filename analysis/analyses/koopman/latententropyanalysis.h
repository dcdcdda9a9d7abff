#pragma once

#include "registry/analysisdescriptor.h"

namespace core {

/// "koopman.entropy": von Neumann entropy, effective rank and temporal MI of latents, or of a layer
/// over a dump's training steps.
AnalysisDescriptor latentEntropyAnalysis();

} // namespace core

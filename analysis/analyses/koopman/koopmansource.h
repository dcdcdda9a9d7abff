#pragma once

#include "analyses/koopman/dmd.h"
#include "analyses/koopman/dynamicalsystem.h"
#include "registry/analysisinputs.h"
#include "registry/inputslot.h"
#include "registry/parameterspec.h"
#include "registry/parametervalues.h"
#include "task/canceltoken.h"

#include <optional>
#include <string>
#include <vector>

namespace core {

class ActivationDump;

/// Where the Koopman analyses' snapshots come from: the input array (time × state, state × time, or
/// trajectories × time × state), a dump's layer at one step (samples as times) or a built-in system
/// integrated here; then optional delays.
struct KoopmanSource
{
    SnapshotSet snapshots;                ///< after the delay embedding
    SnapshotSet original;                 ///< before it (the manifold view draws these)
    std::optional<DynamicalSystem> system; ///< when integrated here
    std::string description;              ///< "lorenz, Δt = 0.01, 2000 steps" or the input's path
    std::string name;                     ///< short, for titles: "lorenz" or the input's file name
};

/// The parameters koopman.dmd and koopman.edmd share: system, its parameters and initial state,
/// steps, dt, layout, delays.
std::vector<ParameterSpec> koopmanSourceParameters();

/// The optional inputs of koopman.dmd and koopman.edmd: a "snapshots" array or a "dump".
std::vector<InputSlot> koopmanSnapshotSlots();

/// The layer of `dump` named `requested` (empty: the last); AnalysisError naming it if there is none.
std::string dumpLayer(const ActivationDump &dump, const std::string &requested);

/// Throws AnalysisError for a missing input with system = input, wrong shapes, NaN/Inf, a bad dt.
KoopmanSource koopmanSource(const AnalysisInputs &inputs, const ParameterValues &params, const CancelToken &cancel);

/// Integrates a built-in system as the shared parameters say (dynamics.simulate uses it too).
SnapshotSet simulateSystem(const DynamicalSystem &system, const ParameterValues &params, const CancelToken &cancel);

} // namespace core

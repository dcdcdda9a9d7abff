#pragma once

namespace core {

/// The cores this process may run on: its CPU affinity (a Slurm job's --cpus-per-task, taskset),
/// not the whole machine's count; at least 1.
int availableCores();

} // namespace core

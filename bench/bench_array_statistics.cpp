// Opens a .npy through the registry and computes min/max/mean/NaN count, timing each stage.
// Driven by bench/npy_statistics.py, which runs numpy on the same file in the same run.
// Usage: bench_array_statistics FILE.npy [REPEATS]   prints one JSON line per repeat.
#include "data/arraystatistics.h"
#include "registry/builtins.h"
#include "registry/registry.h"
#include "task/atomiccanceltoken.h"
#include "task/nullprogress.h"

#include <chrono>
#include <cstdio>
#include <string>

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_array_statistics FILE.npy [REPEATS]\n");
        return 2;
    }
    const int repeats = argc > 2 ? std::stoi(argv[2]) : 3;
    core::Registry registry;
    core::registerBuiltins(registry);
    using Clock = std::chrono::steady_clock;
    for (int r = 0; r < repeats; ++r) {
        const auto start = Clock::now();
        const core::DataObject data = registry.read(argv[1]);
        const auto opened = Clock::now();
        core::NullProgress progress;
        core::AtomicCancelToken cancel;
        const core::ArrayStatistics s = core::computeStatistics(data.tensor, progress, cancel);
        const auto done = Clock::now();
        const double open = std::chrono::duration<double>(opened - start).count();
        const double stats = std::chrono::duration<double>(done - opened).count();
        std::printf("{\"open_s\": %.6f, \"stats_s\": %.6f, \"bytes\": %zu, \"min\": %.17g, \"max\": %.17g, \"mean\": %.17g, "
                    "\"nan\": %lld}\n",
                    open, stats, data.tensor.nbytes(), s.min, s.max, s.mean, static_cast<long long>(s.nanCount));
    }
    return 0;
}

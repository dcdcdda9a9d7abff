// Exact DMD of a large snapshot set, timed for bench/koopman_benchmark.py, which runs numpy's thin-SVD
// and randomised-SVD routes on the same file beside it.
// Usage: bench_dmd SNAPSHOTS.npy RANK   (SNAPSHOTS: (T, n) float64, rows as times; memory-mapped)
// Prints JSON: seconds of the fit (the file already mapped and paged in), peak resident memory, the eigenvalues.
#include "analyses/koopman/dmd.h"
#include "io/npyreader.h"
#include "task/atomiccanceltoken.h"

#include "peakmemory.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <thread>

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::cerr << "usage: bench_dmd SNAPSHOTS.npy RANK\n";
        return 2;
    }
    const auto tensor = std::make_shared<const core::Tensor>(core::readNpy(argv[1]));
    const Eigen::Index times = tensor->dim(0), states = tensor->dim(1);
    // The analysis' view of a C-order (T, n) float64 array: columns as times, no copy.
    const core::SnapshotSet snapshots(tensor, tensor->data<double>(), states, times, {0}, 1.0);
    core::DmdOptions options;
    options.rank.rule = core::DmdRank::Rule::Fixed;
    options.rank.rank = std::stoi(argv[2]);
    // Fault the mapped pages in before the clock starts: numpy's routes get the matrix already in memory.
    volatile double touched = 0;
    const double *data = tensor->data<double>();
    for (Eigen::Index k = 0; k < times * states; k += 512)
        touched = touched + data[k];
    // OpenBLAS's worker threads spin for about 2²⁸ cycles after the library loads (as after each call) before
    // they sleep, and would take a core from the fit's first blocks; numpy's process is long past that.
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    core::AtomicCancelToken cancel;
    const auto start = std::chrono::steady_clock::now();
    const core::DmdFit fit = core::fitDmd(snapshots, options, cancel);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    nlohmann::json out = {{"seconds", seconds}, {"peak_bytes", bench::peakResidentBytes()}, {"real", nlohmann::json::array()},
                          {"imag", nlohmann::json::array()}};
    for (Eigen::Index k = 0; k < fit.eigenvalues.size(); ++k) {
        out["real"].push_back(fit.eigenvalues[k].real());
        out["imag"].push_back(fit.eigenvalues[k].imag());
    }
    std::cout << out.dump() << '\n';
    return 0;
}

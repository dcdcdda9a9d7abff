// Times InfoScope's KSG and information-plane binning for bench/mi_benchmark.py, which runs the
// numpy/scikit-learn peers on the same files in the same run.
//   bench_mi ksg X.npy Y.npy K REPEATS [scaled|raw] [auto|tree|scan] [ALGORITHM]
//                                                       KSG, no noise; best time
//   bench_mi plane DIR REPEATS                          DIR/layer{0..5}.npy (steps, N, w), labels.npy
//   bench_mi dump DUMP.npz REPEATS                      computeInformationPlane (binning, bits) on a dump
// Prints one JSON line.
#include "analyses/information/binningestimator.h"
#include "analyses/information/codedlabels.h"
#include "analyses/information/informationplane.h"
#include "analyses/information/ksgestimator.h"
#include "analyses/information/samplematrix.h"
#include "analyses/information/units.h"
#include "dump/activationdump.h"
#include "io/containers/npzarchive.h"
#include "io/npyreader.h"
#include "task/atomiccanceltoken.h"
#include "task/nullprogress.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
int ksg(int argc, char **argv)
{
    if (argc < 6)
        return 2;
    const Eigen::MatrixXd x = core::sampleMatrix(core::readNpy(argv[2]), "x");
    const Eigen::MatrixXd y = core::sampleMatrix(core::readNpy(argv[3]), "y");
    core::KsgOptions options;
    options.k = std::stoi(argv[4]);
    options.noise = 0.0;
    options.standardise = argc > 6 && std::string(argv[6]) == "scaled";
    const std::string search = argc > 7 ? argv[7] : "auto";
    options.search = search == "tree" ? core::KsgSearch::Tree : search == "scan" ? core::KsgSearch::Scan : core::KsgSearch::Automatic;
    options.algorithm = argc > 8 ? std::stoi(argv[8]) : 1;
    const int repeats = std::stoi(argv[5]);
    core::NullProgress progress;
    core::AtomicCancelToken cancel;
    double best = INFINITY, value = 0.0;
    for (int r = 0; r < repeats; ++r) {
        const auto start = Clock::now();
        value = core::ksgMutualInformation(x, y, options, progress, cancel);
        best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
    }
    std::printf("{\"seconds\": %.6f, \"mi\": %.12g, \"n\": %lld, \"dx\": %lld}\n", best, value, (long long)x.rows(), (long long)x.cols());
    return 0;
}

int plane(int argc, char **argv)
{
    if (argc < 4)
        return 2;
    const std::string dir = argv[2];
    const int repeats = std::stoi(argv[3]);
    std::vector<core::Tensor> layers;
    for (int l = 0; l < 6; ++l)
        layers.push_back(core::readNpy(dir + "/layer" + std::to_string(l) + ".npy"));
    const std::vector<std::int64_t> labels = core::labelVector(core::readNpy(dir + "/labels.npy"), "labels");
    const std::int64_t steps = layers[0].dim(0);
    const int tasks = int(steps) * 6;
    std::vector<double> ixt(static_cast<std::size_t>(tasks)), ity(static_cast<std::size_t>(tasks));
    double best = INFINITY;
    for (int r = 0; r < repeats; ++r) {
        const auto start = Clock::now();
        // As computeInformationPlane does it: labels coded once, each layer and step binned in place.
        const core::CodedLabels coded(labels);
        std::atomic<int> next{0};
        auto work = [&] {
            for (int t = next.fetch_add(1); t < tasks; t = next.fetch_add(1)) {
                const core::Tensor slice = layers[std::size_t(t % 6)].select(0, t / 6);
                const core::BinningEstimate e = core::binningInformation(core::binnedSymbols(slice, {}), {}, coded);
                ixt[std::size_t(t)] = e.ixt / core::kLn2;
                ity[std::size_t(t)] = e.ity / core::kLn2;
            }
        };
        std::vector<std::thread> pool;
        for (unsigned w = 1; w < std::max(1u, std::thread::hardware_concurrency()); ++w)
            pool.emplace_back(work);
        work();
        for (std::thread &thread : pool)
            thread.join();
        best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
    }
    double sumIxt = 0.0, sumIty = 0.0;
    for (int t = 0; t < tasks; ++t) {
        sumIxt += ixt[std::size_t(t)];
        sumIty += ity[std::size_t(t)];
    }
    std::printf("{\"seconds\": %.6f, \"steps\": %lld, \"sum_ixt_bits\": %.12g, \"sum_ity_bits\": %.12g}\n", best,
                (long long)steps, sumIxt, sumIty);
    return 0;
}

int dump(int argc, char **argv)
{
    if (argc < 4)
        return 2;
    const core::ActivationDump opened(std::make_shared<core::NpzArchive>(argv[2]));
    const int repeats = std::stoi(argv[3]);
    core::NullProgress progress;
    core::AtomicCancelToken cancel;
    core::InformationPlane plane;
    double best = INFINITY;
    for (int r = 0; r < repeats; ++r) {
        const auto start = Clock::now();
        plane = core::computeInformationPlane(opened, {}, progress, cancel);
        best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
    }
    double sumIxt = 0.0, sumIty = 0.0;
    for (const core::InformationPlanePoint &point : plane.points) {
        sumIxt += point.ixt / core::kLn2;
        sumIty += point.ity / core::kLn2;
    }
    std::printf("{\"seconds\": %.6f, \"points\": %zu, \"sum_ixt_bits\": %.12g, \"sum_ity_bits\": %.12g}\n", best,
                plane.points.size(), sumIxt, sumIty);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const std::string mode = argc > 1 ? argv[1] : "";
    const int rc = mode == "ksg" ? ksg(argc, argv) : mode == "plane" ? plane(argc, argv) : mode == "dump" ? dump(argc, argv) : 2;
    if (rc == 2)
        std::fprintf(stderr, "usage: bench_mi ksg X.npy Y.npy K REPEATS [scaled|raw] [auto|tree|scan] [ALGORITHM] | bench_mi plane DIR REPEATS | bench_mi dump DUMP.npz REPEATS\n");
    return rc;
}

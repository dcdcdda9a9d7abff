#!/usr/bin/python3
"""Benchmark: InfoScope's KSG and information-plane binning against numpy/scipy/scikit-learn peers,
in the same run, with ratios (peer time / InfoScope time) and the values side by side.

    /usr/bin/python3 bench/mi_benchmark.py BUILD_DIR [--sizes 10000 100000] [--dims 1 10] [--k 4]
                                           [--workdir /tmp/infoscope-bench-mi] [--repeats 3]
                                           [--quick-repeats 10]

Cases (issue #4):
  d = 1 per side:  scikit-learn mutual_info_regression vs InfoScope KSG-1 with the same scaling
                   (each variable divided by its std), no noise (scikit-learn adds 1e-10).
  d = 10 per side: the NPEET-style numpy/cKDTree KSG-1 (bench/mi_peers.py) vs InfoScope KSG-1 on the
                   raw data (NPEET does not scale; it adds 1e-10 uniform noise).
  plane:           100 steps x 6 layers x 4096 samples (widths 10-7-5-4-3-2), binning with 30
                   edges: numpy (rows packed into codes, one sort per layer and step) vs InfoScope.
Timings are the best of --repeats runs (--quick-repeats for the cases that take well under a second on
both sides: KSG with d = 1 and the plane, where one noisy run on a shared machine would otherwise
decide the ratio; the NPEET-style peer at N = 100000 runs once). The peers run single-threaded (numpy on OpenBLAS when libopenblas0-pthread is installed; these peers
barely use BLAS); InfoScope uses every core. Target: at least 10x faster than each peer.
N = 100000, d = 10 makes the NPEET-style peer run for minutes; --sizes 10000 gives a quick run.
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import mi_peers  # noqa: E402
import numpy as np  # noqa: E402


def ours(binary, *args):
    out = subprocess.run([binary, *map(str, args)], check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def best_of(repeats, function, *args):
    results = [function(*args) for _ in range(repeats)]
    return min(r[0] for r in results), results[-1][1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("build_dir")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    parser.add_argument("--dims", type=int, nargs="+", default=[1, 10])
    parser.add_argument("--k", type=int, default=4)
    parser.add_argument("--steps", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--quick-repeats", type=int, default=10)
    parser.add_argument("--workdir", default="/tmp/infoscope-bench-mi")
    args = parser.parse_args()
    binary = os.path.join(args.build_dir, "bench", "bench_mi")
    os.makedirs(args.workdir, exist_ok=True)
    print("environment:", json.dumps(mi_peers.environment()))
    rows = []
    ours_times = {}
    for d in args.dims:
        for n in args.sizes:
            xf, yf = mi_peers.gaussian_files(args.workdir, n, d)
            if not (os.path.exists(xf) and os.path.exists(yf)):
                mi_peers.write_gaussian(args.workdir, n, d)
            x, y = np.load(xf), np.load(yf)
            truth = -d / 2 * np.log(1 - mi_peers.RHO ** 2)
            if d == 1:
                peer_name = "scikit-learn"
                peer_seconds, peer_value = best_of(args.quick_repeats, mi_peers.sklearn_ksg, x, y, args.k)
                result = ours(binary, "ksg", xf, yf, args.k, args.quick_repeats, "scaled")
            else:
                peer_name = "NPEET-style"
                repeats = 1 if n >= 100000 else args.repeats
                peer_seconds, peer_value = best_of(repeats, mi_peers.npeet_style_ksg, x, y, args.k)
                result = ours(binary, "ksg", xf, yf, args.k, args.repeats, "raw")
            ours_times[(d, n)] = result["seconds"]
            rows.append(("KSG d=%d N=%d vs %s" % (d, n, peer_name), result["seconds"], peer_seconds,
                         "%.5f vs %.5f (truth %.4f)" % (result["mi"], peer_value, truth)))
    plane_dir = os.path.join(args.workdir, "plane")
    if not os.path.exists(os.path.join(plane_dir, "labels.npy")):
        mi_peers.write_plane(args.workdir, args.steps)
    arrays, labels = mi_peers.load_plane(plane_dir)
    peer_seconds, peer_values = best_of(args.quick_repeats, mi_peers.numpy_binning_plane, arrays, labels, 30)
    result = ours(binary, "plane", plane_dir, args.quick_repeats)
    sums = peer_values.sum(axis=(0, 1))
    rows.append(("information plane %d x 6 x 4096, binning" % len(arrays), result["seconds"], peer_seconds,
                 "sums I(X;T) %.6f vs %.6f, I(T;Y) %.6f vs %.6f" % (result["sum_ixt_bits"], sums[0],
                                                                  result["sum_ity_bits"], sums[1])))
    # The same plane end to end as the app computes it: computeInformationPlane on an opened .npz dump
    # (arrays mapped in place, read lazily per layer and step; opening the dump is not timed, as the
    # peer's arrays are loaded before its timing starts).
    dump = mi_peers.write_plane_dump(args.workdir)
    result = ours(binary, "dump", dump, args.quick_repeats)
    rows.append(("  the same through computeInformationPlane", result["seconds"], peer_seconds,
                 "sums I(X;T) %.6f vs %.6f, I(T;Y) %.6f vs %.6f" % (result["sum_ixt_bits"], sums[0],
                                                                  result["sum_ity_bits"], sums[1])))

    print("\n%-44s %12s %12s %9s  %s" % ("case", "InfoScope s", "peer s", "ratio", "values (InfoScope vs peer)"))
    for name, mine, theirs, values in rows:
        print("%-44s %12.4f %12.4f %9.1f  %s" % (name, mine, theirs, theirs / mine, values))
    for d in args.dims:
        if (d, min(args.sizes)) in ours_times and (d, max(args.sizes)) in ours_times and len(args.sizes) > 1:
            small, large = min(args.sizes), max(args.sizes)
            print("InfoScope KSG d=%d: N x%d costs x%.1f in time" % (d, large // small, ours_times[(d, large)] / ours_times[(d, small)]))


if __name__ == "__main__":
    main()

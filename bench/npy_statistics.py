#!/usr/bin/python3
"""Benchmark: statistics of a 2 GB float32 .npy, InfoScope against numpy in the same run.

    /usr/bin/python3 bench/npy_statistics.py BUILD_DIR [--size-gb 2] [--file /tmp/infoscope-bench-2gb.npy]

Writes the file once (random normals with a few NaNs), warms the page cache, then times
  InfoScope: registry.read (memory-map, O(1)) and core::computeStatistics (one pass, all cores);
  numpy:     numpy.load(mmap_mode='r') and chunked reductions over 64 MB blocks: nanmin, nanmax,
             nansum (float64 accumulator) and isnan().sum().
and prints times, throughput and ratios (numpy time / InfoScope time). Both must agree on the values.
Target (issue #3): open O(1); statistics at least 3x faster than numpy on a warm cache.
"""
import argparse
import json
import os
import subprocess
import time

import numpy as np


def write_file(path, size_gb):
    n = int(size_gb * (1 << 30)) // 4
    rows = n // 1024
    array = np.lib.format.open_memmap(path, mode="w+", dtype=np.float32, shape=(rows, 1024))
    rng = np.random.default_rng(0)
    for start in range(0, rows, 65536):
        stop = min(rows, start + 65536)
        array[start:stop] = rng.standard_normal((stop - start, 1024), dtype=np.float32)
    array[7, 3] = np.nan
    array[rows // 2, 11] = np.nan
    array.flush()
    del array


def warm(path):
    with open(path, "rb") as f:
        while f.read(1 << 26):
            pass


def numpy_stats(path, chunk_rows=16384):
    """numpy's best practice for a file-sized memmap: reductions over chunks of 64 MB."""
    start = time.perf_counter()
    array = np.load(path, mmap_mode="r")
    opened = time.perf_counter()
    lo, hi, total, finite, nans = np.inf, -np.inf, 0.0, 0, 0
    for begin in range(0, array.shape[0], chunk_rows):
        block = array[begin:begin + chunk_rows]
        lo = min(lo, float(np.nanmin(block)))
        hi = max(hi, float(np.nanmax(block)))
        total += float(np.nansum(block, dtype=np.float64))
        nan = int(np.isnan(block).sum())
        nans += nan
        finite += block.size - nan
    done = time.perf_counter()
    return opened - start, done - opened, {"min": lo, "max": hi, "mean": total / finite, "nan": nans}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build_dir")
    parser.add_argument("--size-gb", type=float, default=2.0)
    parser.add_argument("--file", default="/tmp/infoscope-bench-2gb.npy")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    binary = os.path.join(args.build_dir, "bench", "bench_array_statistics")
    if not os.path.exists(args.file) or os.path.getsize(args.file) < args.size_gb * (1 << 30) * 0.99:
        print("writing %s (%.1f GB)..." % (args.file, args.size_gb))
        write_file(args.file, args.size_gb)
    warm(args.file)

    ours = [json.loads(line) for line in subprocess.run([binary, args.file, str(args.repeats)], check=True,
                                                          capture_output=True, text=True).stdout.splitlines()]
    theirs = [numpy_stats(args.file) for _ in range(args.repeats)]
    best_open = min(r["open_s"] for r in ours)
    best_stats = min(r["stats_s"] for r in ours)
    np_open = min(t[0] for t in theirs)
    np_stats = min(t[1] for t in theirs)
    gb = ours[0]["bytes"] / 1e9
    v = theirs[0][2]
    agree = (ours[0]["nan"] == v["nan"] and ours[0]["min"] == v["min"] and ours[0]["max"] == v["max"]
             and abs(ours[0]["mean"] - v["mean"]) < 1e-6 * max(1.0, abs(v["mean"])))
    print("file: %s, %.2f GB float32, %d cores" % (args.file, gb, os.cpu_count()))
    print("values agree with numpy: %s (min %.6g, max %.6g, mean %.6g, NaN %d)" % (agree, v["min"], v["max"], v["mean"], v["nan"]))
    print("%-28s %12s %12s %10s" % ("", "InfoScope", "numpy", "ratio"))
    print("%-28s %12.6f %12.6f %10.1f" % ("open (s)", best_open, np_open, np_open / best_open))
    print("%-28s %12.3f %12.3f %10.2f" % ("statistics (s)", best_stats, np_stats, np_stats / best_stats))
    print("%-28s %12.2f %12.2f" % ("throughput (GB/s)", gb / best_stats, gb / np_stats))
    print("%-28s %12.3f %12.3f %10.2f" % ("time to first statistics (s)", best_open + best_stats, np_open + np_stats,
                                          (np_open + np_stats) / (best_open + best_stats)))


if __name__ == "__main__":
    main()

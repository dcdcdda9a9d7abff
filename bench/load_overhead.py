#!/usr/bin/python3
"""Issue #11's benchmark: the hostile-file checks must not slow normal loading. Two infoscope-cli
builds (before and after the checks) on the same files, whole processes, warm page cache:

    /usr/bin/python3 bench/load_overhead.py OLD_CLI NEW_CLI [--workdir /tmp/infoscope-bench-load] [--runs 5]

Files (written once): a 2 GB float32 .npy, a 400 MB torch.save state_dict (ten float32 tensors), a
1 GB .npz with one stored member. For each: `inspect FILE` (the index; since issue #11 also every zip
member's CRC) and `inspect FILE --stats` (opening and reading every array: min/max/mean/NaN counts).
Prints the medians and new/old, whole and without the process start-up (`version`); the target is
within 5 % (ratio <= 1.05). Both builds should be Release.
"""
import argparse
import os
import statistics
import subprocess
import time

import numpy as np


def write_files(workdir):
    os.makedirs(workdir, exist_ok=True)
    npy = os.path.join(workdir, "big.npy")
    if not os.path.exists(npy):
        array = np.lib.format.open_memmap(npy, mode="w+", dtype=np.float32, shape=(1 << 29,))
        for begin in range(0, array.shape[0], 1 << 26):
            array[begin:begin + (1 << 26)] = np.random.default_rng(begin).standard_normal(1 << 26, dtype=np.float32)
        array.flush()
        del array
    ckpt = os.path.join(workdir, "ckpt.pt")
    if not os.path.exists(ckpt):
        import torch
        generator = torch.Generator().manual_seed(0)
        torch.save({f"layer{i}.weight": torch.randn(10_000_000, generator=generator) for i in range(10)}, ckpt)
    npz = os.path.join(workdir, "big.npz")
    if not os.path.exists(npz):
        np.savez(npz, a=np.random.default_rng(1).standard_normal(1 << 28, dtype=np.float32))
    return [("2 GB .npy", npy), ("400 MB torch.save", ckpt), ("1 GB .npz (stored)", npz)]


def median_seconds(command, runs):
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)  # warm the cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("old_cli")
    parser.add_argument("new_cli")
    parser.add_argument("--workdir", default="/tmp/infoscope-bench-load")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    # The process alone (start-up, no file): subtracted, so that "loading" compares opening and
    # reading only (the builds start differently: the old one loaded LibTorch at start).
    start_old = median_seconds([args.old_cli, "version"], args.runs)
    start_new = median_seconds([args.new_cli, "version"], args.runs)
    print(f"{'process start':20s} {'version':18s} before {start_old:7.3f} s  after {start_new:7.3f} s")
    for label, path in write_files(args.workdir):
        for mode, extra in (("inspect", []), ("inspect --stats", ["--stats"])):
            old = median_seconds([args.old_cli, "inspect", path, *extra], args.runs)
            new = median_seconds([args.new_cli, "inspect", path, *extra], args.runs)
            print(f"{label:20s} {mode:18s} before {old:7.3f} s  after {new:7.3f} s  after/before {new / old:5.2f}"
                  f"   without start-up: {old - start_old:6.3f} s -> {new - start_new:6.3f} s"
                  f"  ({(new - start_new) / (old - start_old):5.2f})")


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""infoscope-cli as a batch engine: whole-process start-up and a 600-item batch, against peers run here.

    /usr/bin/python3 bench/cli_benchmark.py BUILD_DIR [--runs 25] [--workdir /tmp/infoscope-bench-cli]
                                                      [--samples 1000] [--skip-separate]

1. Start-up, whole processes, median of --runs (>= 20), and the median peak RSS as /usr/bin/time
   reports it (the child of a small process: a child forked from this Python would report Python's
   RSS): `infoscope-cli version`, `infoscope-cli inspect small.npy`, and the peer
   `python3 -c "import numpy; numpy.load('small.npy')"`. Target: <= 60 ms and <= 60 MB.
2. mi.ksg (k = 3, algorithm 1, raw data as NPEET: standardise=false, noise=0) over the 600 (layer, step)
   items of a dump: I(X;T) of 6 tanh layers (widths 10-7-5-4-3-2) x 100 steps, --samples rows,
   X = the dump's 12-D Gaussian inputs:
     - one `infoscope-cli batch` process;
     - 600 separate `infoscope-cli run` processes, one after the other (as a shell loop would);
     - a Python loop over the same items calling the numpy KSG peer (bench/mi_peers.py,
       npeet_style_ksg: cKDTree queries on all cores (workers=-1), algorithm 1; loading each .npy
       inside the loop as the CLI does).
   Target: the batch >= 5x faster than both. The values are compared item by item (KSG algorithm 1
   with the same k on the same raw data: equal up to the peer's 1e-10 tie-breaking noise; the largest
   difference is printed).

Prints one line per measurement and the ratios. The peers run with numpy on whatever BLAS it links
(KSG does not use BLAS); the script says which.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import mi_peers  # noqa: E402

WIDTHS = (10, 7, 5, 4, 3, 2)
INPUT_DIMENSIONS = 12
KSG_PARAMETERS = ["--param", "k=3", "--param", "standardise=false", "--param", "noise=0"]


def timed_process(command):
    """(seconds, peak RSS in MB) of one command run to completion under /usr/bin/time."""
    start = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-f", "%M", *command], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{command} exited {done.returncode}: {done.stderr}")
    return elapsed, int(done.stderr.strip().splitlines()[-1]) / 1024.0


def start_up(cli, workdir, runs):
    small = os.path.join(workdir, "small.npy")
    np.save(small, np.arange(100, dtype=np.float32).reshape(10, 10))
    cases = [("infoscope-cli version", [cli, "version"]),
             ("infoscope-cli inspect small.npy", [cli, "inspect", small]),
             ("python3 -c 'import numpy; numpy.load(small.npy)'",
              ["/usr/bin/python3", "-c", f"import numpy; numpy.load({small!r})"])]
    medians = {}
    for label, command in cases:
        timed_process(command)  # warm the page cache
        samples = [timed_process(command) for _ in range(runs)]
        seconds = statistics.median(s for s, _ in samples)
        memory = statistics.median(m for _, m in samples)
        medians[label] = seconds
        print(f"start-up  {label:58s} median {seconds * 1e3:7.1f} ms  peak RSS {memory:6.1f} MB  ({runs} runs)")
    peer = medians["python3 -c 'import numpy; numpy.load(small.npy)'"]
    for label in ("infoscope-cli version", "infoscope-cli inspect small.npy"):
        print(f"ratio     {label} vs python3 + numpy.load: {peer / medians[label]:.1f}x faster")


def write_dump(folder, samples, steps=100):
    """A training run as the information plane sees it: 12-D inputs X (Gaussian, so no ties), six tanh
    layers of widths 10-7-5-4-3-2 whose weights grow over the steps; each item is I(X;T) of a layer."""
    if os.path.exists(os.path.join(folder, "done")):
        return
    rng = np.random.default_rng(0)
    with open(os.path.join(folder, "manifest.json"), "w") as handle:
        json.dump({"format": "infoscope-dump", "version": 1, "step_unit": "epoch"}, handle)
    inputs = rng.normal(size=(samples, INPUT_DIMENSIONS))
    np.save(os.path.join(folder, "inputs.npy"), inputs)
    np.save(os.path.join(folder, "labels.npy"), (inputs[:, 0] > 0).astype(np.int64))
    weights, width_in = [], INPUT_DIMENSIONS
    for width in WIDTHS:
        weights.append(rng.normal(size=(width_in, width)) / np.sqrt(width_in))
        width_in = width
    for step in range(steps):
        gain = 0.5 + 2.5 * step / steps
        values = inputs
        for layer, w in enumerate(weights):
            values = np.tanh(values @ (gain * w) + 0.01 * rng.normal(size=(samples, w.shape[1])))
            name = f"fc{layer + 1}"
            os.makedirs(os.path.join(folder, "activations", name), exist_ok=True)
            np.save(os.path.join(folder, "activations", name, f"{step:06d}.npy"), values.astype(np.float32))
    open(os.path.join(folder, "done"), "w").close()


def batch(cli, workdir, samples, skip_separate):
    dump = os.path.join(workdir, f"dump_n{samples}_x{INPUT_DIMENSIONS}")
    os.makedirs(dump, exist_ok=True)
    write_dump(dump, samples)
    items = [(f"fc{layer + 1}", step) for layer in range(len(WIDTHS)) for step in range(100)]

    out = tempfile.mkdtemp(prefix="batch-", dir=workdir)
    start = time.perf_counter()
    subprocess.run([cli, "batch", "mi.ksg", "--dump", dump, "--input", f"y={dump}/inputs.npy", *KSG_PARAMETERS,
                    "--out", out, "--quiet"], check=True)
    batch_seconds = time.perf_counter() - start
    rows = {r["item"]: r for r in map(json.loads, open(os.path.join(out, "index.jsonl")))}
    ours = np.array([rows[f"{layer}@{step}"]["headline"]["I(X;Y)"] for layer, step in items])
    print(f"batch     one infoscope-cli batch, 600 items                         {batch_seconds:8.2f} s")

    separate_seconds = None
    if not skip_separate:
        start = time.perf_counter()
        for layer, step in items:
            subprocess.run([cli, "run", "mi.ksg", "--input", f"x={dump}/activations/{layer}/{step:06d}.npy",
                            "--input", f"y={dump}/inputs.npy", *KSG_PARAMETERS, "--out", os.path.join(out, "one.json"),
                            "--quiet"], check=True)
        separate_seconds = time.perf_counter() - start
        print(f"batch     600 separate infoscope-cli run processes                   {separate_seconds:8.2f} s")

    start = time.perf_counter()
    peer = []
    y = None
    for layer, step in items:
        x = np.load(os.path.join(dump, "activations", layer, f"{step:06d}.npy")).astype(np.float64)
        if y is None:
            y = np.load(os.path.join(dump, "inputs.npy"))
        peer.append(mi_peers.npeet_style_ksg(x, y, 3, workers=-1)[1])
    python_seconds = time.perf_counter() - start
    peer = np.array(peer)
    print(f"batch     Python loop, numpy KSG peer (mi_peers.npeet_style_ksg)      {python_seconds:8.2f} s")
    print(f"values    600 items, largest |InfoScope - peer| = {np.max(np.abs(ours - peer)):.2e} nats "
          f"(MI from {peer.min():.3f} to {peer.max():.3f} nats; the peer adds 1e-10 noise)")
    if separate_seconds:
        print(f"ratio     batch vs 600 separate processes: {separate_seconds / batch_seconds:.1f}x faster")
    print(f"ratio     batch vs Python loop with the numpy peer: {python_seconds / batch_seconds:.1f}x faster")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build_dir")
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--workdir", default="/tmp/infoscope-bench-cli")
    parser.add_argument("--samples", type=int, default=1000)
    parser.add_argument("--skip-separate", action="store_true")
    parser.add_argument("--skip-start-up", action="store_true")
    args = parser.parse_args()
    cli = os.path.join(os.path.abspath(args.build_dir), "app", "cli", "infoscope-cli")
    os.makedirs(args.workdir, exist_ok=True)
    print(json.dumps(mi_peers.environment()))
    if not args.skip_start_up:
        start_up(cli, args.workdir, max(args.runs, 20))
    batch(cli, args.workdir, args.samples, args.skip_separate)


if __name__ == "__main__":
    main()

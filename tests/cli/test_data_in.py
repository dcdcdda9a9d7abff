#!/usr/bin/python3
"""Data in, end to end: the dump tool writes a training run, infoscope-cli opens it; every bad file
gives exit code 3 with one line naming it; statistics (min/max/mean/sum, NaN/Inf counts) equal numpy's.

Usage: test_data_in.py INFOSCOPE_CLI SOURCE_DIR   (run by CTest)
Prints 'N passed, N failed' and exits non-zero on any failure.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import numpy as np

CLI, SOURCE = sys.argv[1], sys.argv[2]
DATA = os.path.join(SOURCE, "tests", "data")
results = {"passed": 0, "failed": 0}


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=300)


def check(name, condition, detail=""):
    results["passed" if condition else "failed"] += 1
    print(("PASS " if condition else "FAIL ") + name + ("" if condition else ": " + str(detail)[:400]))


def inspect(path, *extra):
    p = run("inspect", path, *extra)
    return p, (json.loads(p.stdout) if p.returncode == 0 else None)


def check_dump(label, path):
    p, info = inspect(path)
    check(label + ": opens", p.returncode == 0, p.stderr)
    if not info:
        return
    dump = info.get("dump", {})
    check(label + ": kind activation-dump", info["kind"] == "activation-dump", info["kind"])
    check(label + ": six layers in manifest order", dump.get("layers") == ["fc1", "fc2", "fc3", "fc4", "fc5", "fc6"],
          dump.get("layers"))
    check(label + ": steps 0..20", dump.get("steps") == list(range(21)), dump.get("steps"))
    check(label + ": 4096 samples with labels and inputs",
          dump.get("samples") == 4096 and dump.get("labels") and dump.get("inputs"), dump)
    widths = {a["name"].split("/")[1]: a["shape"][1] for a in info["arrays"] if a["name"].startswith("activations/")}
    check(label + ": widths 10-7-5-4-3-2", [widths[l] for l in dump["layers"]] == [10, 7, 5, 4, 3, 2], widths)


def main():
    tmp = tempfile.mkdtemp(prefix="infoscope-datain-")
    example = os.path.join(SOURCE, "tools", "examples", "train_mlp_dump.py")
    folder = os.path.join(tmp, "run")
    p = subprocess.run(["/usr/bin/python3", example, folder], capture_output=True, text=True, timeout=600)
    check("dump tool trains and writes a folder", p.returncode == 0, p.stderr)
    check_dump("folder dump", folder)
    npz = os.path.join(tmp, "run.npz")
    p = subprocess.run(["/usr/bin/python3", example, npz, "--npz"], capture_output=True, text=True, timeout=600)
    check("dump tool writes an .npz", p.returncode == 0, p.stderr)
    check_dump("npz dump", npz if os.path.exists(npz) else npz + ".npz")

    # The information plane of that run against a numpy binning estimator on the same arrays.
    out = os.path.join(tmp, "plane.json")
    p = run("run", "infoplane.dump", "--input", "dump=" + folder, "--out", out)
    check("infoplane.dump runs on the dump folder", p.returncode == 0, p.stderr)
    if p.returncode == 0:
        result = json.load(open(out))
        values = {item["id"]: item for item in result["items"]}["values"]
        labels = np.load(os.path.join(folder, "labels.npy"))
        edges = np.linspace(-1, 1, 30)

        def numpy_binning(t):
            cells = np.clip(np.digitize(t, edges) - 1, 0, 28)
            _, symbols = np.unique(cells, axis=0, return_inverse=True)
            def h(codes):
                p_ = np.unique(codes, return_counts=True)[1] / codes.size
                return float(-(p_ * np.log2(p_)).sum())
            ht = h(symbols)
            return ht, ht - (h(symbols * 2 + labels) - h(labels))

        worst = 0.0
        for row in values["rows"]:
            layer, step, ixt, ity = row
            t = np.load(os.path.join(folder, "activations", layer, "%06d.npy" % step)).astype(np.float64)
            want = numpy_binning(t)
            worst = max(worst, abs(ixt - want[0]), abs(ity - want[1]))
        check("plane equals numpy binning (all layers and epochs)", worst < 1e-9, worst)
        hy = -sum(p_ * np.log2(p_) for p_ in np.bincount(labels) / labels.size)
        check("I(T;Y) never exceeds I(X;Y) = H(Y)", all(row[3] <= hy + 1e-12 for row in values["rows"]), hy)

    # Bootstrap error bars: positive spreads for every point, in the JSON and the CSV figure data.
    out = os.path.join(tmp, "plane_bootstrap.json")
    csv_path = os.path.join(tmp, "plane_bootstrap.csv")
    p = run("run", "infoplane.dump", "--input", "dump=" + folder, "--param", "bootstrap=8", "--param", "seed=3",
            "--out", out, "--figure", csv_path, "--figure-item", "plane")
    check("infoplane.dump with bootstrap", p.returncode == 0, p.stderr)
    if p.returncode == 0:
        plane = {item["id"]: item for item in json.load(open(out))["items"]}["plane"]
        errors = [e for t in plane["trajectories"] for e in t.get("y_error", [])]
        check("bootstrap sd of I(T;Y) for every point, some positive",
              len(errors) == sum(len(t["y"]) for t in plane["trajectories"]) and max(errors) > 0 and min(errors) >= 0,
              errors[:5])
        check("CSV has the error columns", "x_error" in open(csv_path).readline(), open(csv_path).readline())

    # One array of a container as an input: FILE::ARRAY.
    npz_path = npz if os.path.exists(npz) else npz + ".npz"
    out = os.path.join(tmp, "binning.json")
    p = run("run", "mi.binning", "--input", "t=" + npz_path + "::activations/fc3/000020",
            "--input", "y=" + npz_path + "::labels", "--param", "units=bits", "--out", out)
    check("FILE::ARRAY inputs", p.returncode == 0, p.stderr)
    p = run("run", "mi.binning", "--input", "t=" + npz_path + "::activations/nope/000020",
            "--input", "y=" + npz_path + "::labels", "--out", out)
    check("a missing array -> exit 3 naming it", p.returncode == 3 and "nope" in p.stderr, p.stderr)

    # Statistics against numpy on the same arrays, NaN and Inf included.
    values = np.random.default_rng(3).normal(size=(300, 7)).astype(np.float32)
    values[5, 2] = np.nan
    values[7, 1] = np.inf
    values[9, 0] = -np.inf
    values[11, 3] = np.nan
    path = os.path.join(tmp, "special.npy")
    np.save(path, values)
    p, info = inspect(path, "--stats")
    check("stats on an array with NaN/Inf", p.returncode == 0, p.stderr)
    if info:
        s = info["arrays"][0]["stats"]
        finite = values[np.isfinite(values)].astype(np.float64)
        check("NaN and Inf counts equal numpy's",
              (s["nan"], s["posinf"], s["neginf"]) == (2, 1, 1), s)
        check("min/max/mean over finite values equal numpy's",
              s["min"] == float(finite.min()) and s["max"] == float(finite.max())
              and abs(s["mean"] - finite.mean()) < 1e-12 * (1 + abs(finite.mean())), (s, finite.mean()))
    p, info = inspect(os.path.join(DATA, "readers", "h5", "data.h5"), "--stats")
    if info:
        import h5py
        with h5py.File(os.path.join(DATA, "readers", "h5", "data.h5"), "r") as f:
            expected = f["compressed"][()].astype(np.float64)
        s = [a for a in info["arrays"] if a["name"] == "compressed"][0]["stats"]
        check("stats of a chunked, compressed HDF5 dataset equal numpy's",
              abs(s["sum"] - expected.sum()) < 1e-9 and s["min"] == expected.min() and s["max"] == expected.max(), s)

    # Every damaged file: exit 3 and one line on stderr that names the file.
    index = json.load(open(os.path.join(DATA, "bad", "index.json")))
    for entry in index:
        path = os.path.join(DATA, "bad", entry["file"])
        p = run("inspect", path, "--stats")
        lines = p.stderr.strip().splitlines()
        check("bad input %s -> exit 3 naming it" % entry["file"],
              p.returncode == 3 and len(lines) == 1 and entry["file"] in lines[0], (p.returncode, p.stderr))
    p = run("inspect", os.path.join(DATA, "readers"))
    check("a folder without manifest.json -> exit 3", p.returncode == 3 and "manifest.json" in p.stderr, p.stderr)
    p = run("inspect", os.path.join(tmp, "no-such-file.npy"))
    check("a missing file -> exit 3", p.returncode == 3 and "no-such-file.npy" in p.stderr, p.stderr)

    # A NaN in one layer at one step: the analysis fails (exit 4) and says where.
    poisoned = os.path.join(tmp, "poisoned")
    for layer in ("fc1", "fc2"):
        os.makedirs(os.path.join(poisoned, "activations", layer))
        for step in range(3):
            values = np.tanh(np.random.default_rng(step).normal(size=(64, 3))).astype(np.float32)
            if layer == "fc2" and step == 2:
                values[17, 1] = np.nan
            np.save(os.path.join(poisoned, "activations", layer, "%06d.npy" % step), values)
    np.save(os.path.join(poisoned, "labels.npy"), np.arange(64) % 2)
    with open(os.path.join(poisoned, "manifest.json"), "w") as f:
        json.dump({"format": "infoscope-dump", "version": 1, "layers": ["fc1", "fc2"]}, f)
    p = run("run", "infoplane.dump", "--input", "dump=" + poisoned, "--out", os.path.join(tmp, "poisoned.json"))
    check("a NaN in the dump -> exit 4 naming the layer and step",
          p.returncode == 4 and "layer 'fc2', step 2" in p.stderr and "NaN" in p.stderr, (p.returncode, p.stderr))

    print("%d passed, %d failed" % (results["passed"], results["failed"]))
    if not results["failed"]:
        shutil.rmtree(tmp, ignore_errors=True)  # kept after a failure, to look at
    return 1 if results["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())

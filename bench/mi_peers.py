#!/usr/bin/python3
"""Benchmark peers for InfoScope's mutual-information estimators, timed in this process.

    /usr/bin/python3 bench/mi_peers.py [--workdir /tmp/infoscope-bench-mi] [--sizes 10000 100000]
                                       [--dims 1 10] [--k 4] [--steps 100] [--skip-generate]
    /usr/bin/python3 bench/mi_peers.py --peer sklearn_ksg|npeet_style_ksg --x X.npy --y Y.npy [--k 4]
    /usr/bin/python3 bench/mi_peers.py --peer numpy_binning_plane --dump DIR [--bins 30]

Without --peer it writes the benchmark data under --workdir (once; kept between runs):
  gauss_n{N}_d{d}_{x,y}.npy  float64 (N, d): Gaussian, corr(x_j, y_j) = 0.6 per coordinate pair and
                             independent pairs, so MI = -d/2 * ln(1 - 0.36) nats;
  plane/layer{0..5}.npy      float32 (steps, 4096, w), w = 10, 7, 5, 4, 3, 2: tanh of random
                             projections of the szt12 inputs (tests/data/generate_mi_fixtures.py),
                             weights drifting and growing over the steps; plane/labels.npy int64,
then prints one JSON line per timing (peer, sizes, seconds, value) and one "environment" line
(BLAS numpy links, whether Debian's libopenblas0-pthread is installed).

Peers, each returning (seconds, value) for the estimator call alone (data already in memory):
  sklearn_ksg(x, y, k)          sklearn.feature_selection.mutual_info_regression, d = 1 per side,
                                random_state=0 (its std scaling + 1e-10 noise are timed as well).
  npeet_style_ksg(x, y, k)      KSG algorithm 1 in the style of the NPEET package, written here:
                                1e-10 * U[0, 1) noise on x and y (NPEET's add_noise), a joint
                                scipy.spatial.cKDTree, query(k + 1, p=inf)[:, k] as the radius, then
                                marginal counts query_ball_point(r - 1e-15, p=inf, return_length)
                                that include the point itself, so mean psi(n_x + 1) comes out as
                                mean psi(count); MI = psi(k) + psi(N) - <psi(cx)> - <psi(cy)>.
                                Nats (NPEET's default base is 2). No scaling, as NPEET. Any d.
  numpy_binning_plane(dump, labels, bins=30)
                                IDNNs binning (30 edges over [-1, 1], cells clipped into range) for
                                every step x layer: cells packed into one int64 code per row
                                (mixed radix; np.unique(axis=0) on a void view when it would
                                overflow), one sort of code * n_labels + label gives both H(T) and
                                H(T, Y); I(X;T) = H(T), I(T;Y) = H(T) + H(Y) - H(T, Y), bits.
                                Returns (seconds, array (steps, layers, 2)).

Run time on the 2-core development container (one core, OMP_NUM_THREADS=1): about 8 min, of which
npeet_style_ksg at N = 100000, d = 10 takes ~450 s (20-D joint kd-tree); use --sizes 10000 or
--dims 1 for a quick run.

BLAS threads: this machine's numpy links Debian's reference (netlib) libblas3, single-threaded. The
peers here do not depend on BLAS (kd-trees, sorts); keep OMP/OPENBLAS threads at 1 on shared hosts.
"""
import argparse
import json
import os
import subprocess
import sys
import time

import numpy as np
from scipy.spatial import cKDTree
from scipy.special import digamma

HERE = os.path.dirname(os.path.abspath(__file__))
RHO = 0.6
WIDTHS = (10, 7, 5, 4, 3, 2)


# ----------------------------------------------------------------------------------------------
# peers
# ----------------------------------------------------------------------------------------------

def sklearn_ksg(x, y, k):
    """scikit-learn's KSG (d = 1 per side). Returns (seconds, MI in nats, clamped at 0)."""
    from sklearn.feature_selection import mutual_info_regression
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if x.ndim > 1 and x.shape[1] != 1 or y.ndim > 1 and y.shape[1] != 1:
        raise ValueError("sklearn_ksg handles one dimension per side")
    x = x.reshape(-1, 1)
    y = y.ravel()
    start = time.perf_counter()
    value = mutual_info_regression(x, y, n_neighbors=k, random_state=0)[0]
    return time.perf_counter() - start, float(value)


def _ksg_npeet_core(x, y, k, workers=1):
    n = x.shape[0]
    joint = np.hstack((x, y))
    radius = cKDTree(joint).query(joint, k=k + 1, p=np.inf, workers=workers)[0][:, k]
    radius = radius - 1e-15
    cx = cKDTree(x).query_ball_point(x, radius, p=np.inf, return_length=True, workers=workers)
    cy = cKDTree(y).query_ball_point(y, radius, p=np.inf, return_length=True, workers=workers)
    return float(digamma(k) + digamma(n) - np.mean(digamma(cx)) - np.mean(digamma(cy)))


def npeet_style_ksg(x, y, k, noise=1e-10, seed=0, workers=1):
    """KSG-1 over cKDTree (max-norm) as NPEET does it. Returns (seconds, MI in nats)."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    x = x.reshape(x.shape[0], -1)
    y = y.reshape(y.shape[0], -1)
    rng = np.random.default_rng(seed)
    start = time.perf_counter()
    if noise:
        x = x + noise * rng.random(x.shape)
        y = y + noise * rng.random(y.shape)
    value = _ksg_npeet_core(x, y, k, workers)
    return time.perf_counter() - start, value


def _entropy_bits_from_sorted(codes):
    """Plug-in entropy (bits) of the values in a sorted 1-D integer array."""
    n = codes.size
    boundaries = np.flatnonzero(codes[1:] != codes[:-1]) + 1
    counts = np.diff(np.concatenate(([0], boundaries, [n])))
    return float(np.log2(n) - np.sum(counts * np.log2(counts)) / n)


def _row_codes(cells, n_cells, n_labels):
    """One int64 per row: mixed radix when code * n_labels fits, else a dense id (np.unique)."""
    width = cells.shape[1]
    if width * np.log2(n_cells) + np.log2(max(n_labels, 1)) < 62:
        codes = np.zeros(cells.shape[0], dtype=np.int64)
        for j in range(width):
            codes *= n_cells
            codes += cells[:, j]
        return codes, n_cells ** width
    rows = np.ascontiguousarray(cells.astype(np.uint8 if n_cells <= 256 else np.int32))
    view = rows.view(np.dtype((np.void, rows.dtype.itemsize * width))).ravel()
    _, inverse = np.unique(view, return_inverse=True)
    return inverse.astype(np.int64), rows.shape[0]


def binning_layer(activations, label_index, n_labels, h_y, edges):
    """I(X;T) and I(T;Y) in bits for one layer (IDNNs binning, cells clipped into range)."""
    n_cells = edges.size - 1
    cells = np.digitize(activations, edges) - 1
    np.clip(cells, 0, n_cells - 1, out=cells)
    codes, _ = _row_codes(cells.reshape(cells.shape[0], -1), n_cells, n_labels)
    joint = codes * n_labels + label_index
    joint.sort()
    h_ty = _entropy_bits_from_sorted(joint)
    h_t = _entropy_bits_from_sorted(joint // n_labels)
    return h_t, h_t + h_y - h_ty


def numpy_binning_plane(dump_arrays, labels, bins=30):
    """dump_arrays[step][layer] is an (N, width) array. Returns (seconds, (steps, layers, 2))."""
    start = time.perf_counter()
    edges = np.linspace(-1.0, 1.0, bins)
    values, label_index = np.unique(np.asarray(labels).ravel(), return_inverse=True)
    label_index = label_index.astype(np.int64)
    n_labels = values.size
    h_y = _entropy_bits_from_sorted(np.sort(label_index))
    n_layers = max(len(step) for step in dump_arrays)
    results = np.full((len(dump_arrays), n_layers, 2), np.nan)
    for s, step in enumerate(dump_arrays):
        for l, layer in enumerate(step):
            results[s, l] = binning_layer(layer, label_index, n_labels, h_y, edges)
    return time.perf_counter() - start, results


# ----------------------------------------------------------------------------------------------
# data
# ----------------------------------------------------------------------------------------------

def gaussian_files(workdir, n, d):
    return (os.path.join(workdir, "gauss_n%d_d%d_x.npy" % (n, d)),
            os.path.join(workdir, "gauss_n%d_d%d_y.npy" % (n, d)))


def write_gaussian(workdir, n, d):
    xf, yf = gaussian_files(workdir, n, d)
    if os.path.exists(xf) and os.path.exists(yf):
        return
    rng = np.random.default_rng(10 * n + d)
    x = rng.standard_normal((n, d))
    y = RHO * x + np.sqrt(1.0 - RHO * RHO) * rng.standard_normal((n, d))
    np.save(xf, x)
    np.save(yf, y)


def szt12_task():
    sys.path.insert(0, os.path.join(HERE, "..", "tests", "data"))
    from generate_mi_fixtures import szt12  # noqa: E402
    x, f, _, _ = szt12()
    return x, (f > -(1.0 + np.sqrt(5.0))).astype(np.int64)  # theta = -2 phi, as in the fixtures


def write_plane(workdir, steps):
    folder = os.path.join(workdir, "plane")
    files = [os.path.join(folder, "layer%d.npy" % l) for l in range(len(WIDTHS))]
    labels_file = os.path.join(folder, "labels.npy")
    if all(os.path.exists(f) for f in files + [labels_file]):
        if np.load(files[0], mmap_mode="r").shape[0] == steps:
            return
    os.makedirs(folder, exist_ok=True)
    x, labels = szt12_task()
    np.save(labels_file, labels)
    rng = np.random.default_rng(424242)
    fan_in = (12,) + WIDTHS[:-1]
    w0 = [rng.standard_normal((a, b)) / np.sqrt(a) for a, b in zip(fan_in, WIDTHS)]
    drift = [rng.standard_normal((a, b)) / np.sqrt(a) for a, b in zip(fan_in, WIDTHS)]
    outs = [np.lib.format.open_memmap(f, mode="w+", dtype=np.float32, shape=(steps, 4096, w))
            for f, w in zip(files, WIDTHS)]
    for s in range(steps):
        t = s / max(1, steps - 1)
        h = x
        for l in range(len(WIDTHS)):
            w = (1.0 + 2.0 * t) * (w0[l] + 0.5 * t * drift[l])
            h = np.tanh(h @ w)
            outs[l][s] = h
    for out in outs:
        out.flush()


def write_plane_dump(workdir):
    """The plane data once more as an activation dump (docs/dump-format.md): one stored (uncompressed)
    .npz with activations/fc<l+1>/<step>, labels and manifest.json, which InfoScope maps in place."""
    import io
    import zipfile
    folder = os.path.join(workdir, "plane")
    target = os.path.join(folder, "dump.npz")
    if os.path.exists(target):
        return target
    layers = [np.load(os.path.join(folder, "layer%d.npy" % l), mmap_mode="r") for l in range(len(WIDTHS))]
    steps = layers[0].shape[0]
    names = ["fc%d" % (l + 1) for l in range(len(WIDTHS))]
    manifest = {"format": "infoscope-dump", "version": 1, "step_unit": "epoch", "layers": names,
                "steps": list(range(steps))}
    partial = target + ".partial"
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as archive:
        def put(name, array):
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.ascontiguousarray(array))
            archive.writestr(name + ".npy", buffer.getvalue())
        for s in range(steps):
            for l, name in enumerate(names):
                put("activations/%s/%06d" % (name, s), layers[l][s])
        put("labels", np.load(os.path.join(folder, "labels.npy")))
        archive.writestr("manifest.json", json.dumps(manifest))
    os.replace(partial, target)
    return target


def load_plane(folder):
    layers = [np.load(os.path.join(folder, "layer%d.npy" % l)) for l in range(len(WIDTHS))]
    labels = np.load(os.path.join(folder, "labels.npy"))
    return [[layer[s] for layer in layers] for s in range(layers[0].shape[0])], labels


# ----------------------------------------------------------------------------------------------
# environment and verification
# ----------------------------------------------------------------------------------------------

def environment():
    info = {"numpy": np.__version__}
    try:
        blas = np.__config__.get_info("blas_opt_info")
        info["numpy_blas_libraries"] = blas.get("libraries", [])
    except Exception as error:  # numpy >= 1.25 has no get_info
        info["numpy_blas_libraries"] = repr(error)
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f", "${Status} ${Version}",
                              "libopenblas0-pthread"], capture_output=True, text=True)
        info["libopenblas0_pthread"] = out.stdout.strip() or "not installed"
    except OSError:
        info["libopenblas0_pthread"] = "dpkg-query unavailable"
    try:
        maps = open("/proc/self/maps").read()
        info["loaded_blas"] = sorted({line.split()[-1] for line in maps.splitlines()
                                      if "blas" in line.lower() or "lapack" in line.lower()})
    except OSError:
        pass
    info["cpu_count"] = os.cpu_count()
    info["threads_env"] = {k: os.environ.get(k) for k in
                           ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS") if os.environ.get(k)}
    return info


def verify_against_sklearn(x, y, k):
    """Our NPEET-style core on sklearn's own preprocessing (scale + RandomState(0) noise)."""
    sys.path.insert(0, os.path.join(HERE, "..", "tests", "data"))
    from generate_mi_fixtures import ksg1, sklearn_preprocess  # noqa: E402
    px, py = sklearn_preprocess(x.ravel(), y.ravel(), 0)
    ours_npeet = _ksg_npeet_core(px.reshape(-1, 1), py.reshape(-1, 1), k)
    ours_strict = ksg1(px, py, k)
    _, theirs = sklearn_ksg(x, y, k)
    return {"check": "ksg_vs_sklearn", "n": int(x.shape[0]), "k": k, "sklearn_nats": theirs,
            "npeet_style_on_sklearn_preprocessing_nats": ours_npeet,
            "strict_nextafter_on_sklearn_preprocessing_nats": ours_strict,
            "abs_diff_npeet_style": abs(ours_npeet - theirs),
            "abs_diff_strict": abs(ours_strict - theirs)}


def emit(record):
    print(json.dumps(record), flush=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workdir", default="/tmp/infoscope-bench-mi")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    parser.add_argument("--dims", type=int, nargs="+", default=[1, 10])
    parser.add_argument("--k", type=int, default=4)
    parser.add_argument("--steps", type=int, default=100)
    parser.add_argument("--bins", type=int, default=30)
    parser.add_argument("--skip-generate", action="store_true")
    parser.add_argument("--no-verify", action="store_true")
    parser.add_argument("--peer", choices=["sklearn_ksg", "npeet_style_ksg", "numpy_binning_plane"])
    parser.add_argument("--x")
    parser.add_argument("--y")
    parser.add_argument("--dump", help="folder with layer{0..5}.npy and labels.npy")
    args = parser.parse_args(argv)

    if args.peer in ("sklearn_ksg", "npeet_style_ksg"):
        x, y = np.load(args.x), np.load(args.y)
        seconds, value = globals()[args.peer](x, y, args.k)
        emit({"peer": args.peer, "x": args.x, "y": args.y, "n": int(x.shape[0]),
              "d": int(x.size // x.shape[0]), "k": args.k, "seconds": seconds,
              "value_nats": value})
        return
    if args.peer == "numpy_binning_plane":
        dump, labels = load_plane(args.dump)
        seconds, results = numpy_binning_plane(dump, labels, args.bins)
        emit({"peer": "numpy_binning_plane", "steps": len(dump), "layers": len(dump[0]),
              "seconds": seconds, "first_step": results[0].tolist(),
              "last_step": results[-1].tolist()})
        return

    os.makedirs(args.workdir, exist_ok=True)
    emit({"environment": environment()})
    if not args.skip_generate:
        for n in args.sizes:
            for d in args.dims:
                write_gaussian(args.workdir, n, d)
        write_plane(args.workdir, args.steps)
    for n in args.sizes:
        for d in args.dims:
            xf, yf = gaussian_files(args.workdir, n, d)
            x, y = np.load(xf), np.load(yf)
            analytic = -0.5 * d * np.log1p(-RHO * RHO)
            if d == 1:
                seconds, value = sklearn_ksg(x, y, args.k)
                emit({"peer": "sklearn_ksg", "n": n, "d": d, "k": args.k, "seconds": seconds,
                      "value_nats": value, "analytic_nats": analytic, "x": xf, "y": yf})
            seconds, value = npeet_style_ksg(x, y, args.k)
            emit({"peer": "npeet_style_ksg", "n": n, "d": d, "k": args.k, "seconds": seconds,
                  "value_nats": value, "analytic_nats": analytic, "x": xf, "y": yf})
            if d == 1 and not args.no_verify and n == min(args.sizes):
                emit(verify_against_sklearn(x, y, args.k))
    dump, labels = load_plane(os.path.join(args.workdir, "plane"))
    seconds, results = numpy_binning_plane(dump, labels, args.bins)
    emit({"peer": "numpy_binning_plane", "steps": len(dump), "layers": len(dump[0]),
          "n": int(dump[0][0].shape[0]), "bins": args.bins, "seconds": seconds,
          "first_step": results[0].tolist(), "last_step": results[-1].tolist(),
          "dump": os.path.join(args.workdir, "plane")})


if __name__ == "__main__":
    main()

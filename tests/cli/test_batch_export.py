#!/usr/bin/python3
"""infoscope-cli as a batch engine: export, inspect's stored layout, batch/shard/merge/resume, Ctrl-C,
start-up without LibTorch, 1-bit PNGs. References come from numpy, h5py and torch reading the reader
fixtures (tests/data/generate_reader_fixtures.py) and from per-item `run`s.

Usage: test_batch_export.py INFOSCOPE_CLI SOURCE_DIR   (run by CTest)
Prints 'N passed, N failed' and exits non-zero on any failure.
"""
import glob
import json
import os
import signal
import struct
import shutil
import subprocess
import sys
import tempfile
import time

import numpy as np

CLI, SOURCE = sys.argv[1], sys.argv[2]
DATA = os.path.join(SOURCE, "tests", "data")
sys.path.insert(0, os.path.join(SOURCE, "tools"))
import pnglite  # noqa: E402

results = {"passed": 0, "failed": 0}


def run(*args, env=None, timeout=300):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=timeout, env=environment)


def check(name, condition, detail=""):
    results["passed" if condition else "failed"] += 1
    print(("PASS " if condition else "FAIL ") + name + ("" if condition else ": " + str(detail)[:600]))


# --- references, read by the libraries that wrote the fixtures -------------------------------------

def safetensors_array(path, name):
    with open(path, "rb") as handle:
        length = struct.unpack("<Q", handle.read(8))[0]
        header = json.loads(handle.read(length))
        data = handle.read()
    entry = header[name]
    begin, end = entry["data_offsets"]
    raw = data[begin:end]
    if entry["dtype"] == "BF16":  # the top 16 bits of a float32: InfoScope exports float32 (exact)
        halves = np.frombuffer(raw, dtype="<u2").astype(np.uint32) << 16
        return halves.view(np.float32).reshape(entry["shape"])
    dtypes = {"F32": "<f4", "F16": "<f2", "F64": "<f8", "I64": "<i8", "I32": "<i4", "I16": "<i2", "I8": "i1",
              "U8": "u1", "BOOL": "?"}
    return np.frombuffer(raw, dtype=dtypes[entry["dtype"]]).reshape(entry["shape"])


def torch_array(path, name):
    import torch
    if path.endswith("module.pt"):
        module = torch.jit.load(path)
        value = dict(module.named_parameters())[name]
    else:
        value = torch.load(path, map_location="cpu")
        for part in name.split("/") if name else []:
            value = value[part]
    value = value.detach()
    if value.dtype == torch.bfloat16:
        value = value.float()
    return value.numpy()


def reference(record):
    path = os.path.join(DATA, "readers", record["file"])
    kind = record["file"].split("/")[0]
    if record["file"].endswith(".npy"):
        return np.load(path)
    if kind == "npz":
        return np.load(path)[record["name"]]
    if kind == "h5":
        import h5py
        with h5py.File(path, "r") as handle:
            return handle[record["name"]][()]
    if kind == "safetensors":
        return safetensors_array(path, record["name"])
    return torch_array(path, record["name"])


def bit_equal(a, b):
    a, b = np.asarray(a), np.asarray(b)
    if a.dtype.newbyteorder("=") != b.dtype.newbyteorder("=") or a.shape != b.shape:
        return False
    return np.ascontiguousarray(a).astype(a.dtype.newbyteorder("<")).tobytes() == \
        np.ascontiguousarray(b).astype(b.dtype.newbyteorder("<")).tobytes()


def test_export(tmp):
    expected = json.load(open(os.path.join(DATA, "readers", "expected.json")))
    failures = []
    for record in expected["arrays"]:
        source = os.path.join(DATA, "readers", record["file"]) + ("::" + record["name"] if record["name"] else "")
        out = os.path.join(tmp, "export.npy")
        p = run("export", source, "--out", out)
        if p.returncode != 0:
            failures.append(f"{source}: exit {p.returncode} {p.stderr.strip()}")
            continue
        written, wanted = np.load(out), reference(record)
        if not bit_equal(written, wanted):
            failures.append(f"{source}: {written.dtype}{written.shape} != {wanted.dtype}{wanted.shape}")
    check(f"export round-trips all {len(expected['arrays'])} reader fixtures bit-exactly (big-endian, Fortran, "
          "torch views, bfloat16 as float32)", not failures, failures)

    cube = os.path.join(DATA, "readers", "npy", "float32_3d.npy")
    a = np.load(cube)
    for expression, view in [("1,:,::-2", a[1, :, ::-2]), ("...,-1", a[..., -1]), ("0", a[0]),
                             (":,1:3,1::2", a[:, 1:3, 1::2]), ("-1,5:,:", a[-1, 5:, :])]:
        out = os.path.join(tmp, "slice.npy")
        p = run("export", cube, "--slice", expression, "--out", out)
        check(f"--slice '{expression}' equals numpy", p.returncode == 0 and bit_equal(np.load(out), view), p.stderr)
    p = run("export", cube, "--slice", "2", "--out", os.path.join(tmp, "bad.npy"))
    check("--slice out of range -> 2, nothing written",
          p.returncode == 2 and "out of range" in p.stderr and not os.path.exists(os.path.join(tmp, "bad.npy")), p.stderr)
    p = run("export", cube, "--out", os.path.join(tmp, "cube.csv"))
    check("CSV of a 3-d array -> 2 naming --slice", p.returncode == 2 and "--slice" in p.stderr, p.stderr)
    csv = os.path.join(tmp, "m.csv")
    p = run("export", cube, "--slice", "0", "--out", csv)
    check("CSV of a float32 slice reads back equal (shortest round-trip text)",
          p.returncode == 0 and np.array_equal(np.loadtxt(csv, delimiter=",", dtype=np.float32, ndmin=2), a[0]), p.stderr)
    ints = os.path.join(DATA, "readers", "npy", "int64_2d.npy")
    p = run("export", ints, "--out", csv)
    check("CSV of int64 keeps integers", p.returncode == 0 and np.array_equal(
        np.loadtxt(csv, delimiter=",", dtype=np.int64, ndmin=2), np.load(ints)), p.stderr)
    p = run("export", os.path.join(DATA, "readers", "npz", "stored.npz"), "--out", os.path.join(tmp, "x.npy"))
    check("a container without ::ARRAY -> 2 naming a way to pick one", p.returncode == 2 and "::" in p.stderr, p.stderr)

    mask = np.zeros((5, 11), dtype=bool)
    mask[1:4, 2:9] = True
    mask[0, 10] = True
    one_bit = os.path.join(tmp, "mask1.png")
    pnglite.write_png(one_bit, mask)
    out = os.path.join(tmp, "mask.npy")
    p = run("export", one_bit, "--out", out)
    check("a 1-bit PNG is read as bool, values kept", p.returncode == 0 and bit_equal(np.load(out), mask), p.stderr)
    sixteen = np.arange(12, dtype=np.uint16).reshape(3, 4) * 5000
    path16 = os.path.join(tmp, "u16.png")
    pnglite.write_png(path16, sixteen)
    p = run("export", path16, "--out", out)
    check("a 16-bit PNG stays uint16", p.returncode == 0 and bit_equal(np.load(out), sixteen), p.stderr)


def test_inspect_layout():
    def layout(path, name=""):
        p = run("inspect", path)
        info = json.loads(p.stdout)
        entry = [a for a in info["arrays"] if a["name"] == name][0]
        return entry.get("layout", {}), info
    readers = os.path.join(DATA, "readers")
    got, _ = layout(os.path.join(readers, "npy", "uint16_be_fortran.npy"))
    check("inspect: big-endian Fortran .npy", got.get("byte_order") == "big" and got.get("order") == "F", got)
    got, _ = layout(os.path.join(readers, "npz", "deflated.npz"), "weights/fc2/000002")
    check("inspect: deflated .npz member", got.get("compression") == "deflate" and got.get("order") == "C", got)
    got, info = layout(os.path.join(readers, "h5", "data.h5"), "compressed")
    import h5py
    with h5py.File(os.path.join(readers, "h5", "data.h5"), "r") as handle:
        chunks = list(handle["compressed"].chunks)
        groups = []
        handle.visit(lambda name: groups.append(name) if isinstance(handle[name], h5py.Group) else None)
    check("inspect: HDF5 chunks and filters as h5py reports", got.get("chunks") == chunks and
          "deflate" in got.get("compression", ""), f"{got} vs {chunks}")
    check("inspect: HDF5 groups as h5py lists them", sorted(info.get("groups", [])) == sorted(groups),
          f"{info.get('groups')} vs {groups}")
    got, _ = layout(os.path.join(readers, "h5", "data.h5"), "big_endian")
    check("inspect: HDF5 big-endian dataset", got.get("byte_order") == "big", got)
    got, _ = layout(os.path.join(readers, "torch", "views.pt"), "t")
    check("inspect: a transposed torch view is F", got.get("order") == "F", got)
    got, _ = layout(os.path.join(readers, "torch", "views.pt"), "strided")
    check("inspect: a strided torch view", got.get("order") == "strided", got)


def loaded_libraries(*args):
    """Shared objects the dynamic loader opened while the command ran (LD_DEBUG=libs)."""
    p = run(*args, env={"LD_DEBUG": "libs"})
    opened = [line.split("file=")[1].split()[0] for line in p.stderr.splitlines() if "file=" in line]
    return p, opened


def test_start_up(tmp):
    image = os.path.join(DATA, "spectrum", "rgb_u8.png")
    for label, args in [("list", ["list"]), ("describe model.forward", ["describe", "model.forward"]),
                        ("run spectrum.image", ["run", "spectrum.image", "--input", "image=" + image,
                                                "--out", os.path.join(tmp, "s.json")])]:
        p, opened = loaded_libraries(*args)
        torch = [name for name in opened if "torch" in name or "libc10" in name]
        check(f"'{label}' does not load LibTorch", p.returncode == 0 and not torch, torch or p.returncode)
    p, opened = loaded_libraries("list")
    codecs = [name for name in opened if "imgcodecs" in name or "gdal" in name]
    check("'list' loads no image codecs (GDAL, GDCM...)", not codecs, codecs)
    module = os.path.join(DATA, "readers", "torch", "module.pt")
    out = os.path.join(tmp, "forward.json")
    p, opened = loaded_libraries("run", "model.forward", "--input", "module=" + module,
                                 "--input", "input=" + os.path.join(DATA, "readers", "torch", "module_input.npy"),
                                 "--out", out)
    ok = p.returncode == 0 and any("libtorch" in name for name in opened)
    if ok:
        rows = json.load(open(out))["items"][0]["rows"]
        expected = np.load(os.path.join(DATA, "readers", "torch", "module_output.npy"))
        ok = np.allclose(np.array(rows, dtype=float), expected, rtol=1e-6, atol=1e-6)
    check("model.forward loads LibTorch on demand and equals torch's output", ok, p.stderr[-400:])
    p = run("run", "model.forward", "--input", "module=" + module, "--input",
            "input=" + os.path.join(DATA, "readers", "torch", "module_input.npy"), "--out", out,
            env={"INFOSCOPE_MODULE_DIR": tmp})  # the build tree is still a fallback: still works
    check("the module is found from the build tree", p.returncode == 0, p.stderr)


def write_dump(folder, layers=("fc1", "fc2", "fc3"), steps=(0, 1, 2, 3), samples=300, broken=None):
    rng = np.random.default_rng(7)
    labels = rng.integers(0, 3, samples)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "manifest.json"), "w") as handle:
        json.dump({"format": "infoscope-dump", "version": 1, "step_unit": "epoch"}, handle)
    np.save(os.path.join(folder, "labels.npy"), labels.astype(np.int64))
    for width, layer in zip((6, 4, 2), layers):
        os.makedirs(os.path.join(folder, "activations", layer), exist_ok=True)
        for step in steps:
            values = np.tanh(rng.normal(size=(samples, width)) + 0.3 * step * labels[:, None]).astype(np.float32)
            if (layer, step) == broken:
                values[5, 0] = np.nan
            np.save(os.path.join(folder, "activations", layer, f"{step:06d}.npy"), values)
    return labels


def index_rows(path):
    return [json.loads(line) for line in open(path)]


def test_batch(tmp):
    dump = os.path.join(tmp, "dump")
    write_dump(dump, broken=("fc2", 1))
    out = os.path.join(tmp, "whole")
    args = ["mi.binning", "--dump", dump, "--input", "y=" + dump + "::labels", "--param", "bins=12", "--quiet"]
    p = run("batch", *args, "--out", out)
    check("batch exits 4 when an item fails, after running the rest", p.returncode == 4 and "1 items failed" in p.stderr,
          p.stderr)
    rows = index_rows(os.path.join(out, "index.jsonl"))
    check("index: one row per (layer, step) in batch order", [r["item"] for r in rows] ==
          [f"{l}@{s}" for l in ("fc1", "fc2", "fc3") for s in range(4)], [r["item"] for r in rows])
    failed = [r for r in rows if r["status"] != "ok"]
    check("the failing item is recorded with its error", len(failed) == 1 and failed[0]["item"] == "fc2@1"
          and "NaN" in failed[0]["error"] and failed[0]["exit_code"] == 4, failed)

    same = True
    for row in rows:
        if row["status"] != "ok":
            continue
        single = os.path.join(tmp, "single.json")
        q = run("run", "mi.binning", "--input", "t=" + row["inputs"]["t"], "--input", "y=" + dump + "::labels",
                "--param", "bins=12", "--out", single)
        batch_result = json.load(open(os.path.join(out, row["result"])))
        one = json.load(open(single))
        same = same and q.returncode == 0 and batch_result == one
        table = {r[0]: r[1] for r in one["items"][0]["rows"]}
        same = same and abs(row["headline"]["I(X;T)"] - table["I(X;T)"]) < 1e-12
    check("every batch result equals the per-item run (and the headline its numbers)", same)

    summary = json.load(open(os.path.join(out, "summary.infoscope.json")))
    items = {item["id"]: item for item in summary["runs"][0]["result"]["items"]}
    plane = items.get("plane", {})
    check("summary: an information plane with a trajectory per layer",
          [t["name"] for t in plane.get("trajectories", [])] == ["fc1", "fc2", "fc3"], list(items))

    # Shards into one folder, then merge: the same index and results as the whole run.
    sharded = os.path.join(tmp, "sharded")
    codes = [run("batch", *args, "--out", sharded, "--shard", f"{i}/4").returncode for i in range(4)]
    check("4 shards run (exit 4 only for the shard with the failing item)", sorted(codes) == [0, 0, 0, 4], codes)
    p = run("merge", sharded)
    merged = index_rows(os.path.join(sharded, "index.jsonl"))
    check("merge of 4 shards equals the unsharded index", merged == rows, p.stderr)
    check("merged results equal the unsharded results", all(
        open(os.path.join(sharded, r["result"])).read() == open(os.path.join(out, r["result"])).read()
        for r in rows if r["status"] == "ok"))
    check("merged summary equals the unsharded one",
          json.load(open(os.path.join(sharded, "summary.infoscope.json"))) == summary)
    partial = os.path.join(tmp, "partial")
    run("batch", *args, "--out", partial, "--shard", "0/4")
    p = run("merge", partial)
    check("merge names the items no shard recorded", p.returncode == 4 and "9 items have no row" in p.stderr, p.stderr)

    stamps = {path: os.stat(path).st_mtime_ns for path in glob.glob(os.path.join(out, "results", "*.json"))}
    p = run("batch", *args, "--out", out, "--resume")
    check("--resume redoes nothing", stamps == {path: os.stat(path).st_mtime_ns for path in stamps}
          and index_rows(os.path.join(out, "index.jsonl")) == rows, p.stderr)
    p = run("batch", *args, "--out", out)
    check("a second batch into the same folder without --resume -> 2", p.returncode == 2 and "--resume" in p.stderr,
          p.stderr)
    p = run("batch", "mi.binning", "--dump", dump, "--input", "y=" + dump + "::labels", "--out", out, "--resume")
    check("resuming with other parameters -> 2", p.returncode == 2 and "another batch" in p.stderr, p.stderr)

    pairs = os.path.join(tmp, "pairs")
    os.makedirs(pairs)
    rng = np.random.default_rng(3)
    with open(os.path.join(pairs, "list.csv"), "w") as handle:
        handle.write("id,x,y\n")
        for k, rho in enumerate((0.0, 0.5, 0.9)):
            x = rng.normal(size=(2000, 1))
            y = rho * x + np.sqrt(1 - rho ** 2) * rng.normal(size=(2000, 1))
            np.save(os.path.join(pairs, f"x{k}.npy"), x)
            np.save(os.path.join(pairs, f"y{k}.npy"), y)
            handle.write(f"rho{rho},x{k}.npy,y{k}.npy\n")
    p = run("batch", "mi.gaussian", "--inputs", os.path.join(pairs, "list.csv"), "--out", os.path.join(pairs, "out"))
    rows = index_rows(os.path.join(pairs, "out", "index.jsonl"))
    got = [r["headline"]["I(X;Y)"] for r in rows] if p.returncode == 0 else []
    want = [-0.5 * np.log(1 - np.corrcoef(np.load(os.path.join(pairs, f"x{k}.npy"))[:, 0],
                                          np.load(os.path.join(pairs, f"y{k}.npy"))[:, 0])[0, 1] ** 2) for k in range(3)]
    check("--inputs CSV: one item per row, Gaussian MI = -1/2 ln(1 - r^2) of numpy's r",
          len(got) == 3 and np.allclose(got, want, rtol=1e-9), f"{p.stderr} {got} {want}")


def interrupt(args, delay):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([CLI, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment)
    time.sleep(delay)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=120)
    return process.returncode, err


def test_interrupt(tmp):
    rng = np.random.default_rng(1)
    x = os.path.join(tmp, "big_x.npy")
    y = os.path.join(tmp, "big_y.npy")
    np.save(x, rng.normal(size=(20000, 3)))
    np.save(y, rng.normal(size=(20000, 3)))
    out = os.path.join(tmp, "interrupted.json")
    code, err = interrupt(["run", "mi.ksg", "--input", "x=" + x, "--input", "y=" + y, "--param", "surrogates=2000",
                           "--out", out], 1.5)
    leftovers = glob.glob(os.path.join(tmp, "interrupted.json*"))
    check("Ctrl-C during run: exit 130, no result, no temporary", code == 130 and not leftovers, f"{code} {err} {leftovers}")

    out = os.path.join(tmp, "timed.json")
    start = time.time()
    p = run("run", "mi.ksg", "--input", "x=" + x, "--input", "y=" + y, "--param", "surrogates=2000", "--out", out,
            "--timeout", "1")
    check("--timeout 1 on a long run: exit 124 within the grace, nothing written",
          p.returncode == 124 and time.time() - start < 10 and not glob.glob(out + "*"), f"{p.returncode} {p.stderr}")

    dump = os.path.join(tmp, "slowdump")
    write_dump(dump, samples=6000, steps=tuple(range(6)))
    batch_out = os.path.join(tmp, "slowbatch")
    code, err = interrupt(["batch", "mi.ksg", "--dump", dump, "--input", "y=" + dump + "::labels", "--param",
                           "surrogates=200", "--out", batch_out], 2.5)
    parts = glob.glob(os.path.join(batch_out, "**", "*.part-*"), recursive=True)
    rows = index_rows(os.path.join(batch_out, "index.jsonl")) if os.path.exists(os.path.join(batch_out, "index.jsonl")) else []
    files = sorted(os.path.basename(f) for f in glob.glob(os.path.join(batch_out, "results", "*.json")))
    check("Ctrl-C during batch: exit 130, no temporary, a result file only for each recorded item",
          code == 130 and not parts and files == sorted(os.path.basename(r["result"]) for r in rows),
          f"{code} {err} {parts} {files} {len(rows)}")


def main():
    tmp = tempfile.mkdtemp(prefix="infoscope-batch-")
    test_export(tmp)
    test_inspect_layout()
    test_start_up(tmp)
    test_batch(tmp)
    test_interrupt(tmp)
    print(f"{results['passed']} passed, {results['failed']} failed")
    if not results["failed"]:
        shutil.rmtree(tmp, ignore_errors=True)  # kept after a failure, to look at
    return 1 if results["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())

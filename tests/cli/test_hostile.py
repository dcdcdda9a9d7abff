#!/usr/bin/python3
"""Hostile files (issue #11, first classes): no hang, no crash, no read outside what was opened.

Each case runs infoscope-cli under a 2 GiB address-space cap and a 30 s timeout and expects a typed
error (exit 3) with a message naming the file and the problem:
  - named pipes given as a file, inside a dump folder or as an image (open() would block forever);
  - JSON nested 100 000 levels deep as a dump manifest (folder, .npz member, HDF5 attribute) and as a
    safetensors header (the serialiser recursed per level and overflowed the stack);
  - symbolic links out of an opened folder: an image, a masks/ folder, a dump's manifest.json
    pointing at a file outside (its content must not be echoed);
  - an HDF5 dataset whose raw data lie in an external file (here a secret outside the HDF5 file);
  - memory: a deflate bomb refused before inflating past --max-memory; a 700-byte torch.save view of
    6 x 10^8 elements (stride 0) summarised in place, never copied (a copy would need 2.4 GB, more than
    the 2 GiB cap); an analysis that must materialise it refused before allocating;
  - headers that claim more than they hold: a JPEG frame of 30000 x 30000, pickles of millions of
    MEMOIZE or DUP opcodes;
  - stored (uncompressed) zip members with an altered byte, in an .npz and a torch.save file;
  - a TorchScript archive whose storage record is shorter than its tensors (LibTorch read past it).

Usage: test_hostile.py INFOSCOPE_CLI SOURCE_DIR   (run by CTest)
Prints 'N passed, N failed' and exits non-zero on any failure.
"""
import io
import json
import os
import resource
import struct
import shutil
import subprocess
import sys
import tempfile
import zipfile

import numpy as np

CLI, SOURCE = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(SOURCE, "tools"))
import pnglite  # noqa: E402

results = {"passed": 0, "failed": 0}
SECRET = "s3cr3t-outside-the-opened-folder"


def cap_memory():
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def run(*args):
    try:
        return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=30, preexec_fn=cap_memory)
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(args, "timeout", "", "timed out after 30 s")


def check(name, condition, detail=""):
    results["passed" if condition else "failed"] += 1
    print(("PASS " if condition else "FAIL ") + name + ("" if condition else ": " + str(detail)[:500]))


def expect_refused(name, process, *words):
    text = process.stderr
    ok = process.returncode == 3 and all(word in text for word in words) and SECRET not in text + process.stdout
    check(name, ok, f"exit {process.returncode}: {text.strip()}")


def deep_json(levels):
    return '{"format": "infoscope-dump", "version": 1, "extra": ' + '{"a": ' * levels + "1" + "}" * levels + "}"


def dump_folder(root, manifest_text=None):
    os.makedirs(os.path.join(root, "activations", "fc1"), exist_ok=True)
    np.save(os.path.join(root, "activations", "fc1", "000000.npy"), np.zeros((4, 2), dtype=np.float32))
    if manifest_text is not None:
        with open(os.path.join(root, "manifest.json"), "w") as handle:
            handle.write(manifest_text)


def main():
    tmp = tempfile.mkdtemp(prefix="infoscope-hostile-")
    secret = os.path.join(tmp, "secret.txt")
    with open(secret, "w") as handle:
        handle.write(SECRET * 8)

    # --- named pipes ------------------------------------------------------------------------------
    fifo = os.path.join(tmp, "pipe.npy")
    os.mkfifo(fifo)
    expect_refused("a FIFO given as a file: refused at once", run("inspect", fifo), "pipe.npy", "named pipe")
    expect_refused("a FIFO as run input", run("run", "mi.gaussian", "--input", "x=" + fifo, "--input", "y=" + fifo,
                                              "--out", os.path.join(tmp, "r.json")), "named pipe")
    dump = os.path.join(tmp, "fifodump")
    dump_folder(dump, '{"format": "infoscope-dump", "version": 1}')
    os.mkfifo(os.path.join(dump, "activations", "fc1", "000001.npy"))
    expect_refused("a FIFO inside a dump folder", run("inspect", dump), "000001.npy", "not a regular file")

    # --- JSON nested 100 000 levels ----------------------------------------------------------------
    deep = deep_json(100000)
    folder = os.path.join(tmp, "deepdump")
    dump_folder(folder, deep)
    expect_refused("a deep manifest.json in a dump folder", run("inspect", folder), "nested deeper than")
    npz = os.path.join(tmp, "deep.npz")
    with zipfile.ZipFile(npz, "w") as archive:
        buffer = io.BytesIO()
        np.save(buffer, np.zeros((4, 2), dtype=np.float32))
        archive.writestr("activations/fc1/000000.npy", buffer.getvalue())
        archive.writestr("manifest.json", deep)
    expect_refused("a deep manifest as an .npz member", run("inspect", npz), "nested deeper than")
    import h5py
    h5 = os.path.join(tmp, "deep.h5")
    with h5py.File(h5, "w") as handle:
        handle["activations/fc1/000000"] = np.zeros((4, 2), dtype=np.float32)
        handle.attrs["infoscope_manifest"] = deep
    expect_refused("a deep manifest as an HDF5 attribute", run("inspect", h5), "nested deeper than")
    header = ('{"t": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}, "__metadata__": {"x": '
              + "[" * 100000 + "]" * 100000 + "}}").encode()
    safetensors = os.path.join(tmp, "deep.safetensors")
    with open(safetensors, "wb") as handle:
        handle.write(struct.pack("<Q", len(header)) + header + b"\0" * 4)
    p = run("inspect", safetensors)
    check("a deep safetensors header: a typed error, no crash", p.returncode == 3, f"{p.returncode} {p.stderr[-300:]}")
    shallow = os.path.join(tmp, "shallowdump")
    dump_folder(shallow, deep_json(10))
    p = run("inspect", shallow)
    check("a manifest 10 levels deep still opens", p.returncode == 0, p.stderr)

    # --- links out of an opened folder ---------------------------------------------------------------
    imageset = os.path.join(tmp, "set")
    os.makedirs(os.path.join(imageset, "images"))
    os.makedirs(os.path.join(imageset, "masks"))
    pnglite.write_png(os.path.join(imageset, "images", "a.png"), np.zeros((4, 4), dtype=np.uint8))
    pnglite.write_png(os.path.join(imageset, "masks", "a.png"), np.zeros((4, 4), dtype=np.uint8))
    outside = os.path.join(tmp, "outside.png")
    pnglite.write_png(outside, np.full((4, 4), 7, dtype=np.uint8))
    os.symlink(outside, os.path.join(imageset, "images", "b.png"))
    expect_refused("an image-set image linked to a file outside the set", run("inspect", imageset), "b.png",
                   "outside the opened folder")
    os.remove(os.path.join(imageset, "images", "b.png"))
    os.symlink(os.path.join(imageset, "images", "a.png"), os.path.join(imageset, "images", "c.png"))
    p = run("inspect", imageset)
    check("a link that stays inside the set is fine", p.returncode == 0, p.stderr)
    os.remove(os.path.join(imageset, "images", "c.png"))
    elsewhere = os.path.join(tmp, "elsewhere_masks")
    os.makedirs(elsewhere)
    pnglite.write_png(os.path.join(elsewhere, "a.png"), np.zeros((4, 4), dtype=np.uint8))
    os.rename(os.path.join(imageset, "masks"), os.path.join(tmp, "old_masks"))
    os.symlink(elsewhere, os.path.join(imageset, "masks"))
    expect_refused("a masks/ folder linked to a folder outside the set", run("inspect", imageset), "masks",
                   "outside the opened folder")
    linked = os.path.join(tmp, "linkeddump")
    dump_folder(linked)
    os.symlink(secret, os.path.join(linked, "manifest.json"))
    expect_refused("a dump's manifest.json linked to a file outside: refused, content not echoed",
                   run("inspect", linked), "manifest.json", "outside the opened folder")

    # --- HDF5 external raw storage -------------------------------------------------------------------
    external = os.path.join(tmp, "external.h5")
    size = os.path.getsize(secret)
    with h5py.File(external, "w") as handle:
        handle.create_dataset("leak", shape=(size,), dtype="u1", external=[(secret, 0, size)])
        handle["fine"] = np.arange(3.0)
    p = run("inspect", external, "--stats")
    info = json.loads(p.stdout) if p.returncode == 0 else {}
    names = [a["name"] for a in info.get("arrays", [])]
    check("HDF5 external storage is never read (dataset listed as refused, the rest opens)",
          p.returncode == 0 and names == ["fine"] and "external" in info.get("attributes", {}).get("skipped", "")
          and SECRET not in p.stdout, f"{p.returncode} {names} {p.stderr}")
    p = run("export", external + "::leak", "--out", os.path.join(tmp, "leak.npy"))
    check("exporting the external dataset is refused", p.returncode != 0 and not os.path.exists(os.path.join(tmp, "leak.npy")),
          p.stderr)

    # A file that crashes libhdf5 itself (SIGFPE in H5D__chunk_set_info, found by fuzz_hdf5_attributes):
    # its structure is walked in a child process first, so the crash refuses the file instead.
    finding = os.path.join(SOURCE, "tests", "data", "fuzz", "hdf5_attributes", "finding-libhdf5-h5d-chunk-set-info.h5")
    p = run("inspect", finding)
    check("an HDF5 file that crashes libhdf5: refused (or opened, by a fixed libhdf5), InfoScope survives",
          p.returncode == 0 or (p.returncode == 3 and "finding-libhdf5-h5d-chunk-set-info.h5" in p.stderr),
          f"exit {p.returncode}: {p.stderr}")

    # Allowed by the user: external storage and links are followed, beside the file (not in the working
    # directory), and a pipe named as external data is still refused without blocking.
    np.arange(10, dtype="<f8").tofile(os.path.join(tmp, "beside.bin"))
    os.mkfifo(os.path.join(tmp, "pipe.bin"))
    with h5py.File(os.path.join(tmp, "target.h5"), "w") as handle:
        handle["w"] = np.arange(4.0)
    allowed = os.path.join(tmp, "allowed.h5")
    with h5py.File(allowed, "w") as handle:
        handle.create_dataset("beside", shape=(10,), dtype="<f8", external=[("beside.bin", 0, 80)])
        handle.create_dataset("pipe", shape=(10,), dtype="<f8", external=[("pipe.bin", 0, 80)])
        handle["linked"] = h5py.ExternalLink("target.h5", "/w")
        layout = h5py.VirtualLayout(shape=(4,), dtype="<f8")
        layout[:] = h5py.VirtualSource("target.h5", "w", shape=(4,))
        handle.create_virtual_dataset("virtual", layout)
    p = run("inspect", allowed)
    info = json.loads(p.stdout) if p.returncode == 0 else {}
    skipped = info.get("attributes", {}).get("skipped", "")
    check("HDF5 external storage, links and virtual datasets are refused by default, with the switch named",
          p.returncode == 0 and info.get("arrays") == [] and "linked (an external link to target.h5:/w; refused" in skipped
          and "virtual (a virtual dataset" in skipped and "--allow-hdf5-external" in skipped,
          f"{p.returncode} {p.stdout[:300]} {p.stderr}")
    p = run("--allow-hdf5-external", "inspect", allowed, "--stats")
    info = json.loads(p.stdout) if p.returncode == 0 else {}
    sums = {a["name"]: a["stats"]["sum"] for a in info.get("arrays", [])}
    check("--allow-hdf5-external reads external storage, links and virtual datasets beside the file; a pipe stays refused",
          p.returncode == 0 and sums == {"beside": 45.0, "linked": 6.0, "virtual": 6.0}
          and "'pipe.bin', which is not a regular file" in info.get("attributes", {}).get("skipped", ""),
          f"{p.returncode} {sums} {p.stdout[-300:]} {p.stderr}")

    # --- memory -------------------------------------------------------------------------------------
    bomb = os.path.join(tmp, "bomb.npz")
    elements = 1 << 26  # 256 MiB of float32 zeros, 256 KiB deflated
    header = io.BytesIO()
    np.lib.format.write_array_header_1_0(header, {"descr": "<f4", "fortran_order": False, "shape": (elements,)})
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open("zeros.npy", "w", force_zip64=True) as member:
            member.write(header.getvalue())
            block = bytes(1 << 22)
            for _ in range(elements * 4 // len(block)):
                member.write(block)
    p = run("--max-memory", "64M", "inspect", bomb, "--stats")
    check("a deflate bomb is refused before inflating past --max-memory", p.returncode == 3 and "256.0 MiB" in p.stderr
          and "64.0 MiB" in p.stderr, f"{p.returncode} {p.stderr}")
    p = run("inspect", bomb)
    check("...and listing it inflates nothing", p.returncode == 0, p.stderr)
    p = run("--max-memory", "lots", "inspect", bomb)
    check("--max-memory with a malformed size -> 2", p.returncode == 2, p.stderr)
    import torch
    view = os.path.join(tmp, "stride0.pt")
    torch.save({"view": torch.arange(3, dtype=torch.float32).as_strided((2 * 10**8, 3), (0, 1))}, view)
    p = run("inspect", view, "--stats")
    stats = json.loads(p.stdout)["arrays"][0]["stats"] if p.returncode == 0 else {}
    check("statistics of a stride-0 view of 6e8 elements read it in place (exact sum, under a 2 GiB cap)",
          stats.get("count") == 6 * 10**8 and stats.get("sum") == 6 * 10**8 and stats.get("max") == 2.0,
          f"{p.returncode} {p.stderr[-300:]} {stats}")
    p = run("--max-memory", "1G", "run", "mi.gaussian", "--input", "x=" + view + "::view", "--input",
            "y=" + view + "::view", "--out", os.path.join(tmp, "g.json"))
    check("an analysis that must copy the view is refused before allocating", p.returncode == 3
          and "more than the limit of 1.0 GiB" in p.stderr, f"{p.returncode} {p.stderr}")

    # --- headers that claim more than they hold ---------------------------------------------------------
    jpeg = os.path.join(tmp, "huge.jpg")
    frame = struct.pack(">BHHB", 8, 30000, 30000, 3) + bytes([1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1])
    with open(jpeg, "wb") as handle:
        handle.write(b"\xff\xd8" + b"\xff\xc0" + struct.pack(">H", 2 + len(frame)) + frame
                     + b"\xff\xda\x00\x02" + bytes(64) + b"\xff\xd9")
    expect_refused("a JPEG whose frame header claims 30000 x 30000: refused before decoding", run("inspect", jpeg),
                   "huge.jpg", "30000 x 30000")
    memo = os.path.join(tmp, "memo.pt")
    with zipfile.ZipFile(memo, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("archive/data.pkl", b"\x80\x02]" + b"\x94" * (2 << 20) + b".")
        archive.writestr("archive/version", "3\n")
    expect_refused("a pickle of 2 M MEMOIZE opcodes: refused at the limit", run("inspect", memo), "memo entries")
    dup = os.path.join(tmp, "dup.pt")
    with zipfile.ZipFile(dup, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("archive/data.pkl", b"\x80\x02]" + b"2" * (2 << 20) + b".")
        archive.writestr("archive/version", "3\n")
    expect_refused("a pickle of 2 M DUP opcodes: refused at the limit", run("inspect", dup), "pickle stack")

    # --- stored zip members whose bytes were altered -------------------------------------------------
    stored = os.path.join(tmp, "altered.npz")
    np.savez(stored, a=np.arange(64, dtype=np.float64))
    raw = bytearray(open(stored, "rb").read())
    raw[raw.index(np.arange(64, dtype=np.float64)[10:12].tobytes())] ^= 0x40  # one bit of a[10], not a header
    open(stored, "wb").write(bytes(raw))
    expect_refused("a stored .npz member with an altered byte: CRC mismatch, not silent data",
                   run("export", stored + "::a", "--out", os.path.join(tmp, "a.npy")), "CRC mismatch", "'a.npy'")
    import torch
    checkpoint = os.path.join(tmp, "altered.pt")
    torch.save({"w": torch.arange(64, dtype=torch.float32)}, checkpoint)
    raw = bytearray(open(checkpoint, "rb").read())
    raw[raw.index(np.arange(64, dtype=np.float32)[20:22].tobytes())] ^= 0x01
    open(checkpoint, "wb").write(bytes(raw))
    expect_refused("a torch.save storage with an altered byte: CRC mismatch", run("inspect", checkpoint, "--stats"),
                   "CRC mismatch")
    # Plain inspect lists without reading the arrays, but checks every member's CRC all the same.
    expect_refused("plain inspect of an altered stored .npz member: CRC mismatch", run("inspect", stored),
                   "CRC mismatch", "'a.npy'")
    expect_refused("plain inspect of an altered torch.save storage: CRC mismatch", run("inspect", checkpoint),
                   "CRC mismatch")
    deflated = os.path.join(tmp, "altered_deflated.npz")
    np.savez_compressed(deflated, b=np.zeros(4096), c=np.ones(8))
    raw = bytearray(open(deflated, "rb").read())
    raw[raw.index(b"PK\x01\x02") + 16] ^= 0xFF  # b.npy's CRC in the central directory: it inflates, the check fails
    open(deflated, "wb").write(bytes(raw))
    expect_refused("plain inspect of a deflated .npz member with a wrong CRC", run("inspect", deflated),
                   "CRC mismatch", "'b.npy'")
    intact = os.path.join(tmp, "intact.npz")
    np.savez_compressed(intact, b=np.zeros(4096), c=np.ones(8))
    listed = run("inspect", intact)
    check("plain inspect of an intact archive reports its members as checked",
          listed.returncode == 0 and json.loads(listed.stdout).get("crc32_verified_members") == 2, listed.stderr)

    # --- a TorchScript archive whose storage record was cut to 1 byte ------------------------------------
    module = os.path.join(SOURCE, "tests", "data", "readers", "torch", "module.pt")
    cut = os.path.join(tmp, "cut_module.pt")
    with zipfile.ZipFile(module) as source, zipfile.ZipFile(cut, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            target.writestr(info, data[:1] if info.filename.endswith("data/0") else data)
    expect_refused("a TorchScript storage cut to 1 byte: refused before LibTorch reads past it",
                   run("inspect", cut, "--stats"), "cut_module.pt", "fewer than its 6 elements need")

    print(f"{results['passed']} passed, {results['failed']} failed")
    if not results["failed"]:
        shutil.rmtree(tmp, ignore_errors=True)  # kept after a failure, to look at
    return 1 if results["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())

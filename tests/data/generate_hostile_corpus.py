#!/usr/bin/python3
"""Writes a corpus of damaged files for tests/cli/test_hostile_corpus.py: every reader fixture
(tests/data/readers: .npy, .npz, safetensors, HDF5, torch.save, TorchScript) and the demo images
(PNG), each cut short at several points and with bytes flipped at several places in its first 4 KiB.

    /usr/bin/python3 tests/data/generate_hostile_corpus.py OUT_DIR

Writes OUT_DIR/<format>/<fixture>__<fault>.<ext> and OUT_DIR/expected.json: for each file the
outcomes allowed: "error" (exit 3, one line naming the file) or "any" (a typed error or success: a
flipped byte in array data is not detectable without a checksum, but may never crash, hang or eat
memory). Deterministic: the same files every run.
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))


def sources():
    readers = os.path.join(HERE, "readers")
    for folder, _, files in sorted(os.walk(readers)):
        for name in sorted(files):
            if name != "expected.json":
                yield os.path.join(folder, name)
    yield os.path.join(SOURCE, "resources", "demo", "polyp.png")
    yield os.path.join(SOURCE, "resources", "demo", "polyp_mask.png")


def main():
    out = sys.argv[1]
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    expected = {}
    for path in sources():
        data = open(path, "rb").read()
        stem, ext = os.path.splitext(os.path.basename(path))
        kind = os.path.basename(os.path.dirname(path)) if "readers" in path else "png"
        folder = os.path.join(out, kind)
        os.makedirs(folder, exist_ok=True)
        size = len(data)
        variants = {}
        # Cut short: nothing, inside the magic number, inside the header, mid-file, one byte short.
        for label, length in (("empty", 0), ("cut7", 7), ("cut64", 64), ("cut-third", size // 3),
                              ("cut-half", size // 2), ("cut-1", size - 1)):
            if length < size:
                variants["trunc-" + label] = (data[:length], "error" if length < size // 3 or kind != "h5" else "any")
        # Flipped bytes across the first 4 KiB (headers, directories, the first data).
        for index, offset in enumerate(range(0, min(size, 4096), max(1, min(size, 4096) // 12))):
            flipped = bytearray(data)
            flipped[offset] ^= 0xFF
            variants[f"flip{index:02d}-at{offset}"] = (bytes(flipped), "any")
        # The end flipped too: zip central directories and PNG's IEND live there.
        flipped = bytearray(data)
        flipped[size - 5] ^= 0x5A
        variants["flip-end"] = (bytes(flipped), "any")
        for label, (content, outcome) in variants.items():
            name = f"{stem}__{label}{ext}"
            with open(os.path.join(folder, name), "wb") as handle:
                handle.write(content)
            expected[f"{kind}/{name}"] = outcome
    with open(os.path.join(out, "expected.json"), "w") as handle:
        json.dump(expected, handle, indent=1, sort_keys=True)
    print(f"{len(expected)} files in {out}")


if __name__ == "__main__":
    main()

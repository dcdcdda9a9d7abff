#!/usr/bin/python3
"""Writes malformed and hostile inputs under tests/data/bad/ and fuzz seeds under tests/data/fuzz/.

Run after generate_reader_fixtures.py (the fuzz seeds copy some of its outputs):
    /usr/bin/python3 tests/data/generate_reader_fixtures.py
    /usr/bin/python3 tests/data/generate_bad_inputs.py
Needs Debian's python3-numpy, python3-torch and python3-h5py. Outputs are committed and
reproducible.

bad/index.json lists every bad input as {"file", "reader", "problem"}; reader is one of npy, npz,
safetensors, h5, torch, manifest, image. A reader must reject each one with an error, never crash,
hang, allocate the claimed size or run code. The manifest cases are dump folders whose only fault
is their manifest.json. malicious.pt and eval_global.pt carry pickles that run a shell command or
eval() when unpickled by Python: this script never loads them, and neither should anything else.

fuzz/<target>/ holds a handful of valid and invalid seeds for each fuzz target: npy_header (.npy
files), npz_index (.npz files), safetensors_header (.safetensors files), torch_unpickler (raw
data.pkl / constants.pkl bytes from the torch fixtures and the hostile pickles), manifest (JSON).
"""
import io
import json
import os
import pickle
import shutil
import struct
import sys
import tempfile
import zipfile

import h5py
import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # importing the sibling generator must not leave __pycache__
from pnglite import write_png  # noqa: E402
from generate_reader_fixtures import FIXED_ZIP_TIME, fixed_zip_time  # noqa: E402

BAD = os.path.join(HERE, "bad")
FUZZ = os.path.join(HERE, "fuzz")
READERS = os.path.join(HERE, "readers")
INDEX = []


def put(name, data, reader, problem):
    path = os.path.join(BAD, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    INDEX.append({"file": name, "reader": reader, "problem": problem})
    return data


def npy_bytes(header, data=b"", version=(1, 0), length=None):
    """A .npy file with a verbatim header text, padded like numpy pads (64-byte aligned, "\\n")."""
    text = header.encode("latin1")
    prefix = 10 if version[0] == 1 else 12
    text += b" " * (-(prefix + len(text) + 1) % 64) + b"\n"
    size = len(text) if length is None else length
    packed = struct.pack("<H", size) if version[0] == 1 else struct.pack("<I", size)
    return b"\x93NUMPY" + bytes(version) + packed + text + data


def zip_bytes(members, compression=zipfile.ZIP_STORED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members:
            archive.writestr(zipfile.ZipInfo(name, FIXED_ZIP_TIME), data, compress_type=compression)
    return buffer.getvalue()


def safetensors_bytes(spec, buffer=b"", length=None):
    text = spec if isinstance(spec, bytes) else json.dumps(spec, separators=(",", ":")).encode()
    text += b" " * (-(8 + len(text)) % 8)
    return struct.pack("<Q", len(text) if length is None else length) + text + buffer


def valid_npy(array):
    f = io.BytesIO()
    np.save(f, array)
    return f.getvalue()


def valid_npz(compressed, **arrays):
    path = os.path.join(tempfile.mkdtemp(), "a.npz")
    with fixed_zip_time():
        (np.savez_compressed if compressed else np.savez)(path, **arrays)
    with open(path, "rb") as f:
        data = f.read()
    shutil.rmtree(os.path.dirname(path))
    return data


def torch_bytes(obj, stem):
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, stem + ".pt")
    torch.save(obj, path)
    with open(path, "rb") as f:
        data = f.read()
    shutil.rmtree(folder)
    return data


def png_bytes(array):
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "a.png")
    write_png(path, array)
    with open(path, "rb") as f:
        data = f.read()
    shutil.rmtree(folder)
    return data


class _ShellCommand:
    """Pickles as a call to os.system: the classic hostile checkpoint."""

    def __reduce__(self):
        return (os.system, ("echo pwned",))


# ---------------------------------------------------------------------------------------------

def make_empty_and_magic():
    for ext, reader in ((".npy", "npy"), (".npz", "npz"), (".safetensors", "safetensors"),
                        (".h5", "h5"), (".pt", "torch"), (".png", "image")):
        put("empty" + ext, b"", reader, f"Zero-length {ext} file.")
    good = valid_npy(np.arange(4, dtype=np.float32))
    put("wrong_magic.npy", b"\x93NUMPX" + good[6:], "npy",
        "Magic is \\x93NUMPX instead of \\x93NUMPY.")
    npz = valid_npz(False, a=np.arange(3.0))
    put("wrong_magic.npz", b"PQ" + npz[2:], "npz",
        "Zip local-header signature PK\\x03\\x04 changed to PQ\\x03\\x04.")
    put("wrong_magic.h5", b"\x89HDX\r\n\x1a\n" + b"\x00" * 504, "h5",
        "HDF5 superblock signature is \\x89HDX, not \\x89HDF.")
    pt = torch_bytes({"w": torch.zeros(2)}, "wrong_magic")
    put("wrong_magic.pt", b"XX" + pt[2:], "torch",
        "Zip signature of a torch.save archive overwritten with XX.")
    png = png_bytes(np.zeros((4, 4), dtype=np.uint8))
    put("wrong_magic.png", b"\x89PNX" + png[4:], "image", "PNG signature is \\x89PNX.")


def header(descr="<f4", fortran="False", shape="(4,)"):
    return f"{{'descr': '{descr}', 'fortran_order': {fortran}, 'shape': {shape}, }}"


def make_npy():
    good = valid_npy(np.arange(4, dtype=np.float32))
    zeros = b"\x00" * 16
    put("npy_truncated_header.npy", good[:30], "npy", "File ends 20 bytes into a 118-byte header.")
    put("npy_header_len_past_eof.npy", good[:8] + struct.pack("<H", 60000) + good[10:], "npy",
        "HEADER_LEN says 60000 bytes but the file is 144 bytes long.")
    put("npy_data_truncated.npy",
        npy_bytes(header("<f8", shape="(1000,)"), np.arange(10.0).tobytes()), "npy",
        "Header says (1000,) float64 (8000 bytes) but only 10 values (80 bytes) follow.")
    put("npy_negative_dim.npy", npy_bytes(header(shape="(-3, 4)")), "npy",
        "Shape (-3, 4) has a negative dimension (numpy 1.24 quietly loads it as (0, 4)).")
    put("npy_shape_overflow.npy", npy_bytes(header(shape=f"({2**40}, {2**40})")), "npy",
        "Shape (2**40, 2**40): the element count 2**80 overflows int64.")
    put("npy_shape_bytes_overflow.npy", npy_bytes(header("<f8", shape=f"({2**62},)")), "npy",
        "Shape (2**62,) fits int64 but 2**62 * 8 bytes does not.")
    put("npy_unknown_dtype.npy", npy_bytes(header("<f3", shape="(2,)"), b"\x00" * 6), "npy",
        "Unknown dtype descr '<f3'.")
    buffer = io.BytesIO()
    np.save(buffer, np.array([1, "two", None], dtype=object), allow_pickle=True)
    put("npy_object_dtype.npy", buffer.getvalue(), "npy",
        "Object dtype '|O' written by numpy with allow_pickle: the data is a pickle.")
    put("npy_header_not_dict.npy", npy_bytes("[('descr', '<f4'), ('shape', (4,))]", zeros), "npy",
        "Header is a Python list literal, not a dict.")
    put("npy_header_garbage.npy", npy_bytes(header(shape="(4,) + __import__('os')"), zeros), "npy",
        "Header is not a Python literal (contains a call expression).")
    put("npy_header_unterminated.npy", npy_bytes(header()[:-4], zeros), "npy",
        "Header dict is never closed.")
    put("npy_fortran_order_not_bool.npy", npy_bytes(header(fortran="'yes'"), zeros), "npy",
        "fortran_order is the string 'yes', not True/False.")
    put("npy_missing_shape.npy", npy_bytes("{'descr': '<f4', 'fortran_order': False, }", zeros),
        "npy", "Header dict has no 'shape' key.")
    put("npy_version_9.npy", b"\x93NUMPY\x09\x00" + good[8:], "npy",
        "Unsupported format version 9.0.")


def make_npz():
    activations = np.arange(12, dtype=np.float32).reshape(3, 4)
    npz = valid_npz(False, **{"activations/fc1/000000": activations,
                              "labels": np.arange(3, dtype=np.int64)})
    put("npz_truncated.npz", npz[: len(npz) // 2], "npz",
        "Valid stored .npz cut in half: no central directory.")
    corrupt = valid_npy(np.arange(8, dtype=np.float32))
    corrupt = corrupt[:8] + struct.pack("<H", 9999) + corrupt[10:40]
    members = [("good.npy", valid_npy(np.arange(3.0))), ("bad.npy", corrupt)]
    put("npz_corrupt_member.npz", zip_bytes(members), "npz",
        "Member bad.npy is a corrupt .npy (header length past the member's end); good.npy is fine.")
    data = bytearray(valid_npz(True, weights=np.linspace(0.0, 1.0, 256).reshape(16, 16)))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        offset = archive.infolist()[0].header_offset
    name_len, extra_len = struct.unpack("<HH", data[offset + 26: offset + 30])
    start = offset + 30 + name_len + extra_len
    for i in range(start + 8, start + 40):
        data[i] ^= 0x5A
    put("npz_corrupt_deflate.npz", bytes(data), "npz",
        "Deflate stream of weights.npy has 32 flipped bytes; zip directory and CRC field intact.")


def tensor(dtype, shape, begin, end):
    return {"dtype": dtype, "shape": shape, "data_offsets": [begin, end]}


def make_safetensors():
    f32 = np.arange(6, dtype="<f4").tobytes()
    a = tensor("F32", [6], 0, 24)
    put("st_header_len_too_large.safetensors", safetensors_bytes({"a": a}, f32, length=1_000_000),
        "safetensors", "Header length 1000000 is larger than the file.")
    put("st_header_len_u64_max.safetensors", struct.pack("<Q", 2**64 - 1) + b"{}      ",
        "safetensors", "Header length 2**64-1: adding 8 overflows any 64-bit offset arithmetic.")
    put("st_header_not_json.safetensors", safetensors_bytes(b"{'a': not json at all", f32),
        "safetensors", "Header bytes are not JSON.")
    put("st_header_not_object.safetensors", safetensors_bytes(b"[1, 2, 3]", f32),
        "safetensors", "Header is a JSON array, not an object.")
    put("st_offsets_past_end.safetensors",
        safetensors_bytes({"a": a, "b": tensor("F32", [6], 24, 48)}, f32),
        "safetensors", "Tensor b's data_offsets [24, 48] run past the 24-byte buffer.")
    put("st_offsets_overlap.safetensors",
        safetensors_bytes({"a": tensor("F32", [4], 0, 16), "b": tensor("F32", [4], 8, 24)}, f32),
        "safetensors", "Tensors a [0, 16] and b [8, 24] overlap.")
    put("st_offsets_mismatch.safetensors",
        safetensors_bytes({"a": tensor("F32", [2, 3], 0, 20)}, f32),
        "safetensors", "F32 shape [2, 3] needs 24 bytes but data_offsets span 20.")
    put("st_offsets_reversed.safetensors", safetensors_bytes({"a": tensor("F32", [0], 24, 0)}, f32),
        "safetensors", "data_offsets [24, 0]: end before begin.")
    put("st_unknown_dtype.safetensors", safetensors_bytes({"a": tensor("F8", [6], 0, 6)}, f32[:6]),
        "safetensors", "Unknown dtype \"F8\".")
    put("st_negative_shape.safetensors",
        safetensors_bytes({"a": tensor("F32", [-2, 3], 0, 24)}, f32),
        "safetensors", "Shape [-2, 3] has a negative dimension.")
    put("st_metadata_not_strings.safetensors",
        safetensors_bytes({"__metadata__": {"format": 1}, "a": a}, f32),
        "safetensors", "__metadata__ value is a number; the format requires str -> str.")


def make_h5():
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "a.h5")
    with h5py.File(path, "w") as f:
        f.create_dataset("group/values", data=np.arange(512, dtype=np.float32))
        f["group"].attrs["note"] = "real file, cut"
    with open(path, "rb") as f:
        data = f.read()
    shutil.rmtree(folder)
    assert len(data) > 2048
    put("h5_truncated.h5", data[:1024], "h5",
        f"First 1024 bytes of a valid {len(data)}-byte HDF5 file.")
    put("h5_text.h5", b"this is a text file, not HDF5\n" * 4, "h5",
        "Plain text with an .h5 extension.")


def make_torch():
    hostile = {"weight": torch.ones(2, 2), "payload": _ShellCommand()}
    put("malicious.pt", torch_bytes(hostile, "malicious"), "torch",
        "data.pkl calls posix.system('echo pwned') via GLOBAL + REDUCE; refuse, never execute.")
    good = torch_bytes({"weight": torch.arange(6, dtype=torch.float32), "step": torch.tensor(3)},
                       "model")
    put("truncated.pt", good[: len(good) // 2], "torch",
        "torch.save archive cut in half: no central directory.")
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        members = [(n, archive.read(n)) for n in archive.namelist() if n != "model/data/1"]
    put("missing_storage.pt", zip_bytes(members), "torch",
        "data.pkl references storage key '1' but the member model/data/1 is missing.")
    source = b"print('pwned')"
    payload = b"\x80\x02cbuiltins\neval\nX" + struct.pack("<I", len(source)) + source + b"\x85R."
    members = [("eval_global/data.pkl", payload), ("eval_global/version", b"3\n")]
    put("eval_global.pt", zip_bytes(members), "torch",
        "data.pkl is GLOBAL builtins.eval + REDUCE on a string; refuse, never execute.")


def make_manifests():
    def dump_folder(name, manifest, problem):
        folder = os.path.join(BAD, name)
        os.makedirs(os.path.join(folder, "activations", "fc1"), exist_ok=True)
        with open(os.path.join(folder, "activations", "fc1", "000000.npy"), "wb") as f:
            f.write(valid_npy(np.zeros((3, 2), dtype=np.float32)))
        text = manifest if isinstance(manifest, str) else json.dumps(manifest) + "\n"
        put(f"{name}/manifest.json", text.encode(), "manifest", problem)

    dump_folder("manifest_not_json", "{\"format\": \"infoscope-dump\", \"version\": 1,,}\n",
                "manifest.json is not valid JSON (double comma).")
    dump_folder("manifest_version_99", {"format": "infoscope-dump", "version": 99},
                "Manifest version 99 is newer than any InfoScope understands.")
    dump_folder("manifest_layers_not_list",
                {"format": "infoscope-dump", "version": 1, "layers": "fc1"},
                "Manifest \"layers\" is a string, not a list.")
    dump_folder("manifest_wrong_format", {"format": "something-else", "version": 1},
                "Manifest \"format\" is not \"infoscope-dump\".")


def make_images():
    rng = np.random.default_rng(606)
    png = png_bytes(rng.integers(0, 256, size=(24, 24, 3), dtype=np.uint8))
    put("png_truncated.png", png[:100], "image",
        f"First 100 bytes of a valid {len(png)}-byte PNG (IDAT cut).")
    data = bytearray(png)
    pos = data.index(b"IDAT") - 4
    (length,) = struct.unpack(">I", data[pos:pos + 4])
    crc = pos + 8 + length
    data[crc:crc + 4] = bytes(b ^ 0xFF for b in data[crc:crc + 4])
    put("png_bad_idat_crc.png", bytes(data), "image", "IDAT chunk CRC is wrong (bitwise inverted).")


# ---------------------------------------------------------------------------------------------

def make_fuzz_seeds():
    def copy(target, name, data):
        folder = os.path.join(FUZZ, target)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)

    def read(*parts):
        path = os.path.join(*parts)
        if not os.path.exists(path):
            sys.exit(f"{path} missing: run tests/data/generate_reader_fixtures.py first")
        with open(path, "rb") as f:
            return f.read()

    def copy_bad(target, reader, skip=()):
        for entry in INDEX:
            if entry["reader"] == reader and entry["file"] not in skip:
                copy(target, "bad_" + entry["file"], read(BAD, entry["file"]))

    for name in ("float32_3d.npy", "uint8_0d.npy", "float64_4d_fortran.npy", "v2_float32.npy",
                 "uint16_be_fortran.npy", "v3_float64.npy", "empty_float32.npy",
                 "complex64_1d.npy"):
        copy("npy_header", "valid_" + name, read(READERS, "npy", name))
    copy_bad("npy_header", "npy", skip=("npy_object_dtype.npy",))

    for name in ("stored.npz", "deflated.npz"):
        copy("npz_index", "valid_" + name, read(READERS, "npz", name))
    copy_bad("npz_index", "npz")

    for name in ("model.safetensors", "no_metadata.safetensors"):
        copy("safetensors_header", "valid_" + name, read(READERS, "safetensors", name))
    copy_bad("safetensors_header", "safetensors")

    valid = ("tensor", "dict", "views", "state_dict", "checkpoint", "dtypes", "module")
    sources = [(read(READERS, "torch", stem + ".pt"), "valid_" + stem) for stem in valid]
    sources += [(read(BAD, stem + ".pt"), "bad_" + stem)
                for stem in ("malicious", "eval_global", "missing_storage")]
    for data, stem in sources:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for member in archive.namelist():
                if member.endswith(".pkl") and "/code/" not in member:
                    name = f"{stem}_{os.path.basename(member)}"
                    copy("torch_unpickler", name, archive.read(member))
    with zipfile.ZipFile(io.BytesIO(read(READERS, "torch", "dict.pt"))) as archive:
        copy("torch_unpickler", "bad_truncated_data.pkl", archive.read("dict/data.pkl")[:-40])
    copy("torch_unpickler", "bad_stack_global_os_system.pkl",
         pickle.dumps(_ShellCommand(), protocol=4))

    full = {"format": "infoscope-dump", "version": 1, "model": "mlp-12-10-7-5-4-3-2",
            "step_unit": "epoch", "layers": ["fc1", "fc2", "fc3"], "steps": [0, 1, 2],
            "learning_rate": 0.0004, "batch_size": 256, "extra": {"activation": "tanh"}}
    unicode = {"format": "infoscope-dump", "version": 1, "step_unit": "iteration",
               "model": "r\u00e9seau \u2013 \u03b1", "steps": [0, 10, 20],
               "extra": {"nested": {"list": [1, 2.5, None, True]}}}
    copy("manifest", "valid_full.json", (json.dumps(full, indent=2) + "\n").encode())
    copy("manifest", "valid_minimal.json", b'{"format": "infoscope-dump", "version": 1}\n')
    copy("manifest", "valid_iteration_unicode.json",
         json.dumps(unicode, ensure_ascii=False).encode())
    for entry in INDEX:
        if entry["reader"] == "manifest":
            name = "bad_" + entry["file"].split("/")[0] + ".json"
            copy("manifest", name, read(BAD, entry["file"]))
    copy("manifest", "bad_steps_not_ints.json",
         b'{"format": "infoscope-dump", "version": 1, "steps": ["a", -1, 1e300]}')
    copy("manifest", "bad_deep_nesting.json", b"[" * 2000 + b"]" * 2000)
    copy("manifest", "bad_truncated.json", b'{"format": "infoscope-dump", "vers')


def make_hostile_fuzz_seeds():
    """Seeds of the targets for issue #11: image headers, TorchScript archives, HDF5 files."""
    sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
    import pnglite  # noqa: E402

    def copy(target, name, data):
        folder = os.path.join(FUZZ, target)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)

    def read(path):
        with open(path, "rb") as f:
            return f.read()

    demo = os.path.join(HERE, "..", "..", "resources", "demo")
    copy("image_headers", "valid_polyp_mask.png", read(os.path.join(demo, "polyp_mask.png")))
    scratch = os.path.join(FUZZ, "one_bit.png")
    pnglite.write_png(scratch, np.eye(9, dtype=bool))
    copy("image_headers", "valid_one_bit.png", read(scratch))
    os.remove(scratch)
    frame = struct.pack(">BHHB", 8, 300, 200, 3) + bytes([1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1])
    copy("image_headers", "jpeg_frame_only.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
         + b"\xff\xc0" + struct.pack(">H", 2 + len(frame)) + frame + b"\xff\xda\x00\x02" + bytes(16) + b"\xff\xd9")
    for entry in INDEX:
        if entry["reader"] == "image":
            copy("image_headers", "bad_" + os.path.basename(entry["file"]), read(os.path.join(BAD, entry["file"])))

    module = read(os.path.join(READERS, "torch", "module.pt"))
    copy("torchscript_archive", "valid_module.pt", module)
    with zipfile.ZipFile(io.BytesIO(module)) as source:
        shortened = io.BytesIO()
        with zipfile.ZipFile(shortened, "w") as target:
            for info in source.infolist():
                data = source.read(info.filename)
                target.writestr(info, data[:1] if info.filename.endswith("data/0") else data)
    copy("torchscript_archive", "bad_storage_cut.pt", shortened.getvalue())
    copy("torchscript_archive", "valid_state_dict.pt", read(os.path.join(READERS, "torch", "state_dict.pt")))

    copy("hdf5_attributes", "valid_data.h5", read(os.path.join(READERS, "h5", "data.h5")))
    for entry in INDEX:
        if entry["reader"] == "h5":
            copy("hdf5_attributes", "bad_" + os.path.basename(entry["file"]), read(os.path.join(BAD, entry["file"])))


def main():
    for folder in (BAD, FUZZ):
        if os.path.isdir(folder):
            shutil.rmtree(folder)
        os.makedirs(folder)
    make_empty_and_magic()
    make_npy()
    make_npz()
    make_safetensors()
    make_h5()
    make_torch()
    make_manifests()
    make_images()
    with open(os.path.join(BAD, "index.json"), "w") as out:
        out.write("[\n" + ",\n".join(" " + json.dumps(e) for e in INDEX) + "\n]\n")
    make_fuzz_seeds()
    make_hostile_fuzz_seeds()
    counts = {t: len(os.listdir(os.path.join(FUZZ, t))) for t in sorted(os.listdir(FUZZ))}
    print(f"wrote {len(INDEX)} bad inputs under {BAD}; fuzz seeds: {counts}")


if __name__ == "__main__":
    main()

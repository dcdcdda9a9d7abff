#!/usr/bin/python3
"""Writes small real files for InfoScope's readers under tests/data/readers/, plus expected.json.

Run from anywhere: /usr/bin/python3 tests/data/generate_reader_fixtures.py
Needs Debian's python3-numpy, python3-torch and python3-h5py; safetensors files are written by hand.
The outputs are committed and byte-for-byte reproducible (fixed seeds, fixed zip timestamps,
PYTHONHASHSEED=0: the script re-executes itself with it).

npy/          one file per numpy dtype; big-endian, Fortran-order, 0-d/1-d/3-d/4-d and empty arrays;
              format versions 1.0, 2.0 and 3.0 (numpy writes 2.0/3.0 only when asked, or 3.0 for
              non-latin-1 structured field names).
npz/          stored.npz (numpy.savez) and deflated.npz (numpy.savez_compressed); names with "/".
safetensors/  model.safetensors (every dtype InfoScope reads, __metadata__ {"format": "pt"}) and
              no_metadata.safetensors; header padded with spaces to a multiple of 8.
h5/           data.h5: nested groups, a chunked gzip dataset, a big-endian dataset, attributes.
torch/        torch.save zip archives (tensor, dict, shared-storage views, state_dict, checkpoint,
              dtypes) and a TorchScript module (torch.jit.save) with its input and output as .npy.

expected.json:
  "arrays": one record per array, as the WRITING library reports it: file (relative to readers/),
    name ("" for single-array files; npz member without ".npy"; HDF5 path without the leading "/";
    nested torch containers joined with "/", e.g. "model_state_dict/0.weight"), dtype (numpy-style
    name; "bfloat16" for bf16), byteorder ("<", ">" or "|"), shape, sum (float64; complex: real
    parts, imaginary parts in sum_imag), elements ([flat C-order index, value] for the first, last
    and two interior elements; complex values are [re, im]). Torch records add storage_key,
    storage_offset and stride (in elements).
  "files": one record per file: kind and what the container holds (npy header fields and data
    offset; zip members with method, sizes and data offsets; safetensors header; HDF5 layout and
    attributes; torch archive name, the pickled structure, and the pickle opcodes and globals of
    data.pkl as pickletools.genops reports them).
Integers in the fixtures stay within +-2**53 so JSON readers that go through double stay exact.
"""
import ast
import collections
import contextlib
import io
import json
import linecache
import os
import pickle
import pickletools
import struct
import sys
import types
import zipfile

import h5py
import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "readers")
FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)

ARRAYS = []
FILES = []


# ---------------------------------------------------------------------------------------------
# helpers

@contextlib.contextmanager
def fixed_zip_time():
    """Makes zipfile stamp members with FIXED_ZIP_TIME (numpy.savez uses the current time)."""
    import time as real_time

    class FixedTime:
        @staticmethod
        def time():
            return 0.0

        @staticmethod
        def localtime(_=None):
            return real_time.struct_time(FIXED_ZIP_TIME + (0, 1, -1))

    saved = zipfile.time
    zipfile.time = FixedTime
    try:
        yield
    finally:
        zipfile.time = saved


def dump_json(obj, level=0, width=200):
    """JSON with one line per object or list as long as that line fits in width."""
    compact = json.dumps(obj, separators=(", ", ": "))
    if len(compact) + level <= width or not isinstance(obj, (dict, list)) or not obj:
        return compact
    pad = " " * (level + 1)
    if isinstance(obj, dict):
        body = [f"{pad}{json.dumps(k)}: {dump_json(v, level + 1, width)}" for k, v in obj.items()]
        return "{\n" + ",\n".join(body) + "\n" + " " * level + "}"
    body = [pad + dump_json(v, level + 1, width) for v in obj]
    return "[\n" + ",\n".join(body) + "\n" + " " * level + "]"


def rel(path):
    return os.path.relpath(path, OUT).replace(os.sep, "/")


def element_indices(size):
    if size == 0:
        return []
    return sorted({0, size // 3, (2 * size) // 3, size - 1})


def json_value(value, kind):
    if kind == "c":
        return [float(value.real), float(value.imag)]
    if kind == "b":
        return bool(value)
    if kind in "iu":
        return int(value)
    return float(value)


def byteorder_of(dtype):
    if dtype.itemsize == 1 or dtype.kind == "b":
        return "|"
    if dtype.byteorder == "=":
        return "<" if sys.byteorder == "little" else ">"
    return dtype.byteorder


def add_array(path, name, array, dtype_name=None, **extra):
    """Records an array; dtype_name overrides numpy's name (bf16 arrays arrive as float32)."""
    array = np.asarray(array)
    flat = array.reshape(-1, order="C")
    kind = array.dtype.kind
    record = {
        "file": rel(path),
        "name": name,
        "dtype": dtype_name or array.dtype.name,
        "byteorder": "<" if dtype_name == "bfloat16" else byteorder_of(array.dtype),
        "shape": list(array.shape),
    }
    if kind == "c":
        record["sum"] = float(flat.real.astype(np.float64).sum())
        record["sum_imag"] = float(flat.imag.astype(np.float64).sum())
    else:
        record["sum"] = float(flat.astype(np.float64).sum())
    record["elements"] = [[i, json_value(flat[i], kind)] for i in element_indices(flat.size)]
    record.update(extra)
    ARRAYS.append(record)


ZIP_METHODS = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflated"}


def zip_members(path):
    """Zip directory as Python's zipfile reads it, plus where each member's data starts."""
    members = []
    with open(path, "rb") as raw, zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            raw.seek(info.header_offset)
            local = raw.read(30)
            name_len, extra_len = struct.unpack("<HH", local[26:30])
            raw.seek(info.header_offset + 30 + name_len)
            local_extra = raw.read(extra_len)
            members.append({
                "name": info.filename,
                "method": ZIP_METHODS[info.compress_type],
                "size": info.file_size,
                "compressed_size": info.compress_size,
                "crc32": info.CRC,
                "header_offset": info.header_offset,
                "data_offset": info.header_offset + 30 + name_len + extra_len,
                "local_zip64_extra": extra_ids(local_extra).count(1) > 0,
            })
    return members


def extra_ids(extra):
    ids, pos = [], 0
    while pos + 4 <= len(extra):
        ident, size = struct.unpack("<HH", extra[pos:pos + 4])
        ids.append(ident)
        pos += 4 + size
    return ids


def npy_header(path):
    """The header fields as written, read back without numpy's private helpers."""
    with open(path, "rb") as f:
        head = f.read(12)
    major, minor = head[6], head[7]
    if major == 1:
        (length,) = struct.unpack("<H", head[8:10])
        start = 10
    else:
        (length,) = struct.unpack("<I", head[8:12])
        start = 12
    with open(path, "rb") as f:
        f.seek(start)
        text = f.read(length).decode("latin1" if major < 3 else "utf8")
    fields = ast.literal_eval(text)
    return {"version": [major, minor], "header_len": length, "data_offset": start + length,
            "descr": fields["descr"], "fortran_order": fields["fortran_order"],
            "shape": list(fields["shape"])}


# ---------------------------------------------------------------------------------------------
# npy

def make_npy():
    folder = os.path.join(OUT, "npy")
    os.makedirs(folder, exist_ok=True)
    rng = np.random.default_rng(101)

    def ints(lo, hi, shape, dtype):
        return rng.integers(lo, hi, size=shape, endpoint=True).astype(dtype)

    def complex_normal(shape):
        real = rng.normal(size=shape)
        return real + 1j * rng.normal(size=shape)

    # (file, array, version or None for numpy.save's choice)
    cases = [
        ("float32_3d.npy", rng.normal(size=(2, 3, 4)).astype("<f4"), None),
        ("float16_1d.npy", rng.normal(size=7).astype("<f2"), None),
        ("int8_4d.npy", ints(-128, 127, (2, 2, 3, 2), "|i1"), None),
        ("uint8_0d.npy", np.array(201, dtype="|u1"), None),
        ("int16_fortran.npy", np.asfortranarray(ints(-30000, 30000, (3, 5), "<i2")), None),
        ("uint16_1d.npy", ints(0, 65535, 6, "<u2"), None),
        ("int32_3d.npy", ints(-2**31, 2**31 - 1, (2, 3, 2), "<i4"), None),
        ("uint32_1d.npy", ints(0, 2**32 - 1, 5, "<u4"), None),
        ("int64_2d.npy", ints(-2**50, 2**50, (4, 3), "<i8"), None),
        ("uint64_1d.npy", ints(0, 2**52, 5, "<u8"), None),
        ("float64_4d_fortran.npy", np.asfortranarray(rng.normal(size=(2, 3, 2, 2))), None),
        ("bool_2d.npy", rng.integers(0, 2, size=(3, 4)).astype("|b1"), None),
        ("complex64_1d.npy", complex_normal(5).astype("<c8"), None),
        ("complex128_2d.npy", complex_normal((2, 3)).astype("<c16"), None),
        ("float32_be.npy", rng.normal(size=(3, 4)).astype(">f4"), None),
        ("int64_be.npy", ints(-2**40, 2**40, 5, ">i8"), None),
        ("uint16_be_fortran.npy", np.asfortranarray(ints(0, 65535, (4, 3), ">u2")), None),
        ("complex128_be.npy", complex_normal(3).astype(">c16"), None),
        ("float64_be_0d.npy", np.array(-2.5, dtype=">f8"), None),
        ("v1_float32.npy", rng.normal(size=(3, 3)).astype("<f4"), (1, 0)),
        ("v2_float32.npy", rng.normal(size=(3, 3)).astype("<f4"), (2, 0)),
        ("v2_int16_be_fortran.npy", np.asfortranarray(ints(-300, 300, (2, 4), ">i2")), (2, 0)),
        ("v3_float64.npy", rng.normal(size=(2, 5)), (3, 0)),
        ("empty_float32.npy", np.zeros((0, 3), dtype="<f4"), None),
        ("empty_int64_1d.npy", np.zeros((0,), dtype="<i8"), None),
    ]
    for name, array, version in cases:
        path = os.path.join(folder, name)
        if version is None:
            np.save(path, array)
        else:
            with open(path, "wb") as f:
                np.lib.format.write_array(f, array, version=version)
        header = npy_header(path)
        assert header["fortran_order"] == (array.ndim > 1 and array.flags.f_contiguous
                                           and not array.flags.c_contiguous)
        add_array(path, "", array)
        FILES.append({"file": rel(path), "kind": "npy", **header})


# ---------------------------------------------------------------------------------------------
# npz

def make_npz():
    folder = os.path.join(OUT, "npz")
    os.makedirs(folder, exist_ok=True)
    rng = np.random.default_rng(202)
    stored = {
        "activations/fc1/000001": rng.normal(size=(4, 3)).astype(np.float32),
        "labels": rng.integers(0, 3, size=4).astype(np.int64),
        "inputs": rng.integers(0, 256, size=(4, 2, 2)).astype(np.uint8),
    }
    deflated = {
        "activations/fc2/000002": rng.normal(size=(3, 4, 2)).astype(np.float32),
        "weights/fc2/000002": rng.normal(size=(2, 3)),
        "mask": rng.integers(0, 2, size=5).astype(bool),
    }
    for name, arrays, writer in (("stored.npz", stored, np.savez),
                                 ("deflated.npz", deflated, np.savez_compressed)):
        path = os.path.join(folder, name)
        with fixed_zip_time():
            writer(path, **arrays)
        with np.load(path) as npz:
            names = list(npz.files)
            for key in names:
                add_array(path, key, npz[key])
        FILES.append({"file": rel(path), "kind": "npz", "writer": writer.__name__,
                      "names": names, "members": zip_members(path)})


# ---------------------------------------------------------------------------------------------
# safetensors, written by hand

ST_DTYPES = {"float32": "F32", "float16": "F16", "bfloat16": "BF16", "float64": "F64",
             "int64": "I64", "int32": "I32", "int16": "I16", "int8": "I8", "uint8": "U8",
             "bool": "BOOL"}


def tensor_bytes_and_values(tensor):
    """Little-endian bytes of a torch tensor and its values as numpy (bf16 widened to float32)."""
    tensor = tensor.contiguous()
    if tensor.dtype == torch.bfloat16:
        raw = tensor.view(torch.int16).numpy().astype("<i2").tobytes()
        return raw, tensor.to(torch.float32).numpy(), "bfloat16"
    values = tensor.numpy()
    return values.astype(values.dtype.newbyteorder("<")).tobytes(), values, values.dtype.name


def write_safetensors(path, tensors, metadata):
    header, chunks, offset = {}, [], 0
    if metadata is not None:
        header["__metadata__"] = metadata
    described = []
    for name, tensor in tensors.items():
        raw, values, dtype_name = tensor_bytes_and_values(tensor)
        header[name] = {"dtype": ST_DTYPES[dtype_name], "shape": list(tensor.shape),
                        "data_offsets": [offset, offset + len(raw)]}
        chunks.append(raw)
        described.append((name, values, dtype_name, offset, offset + len(raw)))
        offset += len(raw)
    text = json.dumps(header, separators=(",", ":")).encode("utf8")
    text += b" " * (-(8 + len(text)) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        f.write(b"".join(chunks))
    for name, values, dtype_name, begin, end in described:
        add_array(path, name, values, dtype_name=dtype_name, data_offsets=[begin, end])
    FILES.append({"file": rel(path), "kind": "safetensors", "header_length": len(text),
                  "buffer_offset": 8 + len(text), "file_size": 8 + len(text) + offset,
                  "metadata": metadata, "names": list(tensors)})


def make_safetensors():
    folder = os.path.join(OUT, "safetensors")
    os.makedirs(folder, exist_ok=True)
    g = torch.Generator().manual_seed(303)
    tensors = collections.OrderedDict([
        ("f32", torch.randn(3, 4, generator=g)),
        ("activations/fc1/000003", torch.randn(2, 5, generator=g)),
        ("f16", torch.randn(5, generator=g).to(torch.float16)),
        ("bf16", torch.randn(2, 3, generator=g).to(torch.bfloat16)),
        ("f64", torch.randn(3, generator=g, dtype=torch.float64)),
        ("i64", torch.tensor([-(2**40) - 3, -1, 0, 2**45 + 7])),
        ("i32", torch.tensor([[-2**31, 5], [77, 2**31 - 1]], dtype=torch.int32)),
        ("i16", torch.tensor([-32768, 12, 32767], dtype=torch.int16)),
        ("i8", torch.tensor([-128, -1, 3, 127], dtype=torch.int8)),
        ("u8", torch.randint(0, 256, (2, 2, 2), generator=g, dtype=torch.uint8)),
        ("bool", torch.tensor([True, False, False, True, True, False])),
        ("scalar", torch.tensor(3.25)),
        ("empty", torch.zeros(0, 4)),
    ])
    write_safetensors(os.path.join(folder, "model.safetensors"), tensors, {"format": "pt"})
    write_safetensors(os.path.join(folder, "no_metadata.safetensors"),
                      {"weight": torch.randn(4, 2, generator=g)}, None)


# ---------------------------------------------------------------------------------------------
# HDF5

def make_h5():
    folder = os.path.join(OUT, "h5")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "data.h5")
    rng = np.random.default_rng(404)
    y, x = np.mgrid[0:64, 0:32]
    datasets = collections.OrderedDict([
        ("f32", (rng.normal(size=(4, 5)).astype(np.float32), {})),
        ("group/i16", (rng.integers(-3000, 3000, size=(3, 7)).astype(np.int16), {})),
        ("group/sub/u8", (rng.integers(0, 256, size=10).astype(np.uint8), {})),
        ("group/sub/deep/f64", (rng.normal(size=(2, 3, 4)), {})),
        ("compressed", ((np.sin(x / 5.0) * np.cos(y / 7.0)).astype(np.float32),
                        {"chunks": (16, 16), "compression": "gzip", "compression_opts": 4})),
        ("big_endian", (rng.normal(size=6).astype(">f8"), {})),
        ("scalar", (np.float64(1.75), {})),
    ])
    attributes = [  # (object path, name, value, type)
        ("/group/sub/deep/f64", "scale", 0.5, "float64"),
        ("/group/sub/deep/f64", "count", 3, "int64"),
        ("/group/sub/deep/f64", "units", "volts", "string"),
        ("/group", "threshold", 1.5, "float64"),
        ("/group", "version", 2, "int64"),
        ("/group", "description", "nested groups", "string"),
        ("/group", "label", np.bytes_(b"fixed-ascii"), "fixed-length bytes"),
    ]
    with h5py.File(path, "w") as f:
        for name, (data, options) in datasets.items():
            f.create_dataset(name, data=data, **options)
        for obj, name, value, _ in attributes:
            f[obj].attrs[name] = value
    layouts = []
    with h5py.File(path, "r") as f:
        for name in datasets:
            ds = f[name]
            add_array(path, name, ds[()])
            layouts.append({"name": name, "dtype": ds.dtype.str,
                            "layout": "chunked" if ds.chunks else "contiguous",
                            "chunks": list(ds.chunks) if ds.chunks else None,
                            "compression": ds.compression, "compression_opts": ds.compression_opts,
                            "shuffle": ds.shuffle})
        recorded = []
        for obj, name, _, kind in attributes:
            value = f[obj].attrs[name]
            if isinstance(value, bytes):
                value = value.decode("ascii")
            elif isinstance(value, np.generic):
                value = value.item()
            recorded.append({"object": obj, "name": name, "type": kind, "value": value})
        groups = []
        f.visititems(lambda n, o: groups.append(n) if isinstance(o, h5py.Group) else None)
    FILES.append({"file": rel(path), "kind": "h5", "groups": groups, "datasets": layouts,
                  "attributes": recorded})


# ---------------------------------------------------------------------------------------------
# torch

class _StorageRef:
    def __init__(self, storage_type, key, location, numel):
        self.storage_type, self.key, self.location, self.numel = storage_type, key, location, numel


class _TensorRef:
    def __init__(self, storage, offset, size, stride, requires_grad, *rest):
        self.storage, self.offset = storage, offset
        self.size, self.stride, self.requires_grad = list(size), list(stride), requires_grad


class _ScriptObject:
    qualname = "?"


class _StorageType(str):
    pass


class _InspectingUnpickler(pickle.Unpickler):
    """Reads our own data.pkl files without importing anything beyond an allow-list."""

    def find_class(self, module, name):
        if (module, name) == ("torch._utils", "_rebuild_tensor_v2"):
            return _TensorRef
        if (module, name) == ("collections", "OrderedDict"):
            return collections.OrderedDict
        if module == "torch" and name.endswith("Storage"):
            return _StorageType(name)
        if module.startswith("__torch__"):
            return type(name, (_ScriptObject,), {"qualname": module + "." + name})
        raise pickle.UnpicklingError(f"unexpected global {module}.{name}")

    def persistent_load(self, pid):
        kind, storage_type, key, location, numel = pid
        assert kind == "storage"
        return _StorageRef(str(storage_type), key, location, numel)


def pickle_summary(data):
    """Opcode names and the globals (GLOBAL / STACK_GLOBAL) a pickle uses, via pickletools."""
    counts = collections.Counter()
    globals_, memo, recent = [], {}, []
    protocol = None
    for op, arg, _ in pickletools.genops(data):
        counts[op.name] += 1
        if op.name == "PROTO":
            protocol = arg
        if op.name in ("MEMOIZE",):
            memo[len(memo)] = recent[-1] if recent else None
            continue
        if op.name in ("PUT", "BINPUT", "LONG_BINPUT"):
            memo[arg] = recent[-1] if recent else None
            continue
        if op.name in ("FRAME", "PROTO"):
            continue
        if op.name in ("GET", "BINGET", "LONG_BINGET"):
            recent.append(memo.get(arg))
        elif op.name == "GLOBAL":
            module, name = arg.split(" ", 1)
            globals_.append([module, name])
            recent.append(None)
        elif op.name == "STACK_GLOBAL":
            globals_.append([recent[-2], recent[-1]])
            recent.append(None)
        elif isinstance(arg, str) and ("UNICODE" in op.name or "STRING" in op.name):
            recent.append(arg)
        else:
            recent.append(None)
    unique = []
    for g in globals_:
        if g not in unique:
            unique.append(g)
    return {"protocol": protocol, "opcodes": sorted(counts),
            "opcode_counts": dict(sorted(counts.items())),
            "globals": unique}


STORAGE_DTYPES = {"FloatStorage": torch.float32, "DoubleStorage": torch.float64,
                  "HalfStorage": torch.float16, "BFloat16Storage": torch.bfloat16,
                  "LongStorage": torch.int64, "IntStorage": torch.int32,
                  "ShortStorage": torch.int16,
                  "CharStorage": torch.int8, "ByteStorage": torch.uint8, "BoolStorage": torch.bool}


def describe(real, path, file_path):
    """JSON structure of a saved object, checked against the allow-list unpickle of data.pkl."""
    obj, ref = real
    if isinstance(obj, torch.Tensor):
        assert isinstance(ref, _TensorRef), path
        assert list(obj.shape) == ref.size and list(obj.stride()) == ref.stride, path
        assert obj.storage_offset() == ref.offset
        assert STORAGE_DTYPES[ref.storage.storage_type] == obj.dtype
        values = obj.detach()
        dtype_name = "bfloat16" if values.dtype == torch.bfloat16 else None
        values = values.to(torch.float32).numpy() if dtype_name else values.numpy()
        add_array(file_path, path, values, dtype_name=dtype_name, storage_key=ref.storage.key,
                  storage_offset=ref.offset, stride=ref.stride)
        return {"type": "tensor", "name": path, "storage_type": ref.storage.storage_type,
                "storage_key": ref.storage.key, "storage_numel": ref.storage.numel,
                "location": ref.storage.location, "requires_grad": ref.requires_grad}
    if isinstance(obj, dict):
        kind = "OrderedDict" if isinstance(obj, collections.OrderedDict) else "dict"
        assert type(ref) is type(obj) and list(ref) == list(obj), path
        node = {"type": kind, "keys": list(obj),
                "items": {k: describe((v, ref[k]), f"{path}/{k}" if path else k, file_path)
                          for k, v in obj.items()}}
        if getattr(obj, "_metadata", None) is not None:
            assert ref._metadata == obj._metadata
            node["attributes"] = {"_metadata": json.loads(json.dumps(obj._metadata))}
        return node
    if isinstance(obj, (list, tuple)):
        return {"type": type(obj).__name__,
                "items": [describe((v, r), f"{path}/{i}", file_path)
                          for i, (v, r) in enumerate(zip(obj, ref))]}
    assert obj == ref, path
    if obj is None:
        return {"type": "None"}
    return {"type": type(obj).__name__, "value": obj}


def torch_file_entry(path, saved):
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        pkl = next(n for n in names if n.endswith("/data.pkl"))
        data = archive.read(pkl)
        extra = {}
        constants = pkl[: -len("data.pkl")] + "constants.pkl"
        if constants in names:
            extra["constants_pickle"] = pickle_summary(archive.read(constants))
    entry = {"file": rel(path), "kind": "torch", "archive": pkl.split("/")[0],
             "members": zip_members(path), "pickle": pickle_summary(data)}
    entry.update(extra)
    if saved is not None:
        ref = _InspectingUnpickler(io.BytesIO(data)).load()
        entry["structure"] = describe((saved, ref), "", path)
    return entry


TINY_MODULE_SOURCE = '''import torch


class TinyNet(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = torch.nn.Linear(3, 2)

    def forward(self, x):
        return torch.tanh(self.lin(x))
'''


def tiny_module_class():
    """TinyNet from a source string under a fixed file name: TorchScript's debug info stores the
    source file name, and this keeps module.pt independent of where the checkout lives."""
    name = "infoscope_tiny_module"
    filename = name + ".py"
    module = types.ModuleType(name)
    module.__file__ = filename
    lines = TINY_MODULE_SOURCE.splitlines(True)
    linecache.cache[filename] = (len(TINY_MODULE_SOURCE), None, lines, filename)
    sys.modules[name] = module
    exec(compile(TINY_MODULE_SOURCE, filename, "exec"), module.__dict__)
    return module.TinyNet


def make_torch():
    folder = os.path.join(OUT, "torch")
    os.makedirs(folder, exist_ok=True)
    torch.manual_seed(0)
    mlp = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.BatchNorm1d(4), torch.nn.ReLU(),
                              torch.nn.Linear(4, 2))
    state_dict = mlp.state_dict()
    g = torch.Generator().manual_seed(505)
    base = torch.arange(24, dtype=torch.float32)
    objects = collections.OrderedDict([
        ("tensor.pt", torch.randn(3, 4, generator=g)),
        ("dict.pt", {"weight": torch.randn(3, 4, generator=g),
                     "index": torch.tensor([3, -1, 2**40, 0, 9]),
                     "half": torch.randn(2, 3, generator=g).to(torch.float16)}),
        ("views.pt", {"base": base, "mat": base.view(4, 6), "row": base[6:12],
                      "t": base.view(4, 6).t(), "strided": base.view(4, 6)[:, 1::2]}),
        ("state_dict.pt", state_dict),
        ("checkpoint.pt", {"epoch": 7, "learning_rate": 0.01, "model_state_dict": state_dict,
                           "name": "mlp", "history": [0.5, 0.25], "best": None, "flag": True}),
        ("dtypes.pt", {"bf16": torch.randn(2, 3, generator=g).to(torch.bfloat16),
                       "bool": torch.tensor([True, False, True, True, False]),
                       "i8": torch.tensor([-128, -5, 6, 127], dtype=torch.int8),
                       "u8": torch.tensor([[0, 17], [200, 255]], dtype=torch.uint8),
                       "f64": torch.randn(3, generator=g, dtype=torch.float64),
                       "i32": torch.tensor([[-7, 0, 2**31 - 1], [1, 2, -2**31]], dtype=torch.int32),
                       "i16": torch.tensor([-32768, -1, 1, 32767], dtype=torch.int16)}),
    ])
    for name, obj in objects.items():
        path = os.path.join(folder, name)
        torch.save(obj, path)
        FILES.append(torch_file_entry(path, obj))
    views = next(f for f in FILES if f["file"] == "torch/views.pt")
    assert {r["storage_key"] for r in ARRAYS if r["file"] == "torch/views.pt"} == {"0"}
    views["note"] = "all five tensors share storage key '0' (24 float32); only data/0 is stored"

    torch.manual_seed(0)
    scripted = torch.jit.script(tiny_module_class()())
    path = os.path.join(folder, "module.pt")
    torch.jit.save(scripted, path)
    x = torch.linspace(-1.0, 1.0, 12, dtype=torch.float32).reshape(4, 3)
    with torch.no_grad():
        y = scripted(x)
    np.save(os.path.join(folder, "module_input.npy"), x.numpy())
    np.save(os.path.join(folder, "module_output.npy"), y.numpy())
    add_array(os.path.join(folder, "module_input.npy"), "", x.numpy())
    add_array(os.path.join(folder, "module_output.npy"), "", y.numpy())
    entry = torch_file_entry(path, None)
    entry["kind"] = "torchscript"
    entry["class"] = "__torch__.infoscope_tiny_module.TinyNet"
    entry["parameters"] = [{"name": n, "shape": list(p.shape), "dtype": "float32"}
                           for n, p in scripted.named_parameters()]
    for n, p in scripted.named_parameters():
        add_array(path, n, p.detach().numpy())
    entry["forward"] = {"input": "torch/module_input.npy", "output": "torch/module_output.npy",
                        "function": "tanh(x @ lin.weight.T + lin.bias)"}
    FILES.append(entry)


# ---------------------------------------------------------------------------------------------

def main():
    os.makedirs(OUT, exist_ok=True)
    make_npy()
    make_npz()
    make_safetensors()
    make_h5()
    make_torch()
    expected = {
        "notes": "Written by tests/data/generate_reader_fixtures.py; see its docstring.",
        "versions": {"numpy": np.__version__, "torch": torch.__version__, "h5py": h5py.__version__,
                     "hdf5": h5py.version.hdf5_version},
        "files": FILES,
        "arrays": ARRAYS,
    }
    with open(os.path.join(OUT, "expected.json"), "w") as out:
        out.write(dump_json(expected) + "\n")

    opcodes, globals_ = set(), []
    for entry in FILES:
        for key in ("pickle", "constants_pickle"):
            if key in entry:
                opcodes.update(entry[key]["opcodes"])
                globals_ += [g for g in entry[key]["globals"] if g not in globals_]
    print(f"wrote {len(FILES)} files, {len(ARRAYS)} array records under {OUT}")
    print("pickle opcodes in the torch fixtures:", " ".join(sorted(opcodes)))
    print("pickle globals in the torch fixtures:", ", ".join(".".join(g) for g in globals_))


if __name__ == "__main__":
    # TorchScript writes module constants in set order; a fixed hash seed keeps module.pt stable.
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable] + sys.argv, dict(os.environ, PYTHONHASHSEED="0"))
    main()

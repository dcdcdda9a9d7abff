"""Minimal PNG writer (numpy + zlib only) for fixtures and the demo images.

Writes 8- or 16-bit grey, RGB or RGBA, or 1-bit grey from a bool array, without filtering; every decoder reads it, so tests of
InfoScope's image reader do not depend on an encoder from the library under test.
"""
import struct
import zlib

import numpy as np


def _chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def write_png(path, array):
    array = np.asarray(array)
    if array.dtype == bool and array.ndim == 2:  # 1-bit grey: rows packed MSB first, padded to a byte
        height, width = array.shape
        raw = b"".join(b"\x00" + np.packbits(array[row]).tobytes() for row in range(height))
        _write(path, struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0), raw)
        return
    if array.dtype not in (np.uint8, np.uint16):
        raise ValueError("PNG fixtures are uint8, uint16 or 2-d bool")
    if array.ndim == 2:
        array = array[:, :, None]
    height, width, channels = array.shape
    colour_type = {1: 0, 3: 2, 4: 6}[channels]
    depth = 8 if array.dtype == np.uint8 else 16
    pixels = array.astype(">u2") if depth == 16 else array
    raw = b"".join(b"\x00" + pixels[row].tobytes() for row in range(height))
    _write(path, struct.pack(">IIBBBBB", width, height, depth, colour_type, 0, 0, 0), raw)


def _write(path, header, raw):
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n")
        out.write(_chunk(b"IHDR", header))
        out.write(_chunk(b"IDAT", zlib.compress(raw, 9)))
        out.write(_chunk(b"IEND", b""))

#!/usr/bin/python3
"""Writes the small reference fixtures under tests/data/ with numpy (Debian's python3-numpy).

Run from anywhere: /usr/bin/python3 tests/data/generate_fixtures.py
The outputs are committed; tests compare InfoScope against them and never against its own output.

spectrum/: input images (PNG written by tools/pnglite.py, float arrays as .npy) and the expected
  amplitude spectra (numpy.fft.fftshift(abs(numpy.fft.fft2(w * x, norm=...)))) and radial profiles
  (mean amplitude per floor(distance from (H//2, W//2)), via numpy.bincount), the angular profiles
  (mean amplitude per 5-degree orientation bin centred on 0, 5, ... degrees, 1 <= radius <= inscribed) and the phases
  (numpy.fft.fftshift(numpy.angle(numpy.fft.fft2(w * x)))) for each configuration.
npy/: small arrays for the .npy reader with the values numpy reports, in npy/expected.json.
"""
import json
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
from pnglite import write_png  # noqa: E402


def radial_profile(amplitude):
    h, w = amplitude.shape
    y, x = np.indices((h, w))
    bins = np.floor(np.sqrt((y - h // 2) ** 2 + (x - w // 2) ** 2)).astype(np.int64)
    sums = np.bincount(bins.ravel(), weights=amplitude.ravel())
    counts = np.bincount(bins.ravel())
    return sums / counts


def angular_profile(amplitude, bins=36):
    h, w = amplitude.shape
    y, x = np.indices((h, w))
    dy, dx = -(y - h // 2), x - w // 2
    distance = np.sqrt(dx ** 2 + dy ** 2)
    inscribed = min(h // 2, h - 1 - h // 2, w // 2, w - 1 - w // 2)
    keep = (distance >= 1) & (distance <= inscribed)
    width = 180.0 / bins  # bins centred on 0, 5, ... degrees
    degrees = np.mod(np.degrees(np.arctan2(dy, dx)) + 360.0 + width / 2, 180.0)
    k = np.minimum(bins - 1, (degrees / width).astype(np.int64))
    sums = np.bincount(k[keep], weights=amplitude[keep], minlength=bins)
    counts = np.bincount(k[keep], minlength=bins)
    with np.errstate(invalid="ignore"):
        return sums / counts


def phase(plane, window):
    plane = plane.astype(np.float64)
    if window == "hann":
        plane = plane * np.outer(np.hanning(plane.shape[0]), np.hanning(plane.shape[1]))
    return np.fft.fftshift(np.angle(np.fft.fft2(plane)))


def spectrum(plane, window, norm):
    plane = plane.astype(np.float64)
    if window == "hann":
        plane = plane * np.outer(np.hanning(plane.shape[0]), np.hanning(plane.shape[1]))
    return np.fft.fftshift(np.abs(np.fft.fft2(plane, norm=norm)))


def planes(image, channels):
    image = image.astype(np.float64)
    if image.ndim == 2:
        return {"grey": image}
    if channels == "grey":
        return {"grey": 0.299 * image[..., 0] + 0.587 * image[..., 1] + 0.114 * image[..., 2]}
    return {"red": image[..., 0], "green": image[..., 1], "blue": image[..., 2]}


def write_expected(folder, stem, image, configurations):
    np.save(os.path.join(folder, stem + "_pixels.npy"), image)
    for window, norm, channels in configurations:
        for name, plane in planes(image, channels).items():
            amplitude = spectrum(plane, window, norm)
            tag = f"{stem}__{window}_{norm}_{channels}_{name}"
            np.save(os.path.join(folder, tag + "_amplitude.npy"), amplitude)
            np.save(os.path.join(folder, tag + "_profile.npy"), radial_profile(amplitude))
            np.save(os.path.join(folder, tag + "_angular.npy"), angular_profile(amplitude))
            np.save(os.path.join(folder, tag + "_phase.npy"), phase(plane, window))


def make_spectrum_fixtures():
    folder = os.path.join(HERE, "spectrum")
    os.makedirs(folder, exist_ok=True)
    rng = np.random.default_rng(20261128)
    configurations = [("none", "backward", "grey"), ("hann", "ortho", "grey"),
                      ("none", "backward", "per-channel"), ("hann", "backward", "per-channel")]

    # Odd height, even width: exercises the fftshift centre and the corner bins.
    h, w = 37, 50
    y, x = np.mgrid[0:h, 0:w]
    grey = 100 + 60 * np.sin(2 * np.pi * 5 * x / w) + 40 * np.cos(2 * np.pi * 3 * y / h)
    grey = np.clip(grey + rng.normal(0, 10, size=(h, w)), 0, 255).astype(np.uint8)
    write_png(os.path.join(folder, "grey_u8.png"), grey)
    write_expected(folder, "grey_u8", grey, configurations[:2])

    h, w = 24, 31
    rgb = rng.integers(0, 256, size=(h, w, 3), dtype=np.uint8)
    rgb[..., 1] = (rgb[..., 1] // 2 + 64).astype(np.uint8)
    write_png(os.path.join(folder, "rgb_u8.png"), rgb)
    write_expected(folder, "rgb_u8", rgb, configurations)

    h, w = 20, 20
    grey16 = rng.integers(0, 65536, size=(h, w), dtype=np.uint16)
    write_png(os.path.join(folder, "grey_u16.png"), grey16)
    write_expected(folder, "grey_u16", grey16, configurations[:1])

    plane = rng.normal(size=(16, 9))
    np.save(os.path.join(folder, "plane_f64.npy"), plane)
    write_expected(folder, "plane_f64", plane, configurations[:2])


def make_npy_fixtures():
    folder = os.path.join(HERE, "npy")
    os.makedirs(folder, exist_ok=True)
    rng = np.random.default_rng(7)
    arrays = {
        "f32_c.npy": rng.normal(size=(3, 4, 5)).astype("<f4"),
        "f64_fortran.npy": np.asfortranarray(rng.normal(size=(4, 6))),
        "i16_big.npy": rng.integers(-3000, 3000, size=(5, 7)).astype(">i2"),
        "u8_scalar.npy": np.array(200, dtype=np.uint8),
        "bool_1d.npy": rng.integers(0, 2, size=11).astype(bool),
        "c64.npy": (rng.normal(size=6) + 1j * rng.normal(size=6)).astype(np.complex64),
    }
    expected = {}
    for name, array in arrays.items():
        np.save(os.path.join(folder, name), array)
        flat = np.asarray(array).reshape(-1, order="C")
        expected[name] = {
            "dtype": str(np.asarray(array).dtype.newbyteorder("=")),
            "shape": list(np.asarray(array).shape),
            "sum_real": float(np.real(flat.astype(np.complex128)).sum()),
            "first_real": float(np.real(flat[0])) if flat.size else None,
            "last_real": float(np.real(flat[-1])) if flat.size else None,
        }
    with open(os.path.join(folder, "expected.json"), "w") as out:
        json.dump(expected, out, indent=1, sort_keys=True)


if __name__ == "__main__":
    make_spectrum_fixtures()
    make_npy_fixtures()

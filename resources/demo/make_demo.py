#!/usr/bin/python3
"""Writes the bundled demo images (synthetic, no patient data) with numpy only.

polyp.png: a 256 x 256 RGB frame in the style of a colonoscopy image - reddish mucosa with fold
texture, vignetting and a raised elliptical polyp with a soft rim; polyp_mask.png: its binary mask.
Run: /usr/bin/python3 resources/demo/make_demo.py
"""
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
from pnglite import write_png  # noqa: E402


def main():
    rng = np.random.default_rng(42)
    n = 256
    y, x = np.mgrid[0:n, 0:n] / n
    folds = 0.5 + 0.5 * np.sin(2 * np.pi * (6 * x + 2 * np.sin(2 * np.pi * y)))
    texture = np.real(np.fft.ifft2(np.fft.fft2(rng.normal(size=(n, n)))
                                   / (1 + np.hypot(*np.meshgrid(np.fft.fftfreq(n), np.fft.fftfreq(n))) * 60)))
    texture = (texture - texture.mean()) / texture.std()
    vignette = 1 - 0.55 * ((x - 0.5) ** 2 + (y - 0.5) ** 2) * 4
    base = np.clip(0.55 + 0.12 * folds + 0.05 * texture, 0, 1) * vignette

    r2 = ((x - 0.58) / 0.16) ** 2 + ((y - 0.45) / 0.12) ** 2
    mask = r2 <= 1.0
    dome = np.clip(1 - r2, 0, 1)
    rim = np.exp(-((np.sqrt(r2) - 1) / 0.08) ** 2)

    red = base * 0.95 + 0.25 * dome - 0.1 * rim
    green = base * 0.45 + 0.10 * dome - 0.05 * rim
    blue = base * 0.35 + 0.05 * dome
    image = np.stack([red, green, blue], axis=-1)
    image += rng.normal(0, 0.01, size=image.shape)
    image = (np.clip(image, 0, 1) * 255).round().astype(np.uint8)

    write_png(os.path.join(HERE, "polyp.png"), image)
    write_png(os.path.join(HERE, "polyp_mask.png"), (mask * 255).astype(np.uint8))


if __name__ == "__main__":
    main()

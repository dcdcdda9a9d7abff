"""Spectra of one large image and of a streamed set, InfoScope against numpy.fft on the same files.

Usage: /usr/bin/python3 bench/spectrum_benchmark.py BUILD_DIR [--images 1000] [--size 512] [--large 4096]

Files (written once to $TMPDIR/infoscope-bench-spectrum, seed 0): a (large x large) float64 .npy of
1/f noise, and a set of `images` RGB PNGs of size x size (textured scenes, 8-bit) with masks.
Peers, in this process, numpy on OpenBLAS's pocketfft (numpy.fft) with the files read by PIL:
  (1) one image: what spectrum.image computes, numpy.fft.fftshift of abs and angle of numpy.fft.fft2(x),
      the radial profile and the angular profile (5-degree bins) by numpy.bincount, against
      bench_spectrum image (the file read before the clock starts on both sides);
  (2) the set: per PNG, decode, grey = 0.299 R + 0.587 G + 0.114 B, numpy.fft.fft2(norm='ortho'),
      abs, fftshift, FPGM's radial profile (trunc radius, R = size/2 bins, by numpy.bincount with the
      bin map computed once), summed over the set: the mean profile spectrum.dataset gives. As (2) with
      numpy.fft.rfft2 (half the spectrum; each half-plane bin weighted by its Hermitian twin) as the
      strongest numpy variant. Against bench_spectrum set (decoding included on both sides).
Profiles must agree to 1e-9 relative. Peak memory: InfoScope's VmHWM.
Target (issue 14): >= 3x faster than numpy for the set's signature, peak memory < 100 MB.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
from PIL import Image


def argument(name, default):
    return int(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


def write_files(folder, images, size, large):
    os.makedirs(os.path.join(folder, "images"), exist_ok=True)
    os.makedirs(os.path.join(folder, "masks"), exist_ok=True)
    rng = np.random.default_rng(0)
    big = os.path.join(folder, f"large_{large}.npy")
    if not os.path.exists(big):
        f = np.hypot(np.fft.fftfreq(large)[:, None], np.fft.fftfreq(large)[None, :])
        f[0, 0] = 1
        noise = np.real(np.fft.ifft2(np.fft.fft2(rng.normal(size=(large, large))) / f))
        np.save(big, noise)
    marker = os.path.join(folder, f"set_{images}_{size}.done")
    if not os.path.exists(marker):
        y, x = np.mgrid[0:size, 0:size]
        for i in range(images):
            texture = rng.normal(size=(size // 8, size // 8))
            texture = np.kron(texture, np.ones((8, 8)))
            cy, cx, r = rng.uniform(0.3, 0.7) * size, rng.uniform(0.3, 0.7) * size, rng.uniform(0.1, 0.25) * size
            mask = (y - cy) ** 2 + (x - cx) ** 2 <= r * r
            base = 110 + 20 * texture + 60 * mask
            rgb = np.clip(np.stack([base, 0.8 * base, 0.6 * base], axis=-1), 0, 255).astype(np.uint8)
            Image.fromarray(rgb).save(os.path.join(folder, "images", f"img{i:05d}.png"), compress_level=1)
            Image.fromarray((mask * 255).astype(np.uint8)).save(os.path.join(folder, "masks", f"img{i:05d}.png"),
                                                                compress_level=1)
        open(marker, "w").close()
    return big


def profile_bins(h, w):
    y, x = np.indices((h, w))
    return np.sqrt((y - h // 2) ** 2 + (x - w // 2) ** 2).astype(np.int64)


def numpy_image(path):
    """What spectrum.image computes: amplitude, phase, radial and angular (5-degree) profiles."""
    x = np.load(path)
    start = time.perf_counter()
    f = np.fft.fft2(x)
    amplitude = np.fft.fftshift(np.abs(f))
    phase = np.fft.fftshift(np.angle(f))
    h, w = amplitude.shape
    y, xx = np.indices((h, w))
    dy, dx = -(y - h // 2), xx - w // 2
    distance = np.sqrt(dx ** 2.0 + dy ** 2.0)
    bins = np.floor(distance).astype(np.int64).ravel()
    profile = np.bincount(bins, weights=amplitude.ravel()) / np.bincount(bins)
    keep = (distance >= 1) & (distance <= min(h // 2, h - 1 - h // 2, w // 2, w - 1 - w // 2))
    k = np.minimum(35, (np.mod(np.degrees(np.arctan2(dy, dx)) + 362.5, 180.0) / 5.0).astype(np.int64))
    angular = np.bincount(k[keep], weights=amplitude[keep], minlength=36) / np.bincount(k[keep], minlength=36)
    del phase, angular
    return time.perf_counter() - start, profile


def grey_of(path):
    rgb = np.asarray(Image.open(path), dtype=np.float64)
    return 0.299 * rgb[..., 0] + 0.587 * rgb[..., 1] + 0.114 * rgb[..., 2]


def numpy_set(folder, size):
    files = sorted(os.listdir(os.path.join(folder, "images")))
    start = time.perf_counter()
    bins = profile_bins(size, size)
    count = size // 2
    keep = bins.ravel() < count
    flat = bins.ravel()[keep]
    pixels = np.bincount(flat, minlength=count)
    total = np.zeros(count)
    for name in files:
        amplitude = np.fft.fftshift(np.abs(np.fft.fft2(grey_of(os.path.join(folder, "images", name)), norm="ortho")))
        total += np.bincount(flat, weights=amplitude.ravel()[keep], minlength=count) / pixels
    return time.perf_counter() - start, total / len(files)


def numpy_set_rfft(folder, size):
    files = sorted(os.listdir(os.path.join(folder, "images")))
    start = time.perf_counter()
    # Unshifted frequency (r, c) sits at shifted ((r + H/2) % H, (c + W/2) % W); rfft2 keeps c <= W/2,
    # and each kept column 1 <= c < W/2 stands for itself and its mirror, which has the same radius
    # bin except for the even-size Nyquist row and column, which is why the mirror's bin is used.
    h = w = size
    count = size // 2
    rows = np.arange(h)[:, None]
    cols = np.arange(w // 2 + 1)[None, :]

    def bin_of(r, c):
        return np.sqrt((((r + h // 2) % h) - h // 2) ** 2 + (((c + w // 2) % w) - w // 2) ** 2).astype(np.int64)

    own = bin_of(rows, cols)
    mirror = bin_of((-rows) % h, (-cols) % w)
    has_mirror = ((cols > 0) & (cols < w - w // 2)) | np.zeros((h, 1), bool)
    pixels = np.bincount(own.ravel()[own.ravel() < count], minlength=count) + \
        np.bincount(mirror[has_mirror][mirror[has_mirror] < count], minlength=count)
    total = np.zeros(count)
    for name in files:
        a = np.abs(np.fft.rfft2(grey_of(os.path.join(folder, "images", name)), norm="ortho"))
        sums = np.bincount(own.ravel(), weights=a.ravel(), minlength=count + 2 * size)[:count]
        sums += np.bincount(mirror[has_mirror], weights=a[has_mirror], minlength=count + 2 * size)[:count]
        total += sums / pixels
    return time.perf_counter() - start, total / len(files)


def infoscope(build, mode, path):
    out = subprocess.run([os.path.join(build, "bench", "bench_spectrum"), mode, path], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def relative(a, b):
    a, b = np.asarray(a), np.asarray(b)
    return float(np.max(np.abs(a - b)) / np.max(np.abs(b)))


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    build = sys.argv[1]
    images, size, large = argument("--images", 1000), argument("--size", 512), argument("--large", 4096)
    folder = os.path.join(tempfile.gettempdir(), "infoscope-bench-spectrum")
    big = write_files(folder, images, size, large)
    print(f"cores: {os.cpu_count()}, numpy {np.__version__}")

    ours = infoscope(build, "image", big)
    theirs, profile = numpy_image(big)
    print(f"\none {large} x {large} image: amplitude, phase, radial and angular profiles")
    print(f"  InfoScope {ours['seconds']:.3f} s, numpy.fft {theirs:.3f} s: {theirs / ours['seconds']:.2f}x "
          f"(profiles differ by {relative(ours['profile'], profile):.1e} relative)")

    # Warm the page cache for both sides alike, then time.
    for name in os.listdir(os.path.join(folder, "images"))[:images]:
        open(os.path.join(folder, "images", name), "rb").read()
    ours = infoscope(build, "set", folder)
    theirs, profile = numpy_set(folder, size)
    theirs_r, profile_r = numpy_set_rfft(folder, size)
    print(f"\nmean radial profile of {images} images of {size} x {size} (RGB PNG, decoded, streamed)")
    print(f"  InfoScope        {ours['seconds']:.2f} s, peak memory {ours['peak_bytes'] / 2**20:.0f} MB")
    print(f"  numpy.fft.fft2   {theirs:.2f} s: InfoScope {theirs / ours['seconds']:.2f}x faster "
          f"(profiles differ by {relative(ours['profile'], profile):.1e} relative)")
    print(f"  numpy.fft.rfft2  {theirs_r:.2f} s: InfoScope {theirs_r / ours['seconds']:.2f}x faster "
          f"(profiles differ by {relative(ours['profile'], profile_r):.1e} relative)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Writes the references of the dataset-spectrum and augmentation analyses under tests/data/augment/.

Run: /usr/bin/python3 tests/data/generate_augment_fixtures.py   (Debian's numpy, scipy and torch)
The outputs are committed; tests compare InfoScope against them and never against its own output.

- edge band (FPGM): torch conv2d with the Sobel kernels (padding 1), max_pool2d(3, 1, 1), > 0.5;
- set signatures: two small sets (PNG images and masks) and the mean / population sd of the FPGM
  radial profile (orthonormal numpy.fft amplitude, trunc radius, R = min(H//2, W//2) bins) of the
  edge-band grey image and of the whole grey image; consistency, without the DC bin: cosine and
  scipy's Jensen-Shannon distance squared (base 2);
- FPGM perturbation: numpy transcription of FreqPerturbation (per channel, eps = 1e-6);
- FDA: the reference's low_freq_mutate_np window (rows c-b .. c+b inclusive) with numpy.fft;
- IRAD: torch.nn.functional.grid_sample (align_corners=False, padding_mode='border') at pixel
  shifts stored beside it, for nearest, bilinear and bicubic;
- SDAP: the identity-order sub-images (polyphase components, image[i::5, j::5]);
- IRAD accuracy (classifier/): a scripted torch classifier, 48 labelled uint8 images and its
  predictions on them clean and after grid_sample at constant shifts (float64 sampling, as the
  tool, then float32 into the model); every top-2 logit margin is checked to exceed 1e-3, so that
  float rounding cannot flip a prediction.
"""
import json
import os
import sys

import numpy as np
import torch
import torch.nn.functional as F
from scipy.spatial.distance import jensenshannon

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "augment")
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
from pnglite import write_png  # noqa: E402


def grey(image):
    image = image.astype(np.float64)
    if image.ndim == 2:
        return image
    return 0.299 * image[..., 0] + 0.587 * image[..., 1] + 0.114 * image[..., 2]


def edge_band(mask):
    m = torch.from_numpy((mask > 0).astype(np.float64))[None, None]
    kx = torch.tensor([[-1.0, 0, 1], [-2, 0, 2], [-1, 0, 1]], dtype=torch.float64)[None, None]
    ky = kx.transpose(2, 3)
    gx = F.conv2d(m, kx, padding=1)
    gy = F.conv2d(m, ky, padding=1)
    e = torch.sqrt(gx ** 2 + gy ** 2)
    d = F.max_pool2d(e, 3, stride=1, padding=1)
    return (d > 0.5).double()[0, 0].numpy()


def radius(h, w):
    y, x = np.indices((h, w))
    return np.sqrt((y - h // 2) ** 2 + (x - w // 2) ** 2).astype(np.int64)  # trunc, as torch's .long()


def fpgm_profile(amplitude_shifted):
    h, w = amplitude_shifted.shape
    r = radius(h, w)
    bins = min(h // 2, w // 2)
    return np.array([amplitude_shifted[r == i].mean() for i in range(bins)])


def ortho_amplitude(plane):
    return np.fft.fftshift(np.abs(np.fft.fft2(plane, norm="ortho")))


def fpgm_perturb(plane, prior, gamma, eps=1e-6):
    if gamma == 0:
        return plane.copy()
    f = np.fft.fft2(plane, norm="ortho")
    amp, pha = np.abs(f), np.angle(f)
    shifted = np.fft.fftshift(amp)
    h, w = plane.shape
    p_u = fpgm_profile(shifted)
    e_u = p_u.sum()
    mix = (1 - gamma) * p_u / (e_u + eps) + gamma * prior / (prior.sum() + eps)
    pert = mix * e_u
    r = np.minimum(radius(h, w), len(prior) - 1)
    new_amp = np.fft.ifftshift(pert[r])
    return np.real(np.fft.ifft2(new_amp * np.exp(1j * pha), norm="ortho"))


def fda_np(source, target, beta):
    fs, ft = np.fft.fft2(source), np.fft.fft2(target)
    amp_s, pha_s, amp_t = np.abs(fs), np.angle(fs), np.abs(ft)
    a_s, a_t = np.fft.fftshift(amp_s), np.fft.fftshift(amp_t)
    h, w = source.shape
    b = int(np.floor(min(h, w) * beta))
    c_h, c_w = h // 2, w // 2
    a_s[c_h - b:c_h + b + 1, c_w - b:c_w + b + 1] = a_t[c_h - b:c_h + b + 1, c_w - b:c_w + b + 1]
    mutated = np.fft.ifftshift(a_s) * np.exp(1j * pha_s)
    return np.real(np.fft.ifft2(mutated))


def scene(rng, size, cast, texture_scale):
    """A generated 'endoscopy' image: textured tissue, an elliptic polyp and its mask."""
    y, x = np.mgrid[0:size, 0:size].astype(np.float64)
    noise = rng.normal(size=(size, size))
    spectrum = np.fft.fft2(noise)
    fy = np.fft.fftfreq(size)[:, None]
    fx = np.fft.fftfreq(size)[None, :]
    spectrum *= np.exp(-(fx ** 2 + fy ** 2) / (2 * texture_scale ** 2))
    texture = np.real(np.fft.ifft2(spectrum))
    texture = 25 * texture / texture.std()
    cy, cx = rng.uniform(0.35, 0.65, 2) * size
    ry, rx = rng.uniform(0.12, 0.25, 2) * size
    mask = ((y - cy) / ry) ** 2 + ((x - cx) / rx) ** 2 <= 1
    base = 120 + texture + 50 * mask
    image = np.stack([base * cast[0], base * cast[1], base * cast[2]], axis=-1)
    return np.clip(np.round(image), 0, 255).astype(np.uint8), mask.astype(np.uint8) * 255


def write_set(name, rng, count, size, cast, texture_scale):
    folder = os.path.join(OUT, name)
    os.makedirs(os.path.join(folder, "images"), exist_ok=True)
    os.makedirs(os.path.join(folder, "masks"), exist_ok=True)
    edge, whole = [], []
    for i in range(count):
        image, mask = scene(rng, size, cast, texture_scale)
        write_png(os.path.join(folder, "images", f"case{i:02d}.png"), image)
        write_png(os.path.join(folder, "masks", f"case{i:02d}.png"), mask)
        g = grey(image)
        edge.append(fpgm_profile(ortho_amplitude(g * edge_band(mask))))
        whole.append(fpgm_profile(ortho_amplitude(g)))
    edge, whole = np.array(edge), np.array(whole)
    return {"edge_mean": edge.mean(0), "edge_sd": edge.std(0), "whole_mean": whole.mean(0), "whole_sd": whole.std(0)}


def consistency(p, q):
    p, q = p[1:] / p[1:].sum(), q[1:] / q[1:].sum()  # without the DC bin
    return {"cosine": float(p @ q / np.linalg.norm(p) / np.linalg.norm(q)),
            "jsd_bits": float(jensenshannon(p, q, base=2) ** 2)}


class TinyClassifier(torch.nn.Module):
    """Conv 3x3 (3 -> 4), tanh, a linear layer to 3 classes: sensitive to sub-pixel shifts."""

    def __init__(self, h, w):
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 4, 3, padding=1)
        self.fc = torch.nn.Linear(4 * h * w, 3)

    def forward(self, x):
        return self.fc(torch.tanh(self.conv(x)).flatten(1))


def shifted(planes, d):
    """grid_sample of (N, C, H, W) float64 at a constant shift of d pixels on both axes, per mode."""
    n, _, h, w = planes.shape
    rows, cols = np.indices((h, w)).astype(np.float64)
    grid = np.stack([(2 * (cols + d) + 1) / w - 1, (2 * (rows + d) + 1) / h - 1], axis=-1)
    grid = torch.from_numpy(np.repeat(grid[None], n, axis=0))
    return {mode: F.grid_sample(planes, grid, mode=mode, padding_mode="border", align_corners=False)
            for mode in ("nearest", "bilinear", "bicubic")}


def write_classifier():
    folder = os.path.join(OUT, "classifier")
    os.makedirs(folder, exist_ok=True)
    n, h, w = 48, 12, 16
    mean, std = 0.5, 0.25
    magnitudes = [1.2, 2.6]  # d = s / 2 = 0.6 and 1.3 px: no nearest-neighbour ties at .5
    for seed in range(100):
        torch.manual_seed(seed)
        model = TinyClassifier(h, w).eval()
        rng = np.random.default_rng(seed)
        images = rng.integers(0, 256, size=(n, h, w, 3)).astype(np.uint8)
        planes = torch.from_numpy(images.transpose(0, 3, 1, 2).astype(np.float64) / 255.0)
        conditions = [("clean", 0.0, planes)]
        for s in magnitudes:
            for mode, out in shifted(planes, s / 2).items():
                conditions.append((mode, s, out))
        scores = []
        with torch.no_grad():
            for _, _, x in conditions:
                scores.append(model(((x - mean) / std).float()).double().numpy())
        top2 = [np.sort(sc, axis=1)[:, -2:] for sc in scores]
        if min(float((t[:, 1] - t[:, 0]).min()) for t in top2) > 1e-3:
            break
    else:
        raise SystemExit("no seed gave clear margins")
    predicted = [sc.argmax(axis=1) for sc in scores]
    labels = predicted[0].copy()
    labels[::4] = (labels[::4] + 1) % 3  # clean accuracy 0.75
    np.save(os.path.join(folder, "images_nhwc.npy"), images)
    np.save(os.path.join(folder, "images_nchw.npy"), np.ascontiguousarray(images.transpose(0, 3, 1, 2)))
    np.save(os.path.join(folder, "labels.npy"), labels.astype(np.int64))
    torch.jit.save(torch.jit.script(model), os.path.join(folder, "model.pt"))
    return {"seed": seed, "mean": mean, "std": std, "magnitudes": magnitudes,
            "conditions": [{"interpolation": name, "magnitude": s,
                            "correct": int((p == labels).sum()), "agreement": int((p == predicted[0]).sum())}
                           for (name, s, _), p in zip(conditions, predicted)]}


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.default_rng(20261130)
    expected = {}

    # Edge band of a disc of radius 12 in a 40 x 40 mask.
    y, x = np.mgrid[0:40, 0:40]
    disc = ((y - 20) ** 2 + (x - 19) ** 2 <= 144).astype(np.uint8)
    np.save(os.path.join(OUT, "disc_mask.npy"), disc)
    np.save(os.path.join(OUT, "disc_band.npy"), edge_band(disc))

    # Two sets: centre A (reddish, fine texture), centre B (bluish, coarse texture), 48 x 48.
    a = write_set("centre_a", rng, 6, 48, (1.0, 0.75, 0.6), 0.20)
    b = write_set("centre_b", rng, 5, 48, (0.7, 0.8, 1.0), 0.04)
    for key in a:
        np.save(os.path.join(OUT, f"centre_a_{key}.npy"), a[key])
        np.save(os.path.join(OUT, f"centre_b_{key}.npy"), b[key])
    expected["consistency_edge"] = consistency(a["edge_mean"], b["edge_mean"])
    expected["consistency_whole"] = consistency(a["whole_mean"], b["whole_mean"])

    # FPGM perturbation of an RGB image 40 x 36 with a prior of min(20, 18) = 18 bins.
    image = rng.integers(0, 256, size=(40, 36, 3)).astype(np.float64)
    prior = np.abs(rng.normal(size=18)) + np.linspace(3, 0.1, 18)
    np.save(os.path.join(OUT, "fpgm_image.npy"), image)
    np.save(os.path.join(OUT, "fpgm_prior.npy"), prior)
    for gamma in (0.05, 0.5):
        out = np.stack([fpgm_perturb(image[..., c], prior, gamma) for c in range(3)], axis=-1)
        np.save(os.path.join(OUT, f"fpgm_out_{gamma}.npy"), out)

    # FDA between two grey 33 x 40 images (odd height) and an RGB pair, several betas.
    source = rng.normal(100, 30, size=(33, 40))
    target = rng.normal(60, 10, size=(33, 40)) + 40 * np.sin(np.arange(40) / 3)[None, :]
    np.save(os.path.join(OUT, "fda_source.npy"), source)
    np.save(os.path.join(OUT, "fda_target.npy"), target)
    for beta in (0.01, 0.05, 0.1, 0.3):
        np.save(os.path.join(OUT, f"fda_out_{beta}.npy"), fda_np(source, target, beta))
    src_rgb = rng.integers(0, 256, size=(20, 30, 3)).astype(np.uint8)
    trg_rgb = rng.integers(0, 256, size=(20, 30, 3)).astype(np.uint8)
    write_png(os.path.join(OUT, "fda_source_rgb.png"), src_rgb)
    write_png(os.path.join(OUT, "fda_target_rgb.png"), trg_rgb)
    np.save(os.path.join(OUT, "fda_out_rgb_0.1.npy"),
            np.stack([fda_np(src_rgb[..., c].astype(np.float64), trg_rgb[..., c].astype(np.float64), 0.1)
                      for c in range(3)], axis=-1))

    # IRAD: grid_sample at stored pixel shifts (Gaussian, sigma 0.8 px) of a 17 x 23 plane.
    plane = rng.normal(size=(17, 23)) * 50 + 100
    dy = rng.normal(0, 0.8, size=plane.shape)
    dx = rng.normal(0, 0.8, size=plane.shape)
    np.save(os.path.join(OUT, "irad_plane.npy"), plane)
    np.save(os.path.join(OUT, "irad_dy.npy"), dy)
    np.save(os.path.join(OUT, "irad_dx.npy"), dx)
    h, w = plane.shape
    rows, cols = np.indices((h, w)).astype(np.float64)
    gx = (2 * (cols + dx) + 1) / w - 1  # pixel -> normalised, align_corners=False
    gy = (2 * (rows + dy) + 1) / h - 1
    grid = torch.from_numpy(np.stack([gx, gy], axis=-1))[None]
    inp = torch.from_numpy(plane)[None, None]
    for mode in ("nearest", "bilinear", "bicubic"):
        out = F.grid_sample(inp, grid, mode=mode, padding_mode="border", align_corners=False)[0, 0].numpy()
        np.save(os.path.join(OUT, f"irad_{mode}.npy"), out)

    # SDAP identity order on a 15 x 20 RGB image: sub-image j = image[j // 5::5, j % 5::5].
    sdap = rng.integers(0, 256, size=(15, 20, 3)).astype(np.uint8)
    write_png(os.path.join(OUT, "sdap_rgb.png"), sdap)
    np.save(os.path.join(OUT, "sdap_polyphase.npy"),
            np.stack([sdap[j // 5::5, j % 5::5].astype(np.float64) for j in range(25)]))

    expected["irad_accuracy"] = write_classifier()

    with open(os.path.join(OUT, "expected.json"), "w") as out:
        json.dump(expected, out, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()

"""seg.dataset with a TorchScript U-Net run over a set, InfoScope against PyTorch + numpy/scipy.

Usage: /usr/bin/python3 bench/segmentation_model_benchmark.py BUILD_DIR [--images 100]

Set: IMAGES grey 256 x 256 PNGs with 3-6 bright ellipses and their masks (seed 0). Model: a small U-Net
(two levels, 8 and 16 channels, random weights with seed 0, biased so that bright regions come out
foreground), scripted with torch.jit and saved. InfoScope: `infoscope-cli run seg.dataset --input set=...
--input model=... --param model_mean=0.5 --param model_std=0.25` as a whole process (LibTorch loaded on
demand, one image at a time, every metric). Peer in one Python process: PIL to read, the same
preprocessing, torch.jit forward (same LibTorch version, all cores), sigmoid > 0.5, and the numpy/scipy
metrics of segmentation_benchmark.py. Per-image Dice and HD95 must agree to 1e-9.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pnglite import write_png  # noqa: E402
from segmentation_benchmark import blobs, metrics  # noqa: E402


class UNet(torch.nn.Module):
    def __init__(self):
        super().__init__()
        c = torch.nn.Conv2d
        self.down1 = torch.nn.Sequential(c(1, 8, 3, padding=1), torch.nn.ReLU(), c(8, 8, 3, padding=1), torch.nn.ReLU())
        self.down2 = torch.nn.Sequential(c(8, 16, 3, padding=1), torch.nn.ReLU(), c(16, 16, 3, padding=1), torch.nn.ReLU())
        self.up = torch.nn.ConvTranspose2d(16, 8, 2, stride=2)
        self.out = torch.nn.Sequential(c(16, 8, 3, padding=1), torch.nn.ReLU(), c(8, 1, 1))
        self.skip = c(1, 1, 1)

    def forward(self, x):
        a = self.down1(x)
        b = self.down2(torch.nn.functional.max_pool2d(a, 2))
        y = self.out(torch.cat([a, self.up(b)], dim=1))
        return y + 20.0 * self.skip(x)  # bright pixels -> foreground, the rest of the net adds texture


def main():
    build = sys.argv[1]
    count = int(sys.argv[sys.argv.index("--images") + 1]) if "--images" in sys.argv else 100
    torch.manual_seed(0)
    net = UNet().eval()
    with torch.no_grad():
        net.skip.weight.fill_(1.0)
        net.skip.bias.fill_(-0.4)
    rng = np.random.default_rng(0)
    with tempfile.TemporaryDirectory() as folder:
        for sub in ("images", "masks"):
            os.makedirs(os.path.join(folder, "set", sub))
        images, truths = {}, {}
        for i in range(count):
            mask, _ = blobs(rng, (256, 256), int(rng.integers(3, 7)))
            image = (60 + 140 * mask + rng.normal(0, 25, mask.shape)).clip(0, 255).astype(np.uint8)
            stem = f"img{i:04d}"
            write_png(os.path.join(folder, "set", "images", stem + ".png"), image)
            write_png(os.path.join(folder, "set", "masks", stem + ".png"), (mask * 255).astype(np.uint8))
            images[stem], truths[stem] = image, mask
        model = os.path.join(folder, "unet.pt")
        torch.jit.save(torch.jit.script(net), model)
        out = os.path.join(folder, "result.json")
        start = time.perf_counter()
        subprocess.run([os.path.join(build, "app", "cli", "infoscope-cli"), "run", "seg.dataset", "--input",
                        "set=" + os.path.join(folder, "set"), "--input", "model=" + model, "--param", "model_mean=0.5",
                        "--param", "model_std=0.25", "--param", "threshold=0.5", "--out", out, "--quiet"],
                       check=True, capture_output=True)
        ours_s = time.perf_counter() - start
        table = json.load(open(out))["items"][0]
        columns = table["columns"]
        ours = {row[0]: (row[columns.index("Dice")], row[columns.index("HD95 (pooled, medpy)")]) for row in table["rows"]}

        start = time.perf_counter()
        scripted = torch.jit.load(model)
        from PIL import Image
        peer = {}
        with torch.no_grad():
            for stem in sorted(images):
                image = np.asarray(Image.open(os.path.join(folder, "set", "images", stem + ".png")))
                truth = np.asarray(Image.open(os.path.join(folder, "set", "masks", stem + ".png"))) > 0
                x = torch.from_numpy(((image / 255.0 - 0.5) / 0.25).astype(np.float32))[None, None]
                probability = torch.sigmoid(scripted(x))[0, 0].double().numpy()
                row = metrics((probability > 0.5, truth))
                peer[stem] = (row[3], row[8])
        peer_s = time.perf_counter() - start
    worst = max(abs(ours[s][k] - peer[s][k]) for s in peer for k in (0, 1) if np.isfinite(peer[s][k]))
    print(f"U-Net over {count} images of 256 x 256 with all metrics: InfoScope {ours_s:.2f} s (whole process), "
          f"PyTorch + numpy/scipy {peer_s:.2f} s: {peer_s / ours_s:.1f}x; largest difference in Dice/HD95 {worst:.1e}")
    return 0 if worst <= 1e-9 else 1


if __name__ == "__main__":
    sys.exit(main())

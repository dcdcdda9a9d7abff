"""Segmentation metrics for many 512 x 512 mask pairs, InfoScope against numpy/scipy/scikit-learn, and the
overlay viewer's threshold slider.

Usage: /usr/bin/python3 bench/segmentation_benchmark.py BUILD_DIR [--pairs 1000]

Masks: PAIRS pairs of 512 x 512 uint8 masks, each a few discs and ellipses (seed 0); the prediction is the
truth with its blobs moved, resized, one dropped and one added. InfoScope: BUILD_DIR/bench/bench_segmentation
(all metrics of seg.metrics for every pair, pairs spread over the cores). Peer, the best numpy/scipy route
we know, on all cores (multiprocessing.Pool, one process per core; numpy on OpenBLAS where installed):
counts with numpy; border = mask ^ binary_erosion (cross); directed distances from
scipy.ndimage.distance_transform_edt of the other border; HD = max of
scipy.spatial.distance.directed_hausdorff both ways; HD95 (pooled and max-directed) with numpy.percentile;
ASSD; DAVIS boundary F with the boundaries' distance transforms. Every value of both must agree to 1e-9.
Slider: one threshold step on a 512 x 512 probability map (overlay re-coloured, metrics recomputed);
peer: numpy thresholding plus the same metrics. Targets (issue 12): >= 10x faster than the peer, a slider
step < 50 ms.
"""
import json
import math
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
from scipy import ndimage
from scipy.spatial.distance import directed_hausdorff

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data"))
from generate_segmentation_fixtures import seg2bmap  # noqa: E402  (DAVIS's boundary map, written once)

CROSS = ndimage.generate_binary_structure(2, 1)
COLUMNS = ["tp", "fp", "fn", "dice", "iou", "precision", "recall", "hd", "hd95_pooled", "hd95_max_directed", "assd", "bf"]


def blobs(rng, shape, count):
    yy, xx = np.indices(shape)
    mask = np.zeros(shape, bool)
    params = []
    for _ in range(count):
        cy, cx = rng.uniform(40, shape[0] - 40), rng.uniform(40, shape[1] - 40)
        ry, rx = rng.uniform(10, 40), rng.uniform(10, 40)
        params.append((cy, cx, ry, rx))
        mask |= ((yy - cy) / ry) ** 2 + ((xx - cx) / rx) ** 2 <= 1
    return mask, params


def make_pairs(count, size=512, seed=0):
    rng = np.random.default_rng(seed)
    yy, xx = np.indices((size, size))
    pred = np.zeros((count, size, size), np.uint8)
    true = np.zeros((count, size, size), np.uint8)
    for i in range(count):
        t, params = blobs(rng, (size, size), int(rng.integers(3, 7)))
        p = np.zeros_like(t)
        for cy, cx, ry, rx in params[1:]:  # one blob missed, the others moved and resized
            cy, cx = cy + rng.normal(0, 3), cx + rng.normal(0, 3)
            ry, rx = ry * rng.uniform(0.85, 1.15), rx * rng.uniform(0.85, 1.15)
            p |= ((yy - cy) / ry) ** 2 + ((xx - cx) / rx) ** 2 <= 1
        p |= blobs(rng, (size, size), 1)[0]  # a false detection
        true[i], pred[i] = t, p
    return pred, true


def metrics(pair):
    pred, true = pair[0].astype(bool), pair[1].astype(bool)
    tp = int(np.count_nonzero(pred & true))
    fp = int(np.count_nonzero(pred & ~true))
    fn = int(np.count_nonzero(~pred & true))
    ratio = lambda a, b: 1.0 if b == 0 else a / b  # noqa: E731
    row = [tp, fp, fn, ratio(2 * tp, 2 * tp + fp + fn), ratio(tp, tp + fp + fn), ratio(tp, tp + fp), ratio(tp, tp + fn)]
    a = pred ^ ndimage.binary_erosion(pred, structure=CROSS)
    b = true ^ ndimage.binary_erosion(true, structure=CROSS)
    d_ab = ndimage.distance_transform_edt(~b)[a]
    d_ba = ndimage.distance_transform_edt(~a)[b]
    pa, pb = np.argwhere(a).astype(float), np.argwhere(b).astype(float)
    hd = max(directed_hausdorff(pa, pb)[0], directed_hausdorff(pb, pa)[0])
    row += [hd, np.percentile(np.concatenate([d_ab, d_ba]), 95), max(np.percentile(d_ab, 95), np.percentile(d_ba, 95)),
            (d_ab.mean() + d_ba.mean()) / 2]
    tolerance = math.ceil(0.008 * math.hypot(*pred.shape))
    fb, gb = seg2bmap(pred), seg2bmap(true)
    bp = ratio(np.count_nonzero(fb & (ndimage.distance_transform_edt(~gb) <= tolerance)), np.count_nonzero(fb))
    br = ratio(np.count_nonzero(gb & (ndimage.distance_transform_edt(~fb) <= tolerance)), np.count_nonzero(gb))
    row.append(0.0 if bp + br == 0 else 2 * bp * br / (bp + br))
    return row


def main():
    build = sys.argv[1]
    pairs = int(sys.argv[sys.argv.index("--pairs") + 1]) if "--pairs" in sys.argv else 1000
    cores = len(os.sched_getaffinity(0))
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        pred, true = make_pairs(pairs)
        print(f"{pairs} pairs of 512 x 512 masks generated in {time.perf_counter() - start:.1f} s; {cores} cores")
        paths = {name: os.path.join(folder, name + ".npy") for name in ("pred", "true", "out", "probability")}
        np.save(paths["pred"], pred)
        np.save(paths["true"], true)
        # A smooth probability map: blobs blurred, so that the threshold moves their boundaries.
        probability = ndimage.gaussian_filter(true[0].astype(float), 6)
        np.save(paths["probability"], probability)
        run = subprocess.run([os.path.join(build, "bench", "bench_segmentation"), paths["pred"], paths["true"], paths["out"],
                              paths["probability"]], capture_output=True, text=True, check=True)
        ours = json.loads(run.stdout.strip().splitlines()[-1])
        ours_values = np.load(paths["out"])

        start = time.perf_counter()
        with multiprocessing.Pool(cores) as pool:
            peer_values = np.array(pool.map(metrics, zip(pred, true), chunksize=8), dtype=float)
        peer_ms = (time.perf_counter() - start) * 1e3
        difference = np.max(np.abs(ours_values - peer_values) / np.maximum(1.0, np.abs(peer_values)))
        worst = COLUMNS[int(np.argmax(np.max(np.abs(ours_values - peer_values) / np.maximum(1.0, np.abs(peer_values)), axis=0)))]

        # Slider peer: threshold plus the metrics, one step (median of 20).
        truth = probability > 0.6
        steps = []
        for k in range(20):
            start = time.perf_counter()
            metrics((probability > 0.3 + 0.4 * k / 19, truth))
            steps.append((time.perf_counter() - start) * 1e3)
        peer_step = float(np.median(steps))

    print(f"all metrics, {pairs} pairs: InfoScope {ours['all_metrics_ms'] / 1e3:.2f} s, numpy/scipy {peer_ms / 1e3:.2f} s "
          f"on {cores} cores: {peer_ms / ours['all_metrics_ms']:.1f}x faster (target >= 10x); "
          f"largest relative difference {difference:.1e} ({worst}; target <= 1e-9)")
    print(f"slider step, 512 x 512: InfoScope {ours['slider_step_ms']:.1f} ms (overlay and metrics; target < 50 ms), "
          f"numpy/scipy metrics alone {peer_step:.1f} ms: {peer_step / ours['slider_step_ms']:.1f}x")
    return 0 if difference <= 1e-9 else 1


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Writes the segmentation-metric reference fixtures under tests/data/segmentation/ with numpy,
scipy and scikit-learn (Debian's python3-numpy 1.24, python3-scipy 1.10, python3-sklearn 1.2).

Run from anywhere: /usr/bin/python3 tests/data/generate_segmentation_fixtures.py
Deterministic (fixed seed) and committed; the C++ test (tests/core/test_segmentation.cpp) reads the
same .npy masks and compares with expected.json, never with InfoScope's own output.

Cases (prediction, truth) as uint8 0/1 masks, case_<name>_pred.npy / case_<name>_true.npy:
  blobs       three random discs and an ellipse each, 96 x 128, partly overlapping
  offset      two 10 x 10 squares one pixel apart (methods sanity: IoU 90/110, Dice 0.9, HD 1)
  identical   a non-empty mask against itself
  both_empty  two empty masks
  pred_empty  an empty prediction, a non-empty truth
  true_empty  a non-empty prediction, an empty truth
  edge        masks touching the image border
  spacing     the blobs case with pixel spacing (2.0, 0.5) for the distances
References:
  counts, precision_score / recall_score / f1_score (Dice) / jaccard_score on the flattened masks
    with zero_division=1 (scikit-learn);
  border = mask XOR scipy.ndimage.binary_erosion(mask, generate_binary_structure(2, 1)) (medpy);
  directed distances = scipy.ndimage.distance_transform_edt(~other_border, sampling)[border];
  "foreground" distances: the same between the masks themselves;
  HD = max(directed_hausdorff(A, B), directed_hausdorff(B, A)) on the pixel coordinates (times the
    spacing) of the border (or foreground) pixels (scipy.spatial.distance.directed_hausdorff);
  HD95 pooled = numpy.percentile(concatenate(d_ab, d_ba), 95); HD95 max-directed =
    max(percentile(d_ab, 95), percentile(d_ba, 95)); ASSD = mean(mean(d_ab), mean(d_ba));
  boundary F: DAVIS seg2bmap (written here from its published definition), tolerance
    ceil(0.008 * hypot(H, W)), matches by the distance transform of the other boundary <= tolerance
    (a disk), zero_division=1, F = 0 when P = R = 0.
Empty cases: distances 0 when both masks are empty, inf (null in JSON) when exactly one is.

A small set for seg.dataset, set/: images/ (grey PNG, tools/pnglite.py), masks/ (0/255 PNG) for the
stems img0 ... img4 and extra (a mask without an image), model_a/ (.npy uint8 0/1 for img0 ... img4, one
of them of another size: img3 at 30 x 40 against 60 x 80) and model_b/ (PNG 0/255 for img0 ... img4 and
a stray stem). expected.json "dataset": per stem the metrics of model_a (img3 resized by nearest
neighbour, source index floor(i * src / dst)) and model_b, and the summary (numpy mean, std with
ddof=1, median over finite values).
"""
import json
import math
import os

import sys

import numpy as np
from scipy import ndimage
from scipy.spatial.distance import directed_hausdorff
from sklearn.metrics import f1_score, jaccard_score, precision_score, recall_score

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "segmentation")


def disc(shape, cy, cx, r):
    yy, xx = np.indices(shape)
    return (yy - cy) ** 2 + (xx - cx) ** 2 <= r * r


def ellipse(shape, cy, cx, ry, rx):
    yy, xx = np.indices(shape)
    return ((yy - cy) / ry) ** 2 + ((xx - cx) / rx) ** 2 <= 1


def blobs(rng, shape):
    mask = np.zeros(shape, bool)
    for _ in range(3):
        mask |= disc(shape, rng.uniform(10, shape[0] - 10), rng.uniform(10, shape[1] - 10), rng.uniform(4, 14))
    mask |= ellipse(shape, rng.uniform(20, shape[0] - 20), rng.uniform(20, shape[1] - 20), rng.uniform(5, 12),
                    rng.uniform(8, 20))
    return mask


def border(mask):
    return mask ^ ndimage.binary_erosion(mask, structure=ndimage.generate_binary_structure(2, 1))


def seg2bmap(seg):
    seg = seg.astype(bool)
    e = np.zeros_like(seg)
    s = np.zeros_like(seg)
    se = np.zeros_like(seg)
    e[:, :-1] = seg[:, 1:]
    s[:-1, :] = seg[1:, :]
    se[:-1, :-1] = seg[1:, 1:]
    b = (seg ^ e) | (seg ^ s) | (seg ^ se)
    b[-1, :] = seg[-1, :] ^ e[-1, :]
    b[:, -1] = seg[:, -1] ^ s[:, -1]
    b[-1, -1] = 0
    return b


def ratio(numerator, denominator):
    return 1.0 if denominator == 0 else numerator / denominator


def distances(a, b, spacing):
    """Directed distances of the set pixels of a to the nearest set pixel of b."""
    return ndimage.distance_transform_edt(~b, sampling=spacing)[a]


def metrics(pred, true, spacing=(1.0, 1.0), distance_set="boundary"):
    p, g = pred.ravel().astype(int), true.ravel().astype(int)
    m = {
        "tp": int(np.sum(p & g)), "fp": int(np.sum(p & ~g & 1)), "fn": int(np.sum(~p & g & 1)),
        "tn": int(np.sum((1 - p) & (1 - g))),
        "precision": float(precision_score(g, p, zero_division=1)),
        "recall": float(recall_score(g, p, zero_division=1)),
        "dice": float(f1_score(g, p, zero_division=1)),
        "iou": float(jaccard_score(g, p, zero_division=1)),
    }
    if not pred.any() and not true.any():
        m.update(hd=0.0, hd95_pooled=0.0, hd95_max_directed=0.0, assd=0.0)
    elif not pred.any() or not true.any():
        m.update(hd=None, hd95_pooled=None, hd95_max_directed=None, assd=None)  # +inf
    else:
        a, b = (border(pred), border(true)) if distance_set == "boundary" else (pred, true)
        d_ab, d_ba = distances(a, b, spacing), distances(b, a, spacing)
        scale = np.array(spacing)
        pa, pb = np.argwhere(a) * scale, np.argwhere(b) * scale
        m.update(hd=float(max(directed_hausdorff(pa, pb)[0], directed_hausdorff(pb, pa)[0])),
                 hd95_pooled=float(np.percentile(np.concatenate([d_ab, d_ba]), 95)),
                 hd95_max_directed=float(max(np.percentile(d_ab, 95), np.percentile(d_ba, 95))),
                 assd=float(np.mean([d_ab.mean(), d_ba.mean()])),
                 hd_edt=float(max(d_ab.max(), d_ba.max())))
    tolerance = math.ceil(0.008 * math.hypot(*pred.shape))
    fb, gb = seg2bmap(pred), seg2bmap(true)
    to_g = ndimage.distance_transform_edt(~gb) if gb.any() else np.full(pred.shape, np.inf)
    to_f = ndimage.distance_transform_edt(~fb) if fb.any() else np.full(pred.shape, np.inf)
    bp = ratio(int(np.sum(fb & (to_g <= tolerance))), int(fb.sum()))
    br = ratio(int(np.sum(gb & (to_f <= tolerance))), int(gb.sum()))
    m.update(bf_precision=bp, bf_recall=br, bf=0.0 if bp + br == 0 else 2 * bp * br / (bp + br), bf_tolerance=tolerance)
    return m


def write_set(rng):
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
    from pnglite import write_png
    root = os.path.join(OUT, "set")
    for sub in ("images", "masks", "model_a", "model_b"):
        os.makedirs(os.path.join(root, sub), exist_ok=True)
    shape = (60, 80)
    out = {"a": {}, "b": {}}
    for i in range(5):
        stem = f"img{i}"
        truth = blobs(rng, shape)
        a = ndimage.binary_dilation(truth, iterations=1 + i % 2)
        b = truth.copy()
        b[: 10 + 3 * i, :] = False  # a missed top part
        if i == 4:
            b[:] = False  # an empty prediction: distances inf
        image = (60 + 120 * truth + rng.normal(0, 10, shape)).clip(0, 255).astype(np.uint8)
        write_png(os.path.join(root, "images", stem + ".png"), image)
        write_png(os.path.join(root, "masks", stem + ".png"), (truth * 255).astype(np.uint8))
        stored_a = a
        if i == 3:  # half size: resized back by nearest neighbour
            stored_a = a[::2, ::2]
            rows = np.minimum(stored_a.shape[0] - 1, np.arange(shape[0]) * stored_a.shape[0] // shape[0])
            cols = np.minimum(stored_a.shape[1] - 1, np.arange(shape[1]) * stored_a.shape[1] // shape[1])
            a = stored_a[rows][:, cols]
        np.save(os.path.join(root, "model_a", stem + ".npy"), stored_a.astype(np.uint8))
        write_png(os.path.join(root, "model_b", stem + ".png"), (b * 255).astype(np.uint8))
        out["a"][stem] = metrics(a, truth)
        out["b"][stem] = metrics(b, truth)
    write_png(os.path.join(root, "masks", "extra.png"), np.zeros(shape, np.uint8))
    write_png(os.path.join(root, "model_b", "stray.png"), np.zeros(shape, np.uint8))
    summary = {}
    for model in ("a", "b"):
        for key in ("dice", "hd95_pooled"):
            values = np.array([np.inf if out[model][s][key] is None else out[model][s][key] for s in sorted(out[model])])
            finite = values[np.isfinite(values)]
            summary[f"{model}_{key}"] = {"mean": float(finite.mean()), "sd": float(finite.std(ddof=1)),
                                         "median": float(np.median(finite)), "n": int(finite.size),
                                         "n_inf": int(values.size - finite.size)}
    out["summary"] = summary
    # A TorchScript "model" for the model path: logit = 10 (mean over channels of the normalised image − 0.5),
    # so with mean 0, std 1 and a sigmoid at 0.5 the prediction is image / 255 > 0.5, i.e. pixel > 127.5.
    import torch

    class Threshold(torch.nn.Module):
        def forward(self, x):
            return 10.0 * (x.mean(dim=1, keepdim=True) - 0.5)

    torch.jit.save(torch.jit.script(Threshold()), os.path.join(root, "model_threshold.pt"))

    class Classifier(torch.nn.Module):  # (1, C): not a segmentation map, must be refused
        def forward(self, x):
            return x.mean(dim=(2, 3))

    torch.jit.save(torch.jit.script(Classifier()), os.path.join(root, "model_classifier.pt"))
    from PIL import Image  # only to read back the PNGs written above
    out["model"] = {}
    for i in range(5):
        image = np.asarray(Image.open(os.path.join(root, "images", f"img{i}.png")))
        truth = np.asarray(Image.open(os.path.join(root, "masks", f"img{i}.png"))) > 0
        out["model"][f"img{i}"] = metrics(image > 127.5, truth)
    # Float32 TIFF probability maps (model_tiff/): 0.8 on the truth, 0.1 off it, 0.3 in its top rows.
    os.makedirs(os.path.join(root, "model_tiff"), exist_ok=True)
    out["tiff"] = {}
    for i in range(5):
        truth = np.asarray(Image.open(os.path.join(root, "masks", f"img{i}.png"))) > 0
        probability = np.where(truth, 0.8, 0.1).astype(np.float32)
        probability[:12, :] = np.where(truth[:12, :], 0.3, probability[:12, :])
        Image.fromarray(probability, mode="F").save(os.path.join(root, "model_tiff", f"img{i}.tif"))
        out["tiff"][f"img{i}"] = metrics(probability > 0.5, truth)
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.default_rng(12)
    shape = (96, 128)
    blob_true, blob_pred = blobs(rng, shape), blobs(rng, shape) | blobs(np.random.default_rng(3), shape)
    offset_true = np.zeros((30, 30), bool)
    offset_true[10:20, 10:20] = True
    offset_pred = np.zeros((30, 30), bool)
    offset_pred[10:20, 11:21] = True
    edge_true = np.zeros((40, 50), bool)
    edge_true[0:15, 0:20] = True
    edge_pred = np.zeros((40, 50), bool)
    edge_pred[0:18, 5:30] = True
    edge_pred[30:, 40:] = True
    empty = np.zeros((20, 24), bool)
    cases = {
        "blobs": (blob_pred, blob_true, (1.0, 1.0)),
        "offset": (offset_pred, offset_true, (1.0, 1.0)),
        "identical": (blob_true, blob_true, (1.0, 1.0)),
        "both_empty": (empty, empty, (1.0, 1.0)),
        "pred_empty": (empty, disc(empty.shape, 10, 12, 5), (1.0, 1.0)),
        "true_empty": (disc(empty.shape, 10, 12, 5), empty, (1.0, 1.0)),
        "edge": (edge_pred, edge_true, (1.0, 1.0)),
        "spacing": (blob_pred, blob_true, (2.0, 0.5)),
    }
    expected = {}
    for name, (pred, true, spacing) in cases.items():
        np.save(os.path.join(OUT, f"case_{name}_pred.npy"), pred.astype(np.uint8))
        np.save(os.path.join(OUT, f"case_{name}_true.npy"), true.astype(np.uint8))
        expected[name] = {"spacing": list(spacing), "boundary": metrics(pred, true, spacing, "boundary"),
                          "foreground": metrics(pred, true, spacing, "foreground")}
    # A three-class label map against a shifted copy: per-class rows.
    labels_true = np.zeros((64, 64), np.uint8)
    labels_true[5:30, 5:30] = 1
    labels_true[35:60, 10:40] = 2
    labels_true[10:25, 40:60] = 3
    labels_pred = np.roll(labels_true, (2, -3), axis=(0, 1))
    labels_pred[40:45, 15:20] = 0
    np.save(os.path.join(OUT, "labels_pred.npy"), labels_pred)
    np.save(os.path.join(OUT, "labels_true.npy"), labels_true)
    expected["labels"] = {str(c): metrics(labels_pred == c, labels_true == c) for c in (1, 2, 3)}
    expected["dataset"] = write_set(rng)
    with open(os.path.join(OUT, "expected.json"), "w") as f:
        json.dump(expected, f, indent=1, sort_keys=True)
    print("wrote", len(cases), "cases and a label map to", OUT)


if __name__ == "__main__":
    main()

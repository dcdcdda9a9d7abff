#!/usr/bin/python3
"""infoscope-cli end to end: list/describe, a run checked against numpy, figures, and exit codes.

Usage: test_cli.py INFOSCOPE_CLI TEST_DATA_DIR   (run by CTest)
Prints 'N passed, N failed' and exits non-zero on any failure.
"""
import json
import re
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

import numpy as np

CLI, DATA = sys.argv[1], sys.argv[2]
results = {"passed": 0, "failed": 0}


def run(*args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=120, env=env)


def check(name, condition, detail=""):
    results["passed" if condition else "failed"] += 1
    print(("PASS " if condition else "FAIL ") + name + ("" if condition else ": " + detail))


def main():
    tmp = tempfile.mkdtemp(prefix="infoscope-cli-")
    image = os.path.join(DATA, "spectrum", "rgb_u8.png")

    p = run("list")
    check("list exits 0 and names spectrum.image", p.returncode == 0 and "spectrum.image" in p.stdout, p.stderr)
    p = run("describe", "spectrum.image")
    check("describe shows parameters and citation",
          p.returncode == 0 and "window" in p.stdout and "arXiv:2508.06517" in p.stdout, p.stdout)

    out = os.path.join(tmp, "r.json")
    p = run("run", "spectrum.image", "--input", "image=" + image, "--param", "channels=per-channel",
            "--param", "window=hann", "--out", out)
    check("run exits 0", p.returncode == 0, p.stderr)
    if p.returncode == 0:
        result = json.load(open(out))
        items = {item["id"]: item for item in result["items"]}
        expected = np.load(os.path.join(DATA, "spectrum", "rgb_u8__hann_backward_per-channel_green_amplitude.npy"))
        amplitude = np.array(items["amplitude-green"]["values"], dtype=float).reshape(expected.shape)
        check("JSON amplitude equals numpy", np.allclose(amplitude, expected, rtol=0, atol=1e-9 * expected.max()),
              str(np.abs(amplitude - expected).max()))
        profile = np.load(os.path.join(DATA, "spectrum", "rgb_u8__hann_backward_per-channel_red_profile.npy"))
        red = [s for s in items["radial-profile"]["series"] if s["name"] == "red"][0]
        check("JSON profile equals numpy", np.allclose(red["y"], profile, rtol=1e-12), "")
        check("parameters recorded", result["parameters"]["window"] == "hann" and result["analysis"] == "spectrum.image")

    svg = os.path.join(tmp, "f.svg")
    p = run("run", "spectrum.image", "--input", "image=" + image, "--out", out, "--figure", svg)
    ok = p.returncode == 0 and os.path.getsize(svg) > 0
    if ok:
        root = ElementTree.parse(svg).getroot()
        ok = any(element.tag.endswith(("path", "polyline")) for element in root.iter())
    check("--figure writes an SVG with paths", ok, p.stderr)
    png = os.path.join(tmp, "f.png")
    p = run("run", "spectrum.image", "--input", "image=" + image, "--figure", png, "--figure-item",
            "radial-profile", "--dpi", "150")
    with open(png, "rb") as handle:
        header = handle.read(24)
    width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
    check("--figure PNG at 150 DPI is 6.4 x 4.8 in", p.returncode == 0 and (width, height) == (960, 720),
          f"{p.stderr} {width}x{height}")
    pdf = os.path.join(tmp, "f.pdf")
    p = run("run", "spectrum.image", "--input", "image=" + image, "--figure", pdf)
    check("--figure writes a PDF", p.returncode == 0 and open(pdf, "rb").read(5) == b"%PDF-", p.stderr)

    # Physical size: the PNG is width x height at --dpi, the PDF page is width x height in points.
    p = run("run", "spectrum.image", "--input", "image=" + image, "--figure", png, "--figure-item",
            "radial-profile", "--width", "89mm", "--height", "2.5in", "--font-size", "8", "--dpi", "300")
    with open(png, "rb") as handle:
        header = handle.read(24)
    width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
    check("--width 89mm --height 2.5in at 300 dpi is 1051 x 750 px", p.returncode == 0 and (width, height) == (1051, 750),
          f"{p.stderr} {width}x{height}")
    p = run("run", "spectrum.image", "--input", "image=" + image, "--figure", pdf, "--preset", "one-column")
    box = re.search(rb"/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]", open(pdf, "rb").read()) if p.returncode == 0 else None
    check("--preset one-column PDF page is 89 x 67 mm (252.3 x 189.9 pt, whole points)",
          box is not None and abs(float(box.group(1)) - 89 / 25.4 * 72) <= 0.5
          and abs(float(box.group(2)) - 67 / 25.4 * 72) <= 0.5, p.stderr + (str(box.groups()) if box else ""))
    for bad, word in ((["--width", "wide"], "--width"), (["--preset", "poster"], "--preset"),
                      (["--font-size", "200"], "Font size"), (["--dpi", "5000"], "dpi")):
        p = run("run", "spectrum.image", "--input", "image=" + image, "--figure", png, *bad)
        check(f"{' '.join(bad)} -> 2 before running", p.returncode == 2 and word in p.stderr, p.stderr)
    p = run("run", "spectrum.image", "--input", "image=" + image, "--figure", os.path.join(tmp, "f.gif"))
    check("--figure .gif -> 2", p.returncode == 2 and ".gif" in p.stderr, p.stderr)
    halves = [os.path.join(tmp, name) for name in ("a.npy", "b.npy")]
    rng = np.random.default_rng(1)
    for path in halves:
        np.save(path, rng.normal(size=(100, 1)))
    p = run("run", "mi.gaussian", "--input", "x=" + halves[0], "--input", "y=" + halves[1], "--figure", png)
    check("a result with nothing to draw -> 2 'nothing to draw'", p.returncode == 2 and "nothing to draw" in p.stderr,
          p.stderr)

    # Exit codes: 2 bad arguments, 3 unreadable input, 4 analysis failure, 5 output failure.
    p = run("run", "no.such", "--out", out)
    check("unknown analysis -> 2", p.returncode == 2 and "no.such" in p.stderr, p.stderr)
    p = run("run", "spectrum.image", "--input", "image=" + image, "--param", "window=kaiser", "--out", out)
    check("bad parameter -> 2", p.returncode == 2 and "kaiser" in p.stderr, p.stderr)
    p = run("run", "spectrum.image", "--out", out)
    check("missing input -> 2", p.returncode == 2 and "image" in p.stderr, p.stderr)
    broken = os.path.join(tmp, "broken.npy")
    with open(broken, "wb") as handle:
        handle.write(b"\x93NUMPY\x01\x00\x40\x00{'descr': '<f8', 'fortran_order': False, 'shape': (99, 99), }    \n")
    p = run("run", "spectrum.image", "--input", "image=" + broken, "--out", out)
    check("truncated input -> 3 naming the file", p.returncode == 3 and "broken.npy" in p.stderr, p.stderr)
    four_d = os.path.join(tmp, "four_d.npy")
    np.save(four_d, np.zeros((2, 3, 4, 5)))
    p = run("run", "spectrum.image", "--input", "image=" + four_d, "--out", out)
    check("4-d input -> 4", p.returncode == 4 and "dimensions" in p.stderr, p.stderr)
    nan_image = os.path.join(tmp, "nan.npy")
    np.save(nan_image, np.array([[1.0, np.nan], [0.0, 2.0]]))
    p = run("run", "spectrum.image", "--input", "image=" + nan_image, "--out", out)
    check("NaN input -> 4", p.returncode == 4 and "NaN" in p.stderr, p.stderr)
    p = run("run", "spectrum.image", "--input", "image=" + image, "--out", "/nonexistent/dir/r.json")
    check("unwritable output -> 5", p.returncode == 5, p.stderr)

    check_examples(tmp)
    check_segmentation(tmp)

    print(f"{results['passed']} passed, {results['failed']} failed")
    if not results["failed"]:
        shutil.rmtree(tmp, ignore_errors=True)  # kept after a failure, to look at
    return 1 if results["failed"] else 0


def check_segmentation(tmp):
    """seg.dataset from the command line: the summary against numpy, the N worst overlays by Dice."""
    data = os.path.join(DATA, "segmentation")
    expected = json.load(open(os.path.join(data, "expected.json")))["dataset"]
    out, overlays = os.path.join(tmp, "dataset.json"), os.path.join(tmp, "overlays")
    p = run("run", "seg.dataset", "--input", "set=" + os.path.join(data, "set"), "--input",
            "predictions=" + os.path.join(data, "set", "model_a"), "--param", "resize=nearest", "--out", out,
            "--overlays", overlays, "--worst", "2", "--worst-by", "Dice", "--quiet")
    check("seg.dataset with --overlays exits 0", p.returncode == 0, p.stderr)
    if p.returncode != 0:
        return
    summary = next(i for i in json.load(open(out))["items"] if i["id"] == "summary")
    dice = next(r for r in summary["rows"] if r[0] == "Dice")
    ref = expected["summary"]["a_dice"]
    check("seg.dataset's Dice mean, sd and median equal numpy's",
          all(abs(a - b) < 1e-12 for a, b in zip(dice[2:5], (ref["mean"], ref["sd"], ref["median"]))), str(dice))
    worst = [stem for _, stem in sorted((v["dice"], k) for k, v in expected["a"].items())[:2]]
    names = sorted(os.listdir(overlays))
    check("--worst 2 writes the two lowest-Dice images, ranked", names == [f"01_{worst[0]}_model_a.png",
                                                                           f"02_{worst[1]}_model_a.png"], str(names))
    with open(os.path.join(overlays, names[0]), "rb") as f:
        head = f.read(24)
    width, height = int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
    check("an overlay is the mask in whole pixels, about 1000 px wide", (width, height) == (80 * 13, 60 * 13),
          f"{width} x {height}")
    p = run("run", "seg.dataset", "--input", "set=" + os.path.join(data, "set"), "--input",
            "predictions=" + os.path.join(data, "set", "model_a"), "--out", out, "--quiet")
    check("a prediction of another size -> 4 naming the image", p.returncode == 4 and "img3" in p.stderr, p.stderr)
    # Any number of models: --input predictions=... once per folder; each model minus the first.
    p = run("run", "seg.dataset", "--input", "set=" + os.path.join(data, "set"),
            "--input", "predictions=" + os.path.join(data, "set", "model_a"),
            "--input", "predictions=" + os.path.join(data, "set", "model_b"),
            "--input", "predictions=" + os.path.join(data, "set", "model_tiff"),
            "--param", "resize=nearest", "--param", "threshold=0.5", "--out", out, "--quiet")
    check("seg.dataset with three prediction folders exits 0", p.returncode == 0, p.stderr)
    if p.returncode == 0:
        result = json.load(open(out))
        models = sorted({row[1] for row in next(i for i in result["items"] if i["id"] == "images")["rows"]})
        check("the three models are named by their folders", models == ["model_a", "model_b", "model_tiff"], str(models))
        difference = next(i for i in result["items"] if i["id"] == "difference")
        row = next(r for r in difference["rows"] if r[0] == "img1" and r[1] == "model_tiff")
        check("Δ Dice of the third model is numpy's difference to the first",
              abs(row[2] - (expected["tiff"]["img1"]["dice"] - expected["a"]["img1"]["dice"])) < 1e-12, str(row))
    p = run("run", "spectrum.image", "--input", "image=" + os.path.join(DATA, "spectrum", "rgb_u8.png"), "--overlays", overlays)
    check("--overlays for an analysis without masks -> 2", p.returncode == 2 and "seg.metrics" in p.stderr, p.stderr)


def check_examples(tmp):
    """`example`: the list, a run whose claim table is recomputed with numpy, and bad ids."""
    p = run("example")
    check("example lists the examples", p.returncode == 0 and "spectrum.one-over-f" in p.stdout
          and "ksg.gaussian" in p.stdout, p.stdout + p.stderr)
    data, out = os.path.join(tmp, "example-data"), os.path.join(tmp, "example.json")
    p = run("example", "spectrum.one-over-f", "--data", data, "--out", out, "--quiet")
    check("example spectrum.one-over-f exits 0 and prints the claim",
          p.returncode == 0 and "Field (1987)" in p.stdout and "this run" in p.stdout, p.stderr)
    if p.returncode != 0:
        return
    items = json.load(open(out))["items"]
    check("the claim table comes first", items[0]["id"] == "claim" and items[0]["title"].startswith("Published: "),
          str(items[0])[:200])
    # numpy: the radial profile of the written image up to the inscribed circle, its log-log slope.
    image = np.load(os.path.join(data, "one_over_f_256.npy"))
    amplitude = np.fft.fftshift(np.abs(np.fft.fft2(image)))
    n = image.shape[0]
    yy, xx = np.indices(image.shape)
    radius = np.floor(np.hypot(yy - n // 2, xx - n // 2)).astype(int)
    last = min(n // 2, n - 1 - n // 2)
    profile = np.array([amplitude[radius == k].mean() for k in range(last + 1)])
    f = np.arange(last + 1) / n
    keep = (f >= 2 / n) & (f <= 0.25)
    slope = np.polyfit(np.log(f[keep]), np.log(profile[keep]), 1)[0]
    measured = items[0]["rows"][0][2]
    check("the 1/f example's slope equals numpy's", abs(measured - slope) < 1e-9 and abs(slope + 1) < 0.05,
          f"{measured} vs numpy {slope}")
    p = run("example", "no.such.example")
    check("unknown example -> 2", p.returncode == 2 and "no.such.example" in p.stderr, p.stderr)


if __name__ == "__main__":
    sys.exit(main())

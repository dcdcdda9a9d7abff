"""Figure export and scrubbing of a 6-layer x 3000-epoch information plane: InfoScope against matplotlib.

Usage: /usr/bin/python3 bench/figure_benchmark.py BUILD_DIR   (needs python3-matplotlib)

InfoScope: BUILD_DIR/bench/bench_figure (QCustomPlot through FigureExporter; median of 5 exports,
scrubbing median of 100 slider steps). matplotlib (Agg): the same 18 000 points, lines per layer,
points coloured by epoch (viridis) with a colour bar, the H(X)/H(Y) ceilings, at the same 6.4 x 4.8 in,
300 dpi and 10 pt; scrubbing redraws the figure with the points up to the step (set_data/set_offsets +
canvas.draw). Targets (issue 9): each export < 1 s, scrubbing < 30 ms a step.
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np


def matplotlib_peer(plane_json, folder):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    item = json.load(open(plane_json))["items"][0]
    plt.rcParams["font.size"] = 10
    fig, ax = plt.subplots(figsize=(6.4, 4.8), dpi=300)
    lines, scatters = [], []
    last = max(max(t["step"]) for t in item["trajectories"])
    for k, t in enumerate(item["trajectories"]):
        (line,) = ax.plot(t["x"], t["y"], lw=1.5, label=t["name"])
        scatter = ax.scatter(t["x"], t["y"], c=t["step"], cmap="viridis", vmin=0, vmax=last, s=12, edgecolors="0.2",
                             linewidths=0.3, zorder=3)
        lines.append((line, np.array(t["x"]), np.array(t["y"]), np.array(t["step"])))
        scatters.append(scatter)
    ax.axvline(12.0, ls="--", c="0.45")
    ax.axhline(1.0, ls="--", c="0.45")
    fig.colorbar(scatters[0], ax=ax, label="epoch")
    ax.set_xlabel(item["x_label"])
    ax.set_ylabel(item["y_label"])
    ax.set_title(item["title"])
    ax.legend(loc="lower right")
    timings = {}
    for name, suffix in (("png_ms", "png"), ("pdf_ms", "pdf")):
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            fig.savefig(os.path.join(folder, "peer." + suffix), dpi=300)
            runs.append((time.perf_counter() - start) * 1e3)
        timings[name] = statistics.median(runs)
    fig.set_dpi(100)  # scrubbing on screen: 640 x 480 px
    runs = []
    for k in range(1, 101):
        limit = last * k / 100
        start = time.perf_counter()
        for (line, x, y, step), scatter in zip(lines, scatters):
            keep = step <= limit
            line.set_data(x[keep], y[keep])
            scatter.set_offsets(np.c_[x[keep], y[keep]])
            scatter.set_array(step[keep])
        fig.canvas.draw()
        runs.append((time.perf_counter() - start) * 1e3)
    timings["scrub_ms"] = statistics.median(runs)
    return timings


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else "build-release"
    folder = tempfile.mkdtemp(prefix="infoscope-bench-figure-")
    ours = json.loads(subprocess.run([os.path.join(build, "bench", "bench_figure"), folder], check=True,
                                     capture_output=True, text=True).stdout.strip().splitlines()[-1])
    peer = matplotlib_peer(os.path.join(folder, "plane.json"), folder)
    print(f"information plane, {ours['points']} points, 6.4 x 4.8 in, 300 dpi "
          f"({ours['png_pixels'][0]} x {ours['png_pixels'][1]} px), 10 pt")
    print(f"{'':28}{'InfoScope':>12}{'matplotlib':>12}{'ratio':>8}  target")
    for key, label, target in (("png_ms", "export PNG 300 dpi [ms]", "< 1000 ms"),
                               ("pdf_ms", "export PDF [ms]", "< 1000 ms"),
                               ("scrub_ms", "scrub one step [ms]", "< 30 ms")):
        print(f"{label:28}{ours[key]:12.1f}{peer[key]:12.1f}{peer[key] / ours[key]:7.1f}x  {target}")
    print(f"figures in {folder}")


if __name__ == "__main__":
    main()

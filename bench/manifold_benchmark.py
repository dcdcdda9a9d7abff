"""Frames per second of the 3-D manifold view while it turns, InfoScope against matplotlib's mplot3d.

Usage: xvfb-run -a -s "-screen 0 1280x1024x24" /usr/bin/python3 bench/manifold_benchmark.py BUILD_DIR
       [--points 100000] [--frames 180]

Both draw one Lorenz-63 trajectory (sigma, rho, beta = 10, 28, 8/3; dt 0.01) of the same number of
points as one polyline, in views of 640 x 480, 800 x 600 and 1000 x 800 pixels, and turn it.
InfoScope: BUILD_DIR/bench/bench_manifold (a VtkView on the X server, Mesa's software renderer under
Xvfb; the polyline coloured by time, with axes and a colour bar) receives a drag as Qt mouse events,
one move per frame, after 30 moves of warm-up; each move renders (while moving: at most 20 000 segments
by grid thinning, as many as hold 30 frames/s, thin lines, no multisampling, vtk/interactivedetail.h)
and the frame is shown before the next move.
Peer in this process: matplotlib's Agg canvas with mplot3d (ax.plot of the same points in one
colour, view_init per frame, canvas.draw), the usual way to turn a trajectory in Python. Target
(issue 13): InfoScope >= 30 frames per second at 100 000 points (exit status: at every size).
"""
import json
import subprocess
import sys
import time

import numpy as np
from scipy.integrate import solve_ivp


def lorenz(points):
    def field(_, x):
        return [10 * (x[1] - x[0]), x[0] * (28 - x[2]) - x[1], x[0] * x[1] - 8 / 3 * x[2]]
    t = np.arange(points) * 0.01
    return solve_ivp(field, (0, t[-1]), [1.0, 1.0, 1.0], t_eval=t, method="DOP853", rtol=1e-10, atol=1e-12).y


def matplotlib_fps(xyz, frames, width, height):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    figure = plt.figure(figsize=(width / 100, height / 100), dpi=100)
    axes = figure.add_subplot(projection="3d")
    axes.plot(xyz[0], xyz[1], xyz[2], linewidth=1)
    figure.canvas.draw()
    start = time.perf_counter()
    for i in range(frames):
        axes.view_init(elev=30, azim=-60 + 2 * i)
        figure.canvas.draw()
    return frames / (time.perf_counter() - start)


def main():
    build = sys.argv[1]
    args = dict(zip(sys.argv[2::2], sys.argv[3::2]))
    points, frames = int(args.get("--points", 100000)), int(args.get("--frames", 180))
    peer_frames = max(10, frames // 6)
    xyz = lorenz(points)
    print(f"Turning a {points}-point trajectory drawn as a polyline (a drag: one mouse move per frame)")
    met = []
    for width, height in [(640, 480), (800, 600), (1000, 800)]:
        ours = json.loads(subprocess.run([f"{build}/bench/bench_manifold", str(points), str(frames), str(width),
                                          str(height)], check=True, capture_output=True, text=True).stdout)
        peer = matplotlib_fps(xyz, peer_frames, width, height)
        met.append(ours["fps"] >= 30)
        print(f"  {width} x {height}: InfoScope {ours['fps']:6.1f} frames/s ({ours['rendered']} renders for "
              f"{ours['frames']} moves, {ours['interactive_segments']} segments while turning; a full-detail frame "
              f"at rest {ours['still_frame_seconds'] * 1e3:.0f} ms)   matplotlib {peer:5.2f} frames/s (all "
              f"{points - 1} segments)   ratio {ours['fps'] / peer:.0f}x   >= 30: {'yes' if met[-1] else 'NO'}")
    return 0 if all(met) else 1


if __name__ == "__main__":
    sys.exit(main())

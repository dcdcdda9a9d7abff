#!/usr/bin/python3
"""Writes the Koopman reference fixtures under tests/data/koopman/ with numpy and scipy (Debian's
python3-numpy 1.24, python3-scipy 1.10).

Run from anywhere: /usr/bin/python3 tests/data/generate_koopman_fixtures.py
Deterministic and committed; tests/core/test_koopman.cpp reads the stored trajectories (it never
re-integrates them for the DMD references) and compares with expected.json.

  lorenz.npy      Lorenz-63 (sigma 10, rho 28, beta 8/3) from (1, 1, 1), dt 0.01, 2000 steps, as
                  (T, 3) float64, integrated by scipy's DOP853 at rtol 1e-12, atol 1e-12
  latents.npy     (400, 6) float64 Gaussian latents with an anisotropic covariance
expected.json
  lorenz_dmd      exact DMD (Tu et al.) of lorenz.npy embedded with 8 delays (24 states), rank 10
                  fixed, by numpy.linalg.svd: eigenvalues sorted by |lambda| descending (conjugate
                  pairs: positive imaginary part first), amplitudes |b| (lstsq of exact modes
                  against x_0), the singular values
  lorenz_full     the same without delays at full rank (3): eigenvalues (EDMD with a linear
                  dictionary must equal them)
  lorenz_short    scipy's trajectory for t = 0 ... 2 at every 0.1 (the integrator's check)
  latents         the paper's von Neumann entropy of latents.npy (centre, Z^T Z / (N-1) + 1e-8 I,
                  rho = Sigma / tr Sigma, eigvalsh clamped at 1e-8, -sum l ln l)
"""
import json
import os

import numpy as np
from scipy.integrate import solve_ivp

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "koopman")


def lorenz(t, x, sigma=10.0, rho=28.0, beta=8.0 / 3.0):
    return [sigma * (x[1] - x[0]), x[0] * (rho - x[2]) - x[1], x[0] * x[1] - beta * x[2]]


def hankel(z, delays):
    """z: (n, T) -> (n * delays, T - delays + 1), [x_k; x_k+1; ...]."""
    n, t = z.shape
    return np.vstack([z[:, d:t - delays + 1 + d] for d in range(delays)])


def exact_dmd(z, rank):
    x, y = z[:, :-1], z[:, 1:]
    u, s, vh = np.linalg.svd(x, full_matrices=False)
    ur, sr, vr = u[:, :rank], s[:rank], vh[:rank].conj().T
    atilde = ur.T @ y @ vr / sr
    lam, w = np.linalg.eig(atilde)
    order = sorted(range(rank), key=lambda k: (-abs(lam[k]), -lam[k].imag))
    lam, w = lam[order], w[:, order]
    modes = (y @ vr / sr) @ w
    b = np.linalg.lstsq(modes, z[:, 0].astype(complex), rcond=None)[0]
    return lam, b, s


def von_neumann(z):
    c = z - z.mean(axis=0)
    sigma = c.T @ c / (z.shape[0] - 1) + 1e-8 * np.eye(z.shape[1])
    rho = sigma / np.trace(sigma)
    lam = np.clip(np.linalg.eigvalsh(rho), 1e-8, None)
    return float(-(lam * np.log(lam)).sum())


def main():
    os.makedirs(OUT, exist_ok=True)
    dt, steps = 0.01, 2000
    times = np.arange(steps + 1) * dt
    sol = solve_ivp(lorenz, (0, times[-1]), [1.0, 1.0, 1.0], method="DOP853", t_eval=times, rtol=1e-12, atol=1e-12)
    trajectory = sol.y  # (3, T)
    np.save(os.path.join(OUT, "lorenz.npy"), np.ascontiguousarray(trajectory.T))
    expected = {}
    lam, b, s = exact_dmd(hankel(trajectory, 8), 10)
    expected["lorenz_dmd"] = {"delays": 8, "rank": 10, "real": lam.real.tolist(), "imag": lam.imag.tolist(),
                              "amplitude": np.abs(b).tolist(), "singular_values": s.tolist()}
    lam, b, s = exact_dmd(trajectory, 3)
    expected["lorenz_full"] = {"real": lam.real.tolist(), "imag": lam.imag.tolist()}
    short = np.arange(21) * 0.1
    sol = solve_ivp(lorenz, (0, 2.0), [1.0, 1.0, 1.0], method="DOP853", t_eval=short, rtol=1e-13, atol=1e-13)
    expected["lorenz_short"] = {"dt": 0.1, "states": sol.y.T.tolist()}
    rng = np.random.default_rng(21)
    mix = rng.normal(size=(6, 6)) * np.array([3.0, 2.0, 1.0, 0.5, 0.2, 0.05])
    latents = rng.normal(size=(400, 6)) @ mix
    np.save(os.path.join(OUT, "latents.npy"), latents)
    expected["latents"] = {"entropy": von_neumann(latents)}
    with open(os.path.join(OUT, "expected.json"), "w") as f:
        json.dump(expected, f, indent=1)


if __name__ == "__main__":
    main()

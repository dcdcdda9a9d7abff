#!/usr/bin/python3
"""Writes the mutual-information reference fixtures under tests/data/mi/ with numpy, scipy and
scikit-learn (Debian's python3-numpy 1.24, python3-scipy 1.10, python3-sklearn 1.2).

Run from anywhere: /usr/bin/python3 tests/data/generate_mi_fixtures.py
The outputs are deterministic (fixed seeds) and committed (generated with Debian's reference BLAS:
where libopenblas0 is installed, run with LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/blas:\
/usr/lib/x86_64-linux-gnu/lapack, else matrix products change in their last digits); the C++ tests read the same .npy inputs
and compare against tests/data/mi/expected.json, never against InfoScope's own output. Every
reference value is computed here by numpy/scipy/sklearn (own numpy code where no library has the
estimator; nothing is copied from other projects). Formulas follow
shared/methods/representation.md (sections 0, 1a, 1b, 3a, 3b, 10a, 10b). Units are stated per key
("_nats" / "_bits"); natural logs unless the key says bits.

What it writes (all arrays C-order, little endian):

gaussian_rho{00,03,06,09}.npy  (20000, 2) float64: standard bivariate normal, correlation rho in
    {0, 0.3, 0.6, 0.9}: x = z1, y = rho*z1 + sqrt(1-rho^2)*z2. expected.json "gaussian_pairs":
    analytic MI -0.5*ln(1-rho^2) and the sample-covariance Gaussian MI
    0.5*ln(det Sx * det Sy / det Sxy) (np.cov; the ratio does not depend on ddof), nats.
mvgauss_xy.npy (5000, 6) float64, mvgauss_cov.npy (6, 6): x = columns 0..2, y = columns 3..5,
    drawn from a fixed covariance whose canonical correlations are (0.8, 0.5, 0.2); analytic MI
    (log-det formula and -0.5*sum ln(1-c_i^2)) and the sample-covariance MI, nats.
ksg_sin.npy, ksg_uniform.npy (2000, 2) float64: y = sin(3x) + 0.2*n with x ~ U(-1, 1), n ~ N(0, 1);
    independent x, y ~ U(0, 1). The two Gaussian KSG datasets are rows 0..1999 of
    gaussian_rho06.npy and gaussian_rho09.npy (not stored twice). For k in {3, 4}:
    "sklearn" = mutual_info_regression(x.reshape(-1, 1), y, n_neighbors=k, random_state=0), and
    three clean-room KSG-1 values of our own (scipy.spatial.cKDTree, p=inf), see "ksg" below.
discrete_{2x2,5x3,10x10}.npy (1000, 2) int64: column 0 = x labels, column 1 = y labels; only 5x3
    is dependent. sklearn.metrics.mutual_info_score, plug-in H(X), H(Y), H(X,Y) (nats and bits),
    and Miller-Madow: H_MM = H_plugin + (m - 1)/(2N), m = number of non-empty cells,
    MI_MM = H_MM(X) + H_MM(Y) - H_MM(X,Y) = MI_plugin + (m_x + m_y - m_xy - 1)/(2N), nats.
szt12_inputs.npy (4096, 12) int8 (+-1; cast to float64 to use), szt12_labels.npy (4096,) int64,
    szt12_f.npy (4096,) float64: the 12-bit task stand-in, see "szt12" below.
binning_w1.npy (12, 5), binning_w2.npy (5, 3) float64; binning_layer5.npy (4096, 5) and
    binning_layer3.npy (4096, 3) float32; binning_edges.npy (30,) float64;
    binning_edgecases.npy (13,) float64: the binning estimator (section 1a), see "binning" below.
kde_a.npy, kde_b.npy (500, 3) float64, kde_labels.npy (500,) int64: KDE upper bound (section 1b).
renyi_x.npy (200, 2), renyi_y.npy (200, 1) float64: matrix-based Renyi and CS-QMI (3a, 3b).

szt12 (stand-in for IDNNs' var_u.mat, which is not available here). Inputs: pattern index
p = 0..4095 is row p; bit j = (p >> j) & 1 and x_j = 2*bit - 1 (column j). The 12 inputs sit on the
vertices of a regular icosahedron, unnormalised (|v|^2 = phi + 2), phi = (1 + sqrt 5)/2, in this
order:
    v0 = (0, 1, phi)   v1 = (0, 1, -phi)   v2  = (0, -1, phi)  v3  = (0, -1, -phi)
    v4 = (1, phi, 0)   v5 = (1, -phi, 0)   v6  = (-1, phi, 0)  v7  = (-1, -phi, 0)
    v8 = (phi, 0, 1)   v9 = (phi, 0, -1)   v10 = (-phi, 0, 1)  v11 = (-phi, 0, -1)
f(x) = sum_{i<j} x_i x_j (v_i . v_j) = (|sum_i x_i v_i|^2 - 12 (phi + 2)) / 2 (rotation invariant).
v_i . v_j is +-phi for neighbouring/non-antipodal pairs and -(phi + 2) for antipodal pairs, so
f = A + B*phi with integers A, B; f takes only 20 distinct values (table in expected.json), far
apart (>= 0.76), so float summation order cannot change a label. y = 1 if f(x) > theta else 0 with
theta = -2*phi (midway between the levels -5.708 and -0.764). Ties make 2118 positives impossible:
the achievable counts around it are 2036 and 2276; 2036 is nearer (|2036 - 2118| = 82), giving
p(y=1) = 0.49707, H(Y) = 0.99998 bits (original: 2118, 0.51709, 0.99916 bits). f(-x) = f(x).

binning (Shwartz-Ziv & Tishby / IDNNs, section 1a, with the range bug fixed). edges =
np.linspace(-1, 1, 30) (numpy: arange(30) * (2/29) + (-1), last element set to exactly 1.0), 29
cells. Cell of a value a: c = clip(np.digitize(a, edges) - 1, 0, 28), i.e. edges[c] <= a <
edges[c+1] inside the range; a == 1.0 and a > 1 go to the last cell (28), a < -1 to the first cell
(0). IDNNs instead gives 1.0 its own 30th "cell" and sends a < -1 to +1 through index -1; we do
not reproduce that. Each row of cell indices is one symbol t. I(X;T) = H(T) (inputs are unique and
the layer deterministic, so H(T|X) = 0), I(T;Y) = H(T) - sum_y p(y) H(T | Y=y), bits. The layers:
h1 = tanh(X W1), h2 = tanh(h1 W2) computed in float64 from X = szt12 inputs as float64, W ~ N(0,
1/fan_in) (seed fixed), then rounded to float32 and stored; the reference bins the stored float32
values (converted exactly to float64), as a C++ reader of the files would.

KDE (section 1b): I(X;T)_up = -(1/N) sum_i [logsumexp_j(-D_ij / (2 s2)) - ln N], H_up(T) = d/2 +
(d/2) ln(2 pi s2) + I(X;T)_up, I(T;Y)_up = H_up(T) - sum_y p(y) H_up(T restricted to Y = y), nats,
with D_ij = |h_i|^2 + |h_j|^2 - 2 h_i.h_j clamped at 0 and scipy.special.logsumexp.

Matrix Renyi (section 3a): K = exp(-|a - b|^2 / (2 sigma^2)) with |a - b|^2 from direct differences,
A = K / tr K, eigenvalues by numpy.linalg.eigvalsh, clipped at 0 (negative round-off set to 0, not
abs), S_alpha = log2(sum lambda^alpha) / (1 - alpha), joint = A_x o A_y / tr(A_x o A_y),
I_alpha = S(A_x) + S(A_y) - S(A_xy), bits. CS-QMI (section 3b), log2, sigma = 1.

ksg: sklearn 1.2.1 mutual_info_regression, read in
/usr/lib/python3/dist-packages/sklearn/feature_selection/_mutual_info.py and preprocessing/_data.py:
  1. X (n, 1) and y are converted to float64. Each continuous column of X and y is divided by its
     standard deviation (sklearn.preprocessing.scale(with_mean=False): np.nanstd, ddof = 0, computed
     about the mean; the data are NOT centred; a std of exactly 0 for y, or < 10*eps for an X column,
     is replaced by 1).
  2. Noise: rng = np.random.RandomState(random_state); X += 1e-10 * max(1, mean|X_col|) *
     rng.standard_normal((n, n_features)); then y += 1e-10 * max(1, mean|y|) *
     rng.standard_normal(n), in that order from the same generator (means of the scaled data).
  3. KSG algorithm 1 (Kraskov et al. 2004) per feature: joint points (x, y) in the max-norm
     (NearestNeighbors(metric="chebyshev", n_neighbors=k).kneighbors() with no query, so each point
     is excluded from its own neighbours); eps_i = distance to the k-th neighbour; radius =
     np.nextafter(eps_i, 0) (one ulp towards 0); n_x(i) = KDTree(x, "chebyshev").query_radius(x,
     radius, count_only=True) - 1, which counts |x_j - x_i| <= radius (inclusive), so with the nudge
     it is the strict count |x_j - x_i| < eps_i, self excluded; same for n_y.
  4. MI = psi(N) + psi(k) - mean(psi(n_x + 1)) - mean(psi(n_y + 1)), nats, then max(0, MI).
Our clean-room values: "raw" = the same KSG-1 (cKDTree p=inf, query k+1 including self, radius
np.nextafter(eps, 0), query_ball_point(return_length=True) - 1) on the unscaled, noise-free data;
"scaled" = after step 1 only (no noise); "sklearn_replica" = after steps 1 and 2 with the same
RandomState(0) draws (unclamped; must equal sklearn to round-off when positive).
"""
import json
import os

import numpy as np
import scipy
import sklearn
from scipy.spatial import cKDTree
from scipy.special import digamma, logsumexp
from sklearn.feature_selection import mutual_info_regression
from sklearn.metrics import mutual_info_score

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mi")
LN2 = np.log(2.0)
PHI = (1.0 + np.sqrt(5.0)) / 2.0


def save(name, array):
    np.save(os.path.join(OUT, name), array)


# ----------------------------------------------------------------------------------------------
# Gaussian MI
# ----------------------------------------------------------------------------------------------

def gaussian_mi_from_cov(cov, dx):
    """0.5 * ln(det S_x det S_y / det S_xy) via slogdet, nats."""
    sx = np.linalg.slogdet(cov[:dx, :dx])[1]
    sy = np.linalg.slogdet(cov[dx:, dx:])[1]
    sxy = np.linalg.slogdet(cov)[1]
    return 0.5 * (sx + sy - sxy)


def make_gaussian_pairs(expected):
    out = {}
    for index, rho in enumerate((0.0, 0.3, 0.6, 0.9)):
        rng = np.random.default_rng(1000 + index)
        z = rng.standard_normal((20000, 2))
        data = np.empty((20000, 2))
        data[:, 0] = z[:, 0]
        data[:, 1] = rho * z[:, 0] + np.sqrt(1.0 - rho * rho) * z[:, 1]
        name = "gaussian_rho%02d.npy" % round(rho * 10)
        save(name, data)
        out[name] = {
            "rho": rho, "n": 20000, "seed": 1000 + index,
            "analytic_mi_nats": -0.5 * np.log1p(-rho * rho),
            "sample_cov_mi_nats": gaussian_mi_from_cov(np.cov(data, rowvar=False), 1),
            "sample_corr": float(np.corrcoef(data, rowvar=False)[0, 1]),
        }
    expected["gaussian_pairs"] = out


def random_rotation(rng, d):
    q, r = np.linalg.qr(rng.standard_normal((d, d)))
    return q * np.sign(np.diag(r))


def sqrtm_spd(m):
    w, v = np.linalg.eigh(m)
    return (v * np.sqrt(w)) @ v.T


def make_multivariate_gaussian(expected):
    rng = np.random.default_rng(2000)
    d = 3
    canonical = np.array([0.8, 0.5, 0.2])
    blocks = []
    for _ in range(2):
        a = rng.standard_normal((d, d))
        blocks.append(a @ a.T / d + 0.5 * np.eye(d))
    sxx, syy = blocks
    c = random_rotation(rng, d) @ np.diag(canonical) @ random_rotation(rng, d).T
    sxy = sqrtm_spd(sxx) @ c @ sqrtm_spd(syy)
    cov = np.block([[sxx, sxy], [sxy.T, syy]])
    cov = 0.5 * (cov + cov.T)
    chol = np.linalg.cholesky(cov)
    data = rng.standard_normal((5000, 2 * d)) @ chol.T
    save("mvgauss_xy.npy", data)
    save("mvgauss_cov.npy", cov)
    expected["multivariate_gaussian"] = {
        "file": "mvgauss_xy.npy", "covariance_file": "mvgauss_cov.npy", "n": 5000,
        "dx": d, "dy": d, "x_columns": [0, 1, 2], "y_columns": [3, 4, 5], "seed": 2000,
        "canonical_correlations": canonical.tolist(),
        "analytic_mi_nats": gaussian_mi_from_cov(cov, d),
        "analytic_mi_from_canonical_nats": float(-0.5 * np.sum(np.log1p(-canonical ** 2))),
        "sample_cov_mi_nats": gaussian_mi_from_cov(np.cov(data, rowvar=False), d),
        # KSG-1 (k = 4) after dividing every column by its std (ddof 0), no noise: the multivariate
        # k-d tree path; KSG's downward bias at d = 3 is visible against the analytic value.
        "ksg1_k4_scaled_nats": ksg1(data[:, :d] / data[:, :d].std(axis=0), data[:, d:] / data[:, d:].std(axis=0), 4),
    }


# ----------------------------------------------------------------------------------------------
# KSG
# ----------------------------------------------------------------------------------------------

def ksg1(x, y, k):
    """Clean-room KSG algorithm 1, max-norm, strict marginal counts, nats (no clamping)."""
    n = x.shape[0]
    x = x.reshape(n, -1)
    y = y.reshape(n, -1)
    joint = np.hstack((x, y))
    dist, _ = cKDTree(joint).query(joint, k=k + 1, p=np.inf)
    radius = np.nextafter(dist[:, k], 0)
    nx = cKDTree(x).query_ball_point(x, radius, p=np.inf, return_length=True) - 1
    ny = cKDTree(y).query_ball_point(y, radius, p=np.inf, return_length=True) - 1
    return float(digamma(n) + digamma(k) - np.mean(digamma(nx + 1.0)) - np.mean(digamma(ny + 1.0)))


def sklearn_scale(v):
    """sklearn.preprocessing.scale(v, with_mean=False) for a 1-D float64 vector."""
    s = np.nanstd(v, axis=0)
    if s == 0.0:
        s = 1.0
    return v / s


def sklearn_preprocess(x, y, random_state=0):
    """Replicates mutual_info_regression's preprocessing for one continuous feature."""
    n = x.shape[0]
    xs = x.astype(np.float64).reshape(n, 1).copy()
    s = np.nanstd(xs, axis=0)
    s[s < 10 * np.finfo(s.dtype).eps] = 1.0
    xs /= s
    ys = sklearn_scale(y.astype(np.float64).ravel())
    rng = np.random.RandomState(random_state)
    xs += 1e-10 * np.maximum(1, np.mean(np.abs(xs), axis=0)) * rng.standard_normal(size=(n, 1))
    ys = ys + 1e-10 * np.maximum(1, np.mean(np.abs(ys))) * rng.standard_normal(size=n)
    return xs.ravel(), ys


def make_ksg(expected):
    rng = np.random.default_rng(3000)
    xs = rng.uniform(-1.0, 1.0, 2000)
    sin = np.column_stack((xs, np.sin(3.0 * xs) + 0.2 * rng.standard_normal(2000)))
    save("ksg_sin.npy", sin)
    uniform = rng.uniform(0.0, 1.0, (2000, 2))
    save("ksg_uniform.npy", uniform)
    datasets = [
        ("gaussian_rho06_first2000", "gaussian_rho06.npy",
         np.load(os.path.join(OUT, "gaussian_rho06.npy"))[:2000]),
        ("gaussian_rho09_first2000", "gaussian_rho09.npy",
         np.load(os.path.join(OUT, "gaussian_rho09.npy"))[:2000]),
        ("sin", "ksg_sin.npy", sin),
        ("uniform_independent", "ksg_uniform.npy", uniform),
    ]
    out = {}
    for name, file, data in datasets:
        x, y = data[:, 0], data[:, 1]
        entry = {"file": file, "rows": [0, 2000], "x_column": 0, "y_column": 1, "k": {}}
        for k in (3, 4):
            sk = float(mutual_info_regression(x.reshape(-1, 1), y, n_neighbors=k,
                                              random_state=0)[0])
            px, py = sklearn_preprocess(x, y, 0)
            entry["k"][str(k)] = {
                "sklearn_nats": sk,
                "cleanroom_raw_nats": ksg1(x, y, k),
                "cleanroom_scaled_nats": ksg1(sklearn_scale(x), sklearn_scale(y), k),
                "cleanroom_sklearn_replica_nats": ksg1(px, py, k),
            }
        out[name] = entry
    expected["ksg"] = {
        "datasets": out,
        "sklearn_call": "mutual_info_regression(x.reshape(-1, 1), y, n_neighbors=k, random_state=0)",
        "sklearn_preprocessing": [
            "X and y converted to float64",
            "each continuous X column and y divided by np.nanstd (ddof=0, std about the mean); "
            "data not centred (scale(with_mean=False)); zero std (y) or std < 10*eps (X) -> 1",
            "rng = np.random.RandomState(random_state); X += 1e-10 * max(1, mean|X_col|) * "
            "rng.standard_normal((n, n_features)); then y += 1e-10 * max(1, mean|y|) * "
            "rng.standard_normal(n) (same generator, X first; means of the scaled data)",
        ],
        "sklearn_estimator": "KSG algorithm 1: NearestNeighbors(metric='chebyshev', n_neighbors=k)"
                             ".kneighbors() (self excluded) on the 2-D joint points; radius = "
                             "np.nextafter(eps_k, 0); n_x = KDTree(x, 'chebyshev').query_radius("
                             "x, radius, count_only=True) - 1 (inclusive <= radius, so strict "
                             "< eps_k; self excluded); MI = psi(N) + psi(k) - mean psi(n_x + 1) - "
                             "mean psi(n_y + 1); returns max(0, MI)",
        "cleanroom": {
            "raw": "KSG-1 on the data as stored: no scaling, no noise",
            "scaled": "KSG-1 after dividing x and y by np.nanstd (ddof=0), no noise",
            "sklearn_replica": "KSG-1 after sklearn's scaling and its RandomState(0) noise; "
                               "not clamped at 0",
            "implementation": "scipy.spatial.cKDTree, p=inf; joint query k+1 (includes self); "
                              "radius np.nextafter(eps, 0); query_ball_point(return_length=True)"
                              " - 1",
        },
        "units": "nats",
    }


# ----------------------------------------------------------------------------------------------
# Discrete
# ----------------------------------------------------------------------------------------------

def plugin_entropy(labels):
    _, counts = np.unique(labels, axis=0, return_counts=True)
    p = counts / counts.sum()
    return float(-np.sum(p * np.log(p))), int(counts.size)


def make_ksg_searches(expected):
    """Data that exercise InfoScope's three neighbour searches against the clean-room KSG-1."""
    rng = np.random.default_rng(3500)
    n = 1500
    x = rng.standard_normal((n, 5))
    wide = np.hstack((x, 0.6 * x + 0.8 * rng.standard_normal((n, 5))))
    ties_x = rng.integers(0, 300, n).astype(np.float64)
    ties = np.column_stack((ties_x, ties_x + rng.integers(0, 40, n)))
    cauchy_x = rng.standard_cauchy(n)
    cauchy = np.column_stack((cauchy_x, cauchy_x + 0.5 * rng.standard_cauchy(n)))
    save("ksg_wide.npy", wide)
    save("ksg_ties.npy", ties)
    save("ksg_cauchy.npy", cauchy)
    expected["ksg_searches"] = {
        "about": "KSG-1, k = 4, raw data (no scaling, no noise), clean-room ksg1 (cKDTree, p=inf). "
                 "ksg_wide.npy (1500, 10): x = columns 0..4 ~ N(0, I), y = columns 5..9 = 0.6 x + 0.8 n "
                 "(10 joint dimensions: the exhaustive scan); ksg_ties.npy (1500, 2): integers, "
                 "y = x + U{0..39}, so distances tie everywhere; ksg_cauchy.npy (1500, 2): Cauchy x, "
                 "y = x + 0.5 Cauchy (long tails: the quantile grid). default_rng(3500).",
        "ksg_wide.npy": {"dx": 5, "ksg1_k4_raw_nats": ksg1(wide[:, :5], wide[:, 5:], 4)},
        "ksg_ties.npy": {"dx": 1, "ksg1_k4_raw_nats": ksg1(ties[:, :1], ties[:, 1:], 4)},
        "ksg_cauchy.npy": {"dx": 1, "ksg1_k4_raw_nats": ksg1(cauchy[:, :1], cauchy[:, 1:], 4)},
    }


def mixed_cleanroom(c, d, k):
    """Ross's continuous-discrete estimator as scikit-learn's _compute_mi_cd, written here with
    cKDTree and the max-norm (the same as scikit-learn's Euclidean for one column), nats, not clamped."""
    n = c.shape[0]
    c = c.reshape(n, -1)
    radius = np.zeros(n)
    label_counts = np.zeros(n)
    k_all = np.zeros(n)
    for label in np.unique(d):
        mask = d == label
        count = int(mask.sum())
        if count > 1:
            kk = min(k, count - 1)
            dist, _ = cKDTree(c[mask]).query(c[mask], k=kk + 1, p=np.inf)
            radius[mask] = np.nextafter(dist[:, kk], 0)
            k_all[mask] = kk
        label_counts[mask] = count
    mask = label_counts > 1
    m_all = cKDTree(c[mask]).query_ball_point(c[mask], radius[mask], p=np.inf, return_length=True)
    return float(digamma(mask.sum()) + np.mean(digamma(k_all[mask])) - np.mean(digamma(label_counts[mask]))
                 - np.mean(digamma(m_all)))


def make_mixed(expected):
    from sklearn.feature_selection import mutual_info_classif
    rng = np.random.default_rng(3700)
    n = 2000
    y = rng.integers(0, 3, n)
    y[0] = 7  # a class of one sample: left out, as scikit-learn does
    t = np.column_stack((0.8 * y + rng.standard_normal(n), rng.standard_normal((n, 2)) + 0.3 * y[:, None]))
    save("mixed_t.npy", t)
    save("mixed_y.npy", y.astype(np.int64))
    scaled = t / t.std(axis=0)
    values = {}
    for k in (3, 4):
        values[str(k)] = {
            "sklearn_column0_nats": float(mutual_info_classif(t[:, :1], y, discrete_features=False,
                                                              n_neighbors=k, random_state=0)[0]),
            "cleanroom_column0_scaled_nats": mixed_cleanroom(scaled[:, :1], y, k),
            "cleanroom_all_scaled_nats": mixed_cleanroom(scaled, y, k),
        }
    expected["mixed"] = {
        "about": "mixed_t.npy (2000, 3) float64, mixed_y.npy (2000,) int64: y ~ U{0, 1, 2} except y[0] = 7 "
                 "(a class of one); t0 = 0.8 y + N(0, 1), t1, t2 = 0.3 y + N(0, 1). default_rng(3700). "
                 "sklearn = mutual_info_classif (its scaling and 1e-10 noise, clamped at 0); cleanroom = "
                 "Ross's estimator as sklearn's _compute_mi_cd with cKDTree p=inf, columns / std (ddof 0), "
                 "no noise, not clamped.",
        "k": values,
    }


def make_discrete(expected):
    rng = np.random.default_rng(4000)
    n = 1000
    pairs = {}
    pairs["2x2"] = (rng.integers(0, 2, n), rng.integers(0, 2, n), False)
    x = rng.integers(0, 5, n)
    keep = rng.uniform(size=n) < 0.7
    pairs["5x3"] = (x, np.where(keep, x % 3, rng.integers(0, 3, n)), True)
    skew = 0.6 ** np.arange(10)
    skew /= skew.sum()
    pairs["10x10"] = (rng.choice(10, n, p=skew), rng.choice(10, n, p=skew[::-1]), False)
    out = {}
    for tag, (x, y, dependent) in pairs.items():
        data = np.column_stack((x, y)).astype(np.int64)
        name = "discrete_%s.npy" % tag
        save(name, data)
        hx, mx = plugin_entropy(data[:, 0])
        hy, my = plugin_entropy(data[:, 1])
        hxy, mxy = plugin_entropy(data)
        hx_mm, hy_mm, hxy_mm = (hx + (mx - 1) / (2 * n), hy + (my - 1) / (2 * n),
                                hxy + (mxy - 1) / (2 * n))
        out[name] = {
            "n": n, "dependent": dependent, "alphabet": tag,
            "sklearn_mutual_info_score_nats": float(mutual_info_score(data[:, 0], data[:, 1])),
            "mi_plugin_nats": hx + hy - hxy,
            "mi_plugin_bits": (hx + hy - hxy) / LN2,
            "h_x_nats": hx, "h_y_nats": hy, "h_xy_nats": hxy,
            "h_x_bits": hx / LN2, "h_y_bits": hy / LN2, "h_xy_bits": hxy / LN2,
            "m_x": mx, "m_y": my, "m_xy": mxy,
            "h_x_mm_nats": hx_mm, "h_y_mm_nats": hy_mm, "h_xy_mm_nats": hxy_mm,
            "mi_mm_nats": hx_mm + hy_mm - hxy_mm,
        }
    expected["discrete"] = {
        "pairs": out,
        "miller_madow": "H_MM = H_plugin + (m - 1) / (2N), m = number of non-empty cells; "
                        "MI_MM = H_MM(X) + H_MM(Y) - H_MM(X,Y) = MI_plugin + (m_x + m_y - m_xy - 1)"
                        " / (2N)",
        "units": "nats unless the key ends in _bits",
    }


# ----------------------------------------------------------------------------------------------
# szt12 task and binning
# ----------------------------------------------------------------------------------------------

def icosahedron():
    v = []
    for a in (1.0, -1.0):
        for b in (1.0, -1.0):
            v.append((0.0, a, b * PHI))
    for a in (1.0, -1.0):
        for b in (1.0, -1.0):
            v.append((a, b * PHI, 0.0))
    for a in (1.0, -1.0):
        for b in (1.0, -1.0):
            v.append((a * PHI, 0.0, b))
    return np.array(v)


def szt12():
    """Returns inputs (4096, 12) float64 +-1, f (4096,), exact parts A, B with f = A + B*phi."""
    p = np.arange(4096)
    x = (2 * ((p[:, None] >> np.arange(12)) & 1) - 1).astype(np.float64)
    gram = icosahedron() @ icosahedron().T
    iu = np.triu_indices(12, 1)
    f = np.zeros(4096)
    for i, j in zip(*iu):
        f += x[:, i] * x[:, j] * gram[i, j]
    # Exact integer parts: off-diagonal v_i.v_j is +-phi, or -(2 + phi) for antipodal pairs.
    antipodal = np.isclose(gram, -(PHI + 2.0))
    coef_phi = np.where(antipodal, -1, np.sign(gram)).astype(np.int64)
    coef_one = np.where(antipodal, -2, 0).astype(np.int64)
    xi = x.astype(np.int64)
    a = np.zeros(4096, dtype=np.int64)
    b = np.zeros(4096, dtype=np.int64)
    for i, j in zip(*iu):
        a += xi[:, i] * xi[:, j] * coef_one[i, j]
        b += xi[:, i] * xi[:, j] * coef_phi[i, j]
    assert np.allclose(a + b * PHI, f, atol=1e-9)
    return x, f, a, b


def binary_entropy_bits(p):
    return float(-(p * np.log2(p) + (1 - p) * np.log2(1 - p))) if 0 < p < 1 else 0.0


def make_szt12(expected):
    x, f, a, b = szt12()
    levels, first, counts = np.unique(a + b * PHI, return_index=True, return_counts=True)
    above = np.cumsum(counts[::-1])[::-1]  # number of rows with f >= level
    target = 2118
    best = int(np.argmin(np.abs(above - target)))
    theta = -2.0 * PHI
    assert levels[best - 1] < theta < levels[best]
    labels = (f > theta).astype(np.int64)
    positives = int(labels.sum())
    assert positives == above[best]
    save("szt12_inputs.npy", x.astype(np.int8))
    save("szt12_labels.npy", labels)
    save("szt12_f.npy", f)
    expected["szt12"] = {
        "inputs_file": "szt12_inputs.npy", "labels_file": "szt12_labels.npy", "f_file": "szt12_f.npy",
        "inputs_dtype_note": "stored as int8 +-1 to keep the fixtures under 2 MB; cast to float64",
        "input_order": "row p = 0..4095; x_j = 2*((p >> j) & 1) - 1",
        "vertices": icosahedron().tolist(),
        "vertices_symbolic": ["(0,1,phi)", "(0,1,-phi)", "(0,-1,phi)", "(0,-1,-phi)",
                              "(1,phi,0)", "(1,-phi,0)", "(-1,phi,0)", "(-1,-phi,0)",
                              "(phi,0,1)", "(phi,0,-1)", "(-phi,0,1)", "(-phi,0,-1)"],
        "phi": PHI,
        "f": "sum_{i<j} x_i x_j (v_i . v_j), unnormalised vertices",
        "f_levels": [{"value": float(v), "A": int(a[i]), "B": int(b[i]), "count": int(c),
                      "count_f_ge_value": int(s)}
                     for v, i, c, s in zip(levels, first, counts, above)],
        "theta": theta, "theta_symbolic": "-2*phi", "rule": "y = 1 if f > theta else 0",
        "target_positives": target, "positives": positives,
        "achievable_positives_around_target": [int(above[best]), int(above[best - 1])],
        "p_y1": positives / 4096.0, "h_y_bits": binary_entropy_bits(positives / 4096.0),
        "original_var_u": {"positives": 2118, "p_y1": 0.51709, "h_y_bits": 0.99916},
    }
    return x, labels


def bin_cells(values, edges):
    """Cell index per entry: clip(digitize - 1, 0, len(edges) - 2); 1.0 and above -> last cell."""
    cells = np.digitize(np.asarray(values, dtype=np.float64), edges) - 1
    return np.clip(cells, 0, len(edges) - 2)


def entropy_bits_of_rows(rows):
    if rows.shape[0] == 0:
        return 0.0
    _, counts = np.unique(rows, axis=0, return_counts=True)
    p = counts / counts.sum()
    return float(-np.sum(p * np.log2(p))) + 0.0  # + 0.0 turns -0.0 into 0.0


def binning_mi(activations, labels, edges):
    cells = bin_cells(activations, edges).reshape(activations.shape[0], -1)
    h_t = entropy_bits_of_rows(cells)
    h_t_given_y = 0.0
    for value in np.unique(labels):
        mask = labels == value
        h_t_given_y += mask.mean() * entropy_bits_of_rows(cells[mask])
    n_symbols = np.unique(cells, axis=0).shape[0]
    return {"i_xt_bits": h_t, "i_ty_bits": h_t - h_t_given_y, "h_t_bits": h_t,
            "h_t_given_y_bits": h_t_given_y, "distinct_symbols": int(n_symbols)}


def make_binning(expected, x, labels):
    edges = np.linspace(-1.0, 1.0, 30)
    save("binning_edges.npy", edges)
    rng = np.random.default_rng(5000)
    w1 = rng.standard_normal((12, 5)) / np.sqrt(12.0)
    w2 = rng.standard_normal((5, 3)) / np.sqrt(5.0)
    h1 = np.tanh(x @ w1)
    h2 = np.tanh(h1 @ w2)
    layer5 = h1.astype(np.float32)
    layer3 = h2.astype(np.float32)
    save("binning_w1.npy", w1)
    save("binning_w2.npy", w2)
    save("binning_layer5.npy", layer5)
    save("binning_layer3.npy", layer3)
    cases = np.array([-2.0, -1.0 - 1e-12, -1.0, np.nextafter(-1.0, 0.0), edges[1],
                      np.nextafter(edges[1], -2.0), -0.5, 0.0, edges[15], np.nextafter(1.0, 0.0),
                      1.0, 1.0 + 1e-12, 3.0])
    save("binning_edgecases.npy", cases)
    narrow = 1e8 + np.spacing(1e8) * np.concatenate([rng.permutation(10) for _ in range(20)]).astype(np.float64)
    save("binning_narrow.npy", narrow)
    h_y = binary_entropy_bits(labels.mean())
    expected["binning"] = {
        "edges_file": "binning_edges.npy", "n_edges": 30, "n_cells": 29,
        "edges": "np.linspace(-1, 1, 30): arange(30) * (2/29) - 1, last element exactly 1.0",
        "cell_rule": "c = clip(np.digitize(a, edges) - 1, 0, 28): edges[c] <= a < edges[c+1]; "
                     "a >= 1.0 -> 28; a < -1 -> 0 (IDNNs' separate cell for 1.0 and its -1 "
                     "wrap-around for a < -1 are deliberately not reproduced)",
        "symbol": "each row of cell indices (equivalently left edges edges[c]) is one symbol",
        "labels_file": "szt12_labels.npy",
        "network": "h1 = tanh(X @ W1), h2 = tanh(h1 @ W2) in float64, X = szt12 inputs as float64;"
                   " W ~ N(0, 1/fan_in), default_rng(5000); stored as float32 and binned as "
                   "stored",
        "layers": {
            "binning_layer5.npy": binning_mi(layer5, labels, edges),
            "binning_layer3.npy": binning_mi(layer3, labels, edges),
        },
        "sanity": {
            "t_equals_x": dict(binning_mi(x, labels, edges), expected_i_ty_bits=h_y,
                               expected_i_xt_bits=12.0),
            "constant_t": binning_mi(np.zeros((4096, 3)), labels, edges),
        },
        "edgecases_file": "binning_edgecases.npy",
        "edgecases_values": cases.tolist(),
        "edgecases_cells": bin_cells(cases, edges).tolist(),
        "narrow_file": "binning_narrow.npy",
        "narrow": "200 values 1e8 + j * ulp(1e8), j in 0..9 shuffled 20 times: 29 cells over 9 ulps, "
                  "binned over their own range (edges = np.linspace(min, max, 30))",
        "narrow_cells": bin_cells(narrow, np.linspace(narrow.min(), narrow.max(), 30)).tolist(),
        "units": "bits",
    }


# ----------------------------------------------------------------------------------------------
# KDE upper bound
# ----------------------------------------------------------------------------------------------

def squared_distances(h):
    sq = np.sum(h * h, axis=1)
    return np.maximum(sq[:, None] + sq[None, :] - 2.0 * (h @ h.T), 0.0)


def kde_entropy_up(h, noise_variance):
    n, d = h.shape
    lse = logsumexp(-squared_distances(h) / (2.0 * noise_variance), axis=1) - np.log(n)
    return d / 2.0 + (d / 2.0) * np.log(2.0 * np.pi * noise_variance) - float(np.mean(lse))


def kde_bounds(h, labels, noise_variance):
    n, d = h.shape
    h_t = kde_entropy_up(h, noise_variance)
    h_noise = (d / 2.0) * (np.log(2.0 * np.pi * noise_variance) + 1.0)
    h_t_given_y = 0.0
    for value in np.unique(labels):
        mask = labels == value
        h_t_given_y += mask.mean() * kde_entropy_up(h[mask], noise_variance)
    direct = np.sum((h[:, None, :] - h[None, :, :]) ** 2, axis=-1)
    lse = logsumexp(-direct / (2.0 * noise_variance), axis=1) - np.log(n)
    return {"i_xt_up_nats": h_t - h_noise, "i_ty_up_nats": h_t - h_t_given_y,
            "h_t_up_nats": h_t, "h_t_given_y_up_nats": h_t_given_y,
            "i_xt_up_direct_differences_nats": float(-np.mean(lse))}


def make_kde(expected):
    rng = np.random.default_rng(6000)
    n = 500
    labels = rng.integers(0, 3, n).astype(np.int64)
    means = np.array([[1.0, 0.0, -0.5], [-0.8, 0.9, 0.2], [0.1, -1.0, 0.8]])
    a = np.tanh(means[labels] + 0.35 * rng.standard_normal((n, 3)))
    b = np.tanh(0.3 * labels[:, None] + 0.8 * rng.standard_normal((n, 3)))
    save("kde_a.npy", a)
    save("kde_b.npy", b)
    save("kde_labels.npy", labels)
    out = {}
    for name, h in (("kde_a.npy", a), ("kde_b.npy", b)):
        out[name] = {repr(s2): kde_bounds(h, labels, s2) for s2 in (1e-3, 1e-1)}
    far = np.zeros((n, 3))
    far[:, 0] = np.arange(n, dtype=np.float64)
    expected["kde"] = {
        "labels_file": "kde_labels.npy", "arrays": out,
        "noise_variances": [1e-3, 1e-1],
        "far_apart": {"construction": "h_i = (i, 0, 0), i = 0..499, noise variance 1e-3",
                      "i_xt_up_nats": kde_bounds(far, labels, 1e-3)["i_xt_up_nats"],
                      "ln_n": float(np.log(n))},
        "squared_distances": "|h_i|^2 + |h_j|^2 - 2 h_i.h_j clamped at 0; "
                             "i_xt_up_direct_differences_nats uses (h_i - h_j)^2 instead",
        "units": "nats",
    }


# ----------------------------------------------------------------------------------------------
# Matrix-based Renyi and CS-QMI
# ----------------------------------------------------------------------------------------------

def gaussian_gram(v, sigma):
    d2 = np.sum((v[:, None, :] - v[None, :, :]) ** 2, axis=-1)
    return np.exp(-d2 / (2.0 * sigma * sigma))


def renyi_entropy_bits(a, alpha):
    lam = np.clip(np.linalg.eigvalsh(a), 0.0, None)
    return float(np.log2(np.sum(lam ** alpha)) / (1.0 - alpha))


def renyi_mi(kx, ky, alpha):
    ax = kx / np.trace(kx)
    ay = ky / np.trace(ky)
    axy = ax * ay
    axy /= np.trace(axy)
    sx, sy, sxy = (renyi_entropy_bits(ax, alpha), renyi_entropy_bits(ay, alpha),
                   renyi_entropy_bits(axy, alpha))
    return {"s_x_bits": sx, "s_y_bits": sy, "s_xy_bits": sxy, "i_bits": sx + sy - sxy}


def cs_qmi_bits(kx, ky):
    n = kx.shape[0]
    joint = np.sum(kx * ky) / n ** 2
    marginals = kx.sum() * ky.sum() / n ** 4
    cross = float(kx.sum(axis=1) @ ky.sum(axis=1)) / n ** 3
    return float(np.log2(joint * marginals / cross ** 2))


def make_renyi(expected):
    rng = np.random.default_rng(7000)
    n = 200
    x = rng.standard_normal((n, 2))
    y = (np.sin(1.5 * x[:, 0]) + 0.5 * x[:, 1] ** 2 + 0.2 * rng.standard_normal(n)).reshape(n, 1)
    save("renyi_x.npy", x)
    save("renyi_y.npy", y)
    silverman = {"x": 1.06 * float(np.std(x)) * n ** (-0.2),
                 "y": 1.06 * float(np.std(y)) * n ** (-0.2)}
    out = {}
    for tag, sx, sy in (("sigma_1", 1.0, 1.0), ("silverman", silverman["x"], silverman["y"])):
        kx, ky = gaussian_gram(x, sx), gaussian_gram(y, sy)
        out[tag] = {"sigma_x": sx, "sigma_y": sy,
                    "alpha": {repr(al): renyi_mi(kx, ky, al) for al in (1.01, 2.0)}}
        # alpha = 2 cross-check without eigen-decomposition: sum lambda^2 = |A|_F^2.
        ax = kx / np.trace(kx)
        out[tag]["s2_x_frobenius_bits"] = float(-np.log2(np.sum(ax * ax)))
    kx, ky = gaussian_gram(x, 1.0), gaussian_gram(y, 1.0)
    expected["renyi"] = {
        "x_file": "renyi_x.npy", "y_file": "renyi_y.npy", "n": n,
        "kernel": "exp(-|a - b|^2 / (2 sigma^2)), squared distances from direct differences",
        "normalisation": "A = K / trace(K); joint = A_x o A_y / trace(A_x o A_y)",
        "entropy": "S_alpha = log2(sum lambda^alpha) / (1 - alpha), eigvalsh, eigenvalues "
                   "clipped at 0 (not abs)",
        "silverman": "sigma = 1.06 * np.std(all entries of the variable, ddof=0) * N^(-1/5)",
        "cases": out,
        "cs_qmi_sigma_1_bits": cs_qmi_bits(kx, ky),
        "cs_qmi": "log2[ (sum Kx o Ky / N^2) (sum Kx sum Ky / N^4) / ((1' Kx Ky 1) / N^3)^2 ]",
        "units": "bits",
    }


def main():
    os.makedirs(OUT, exist_ok=True)
    expected = {
        "generator": "tests/data/generate_mi_fixtures.py",
        "versions": {"numpy": np.__version__, "scipy": scipy.__version__,
                     "sklearn": sklearn.__version__},
    }
    make_gaussian_pairs(expected)
    make_multivariate_gaussian(expected)
    make_ksg(expected)
    make_ksg_searches(expected)
    make_mixed(expected)
    make_discrete(expected)
    x, labels = make_szt12(expected)
    make_binning(expected, x, labels)
    make_kde(expected)
    make_renyi(expected)
    with open(os.path.join(OUT, "expected.json"), "w") as out:
        json.dump(expected, out, indent=1, sort_keys=True)
        out.write("\n")


if __name__ == "__main__":
    main()

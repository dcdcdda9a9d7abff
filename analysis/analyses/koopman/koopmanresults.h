#pragma once

#include "analyses/koopman/dmd.h"
#include "results/eigenvalueresult.h"
#include "results/pointsetresult.h"
#include "results/seriesresult.h"
#include "results/tableresult.h"

#include <Eigen/Core>

#include <complex>
#include <string>
#include <vector>

namespace core {

/// One row per eigenvalue: λ, |λ|, the amplitude |b| (if given), ω = log(λ)/Δt (principal branch),
/// growth rate Re ω, frequency Im ω / 2π and period 1 / |frequency|.
TableResult eigenvalueTable(const Eigen::VectorXcd &lambda, const Eigen::VectorXcd &amplitudes, double dt);

/// λ in the complex plane with the unit circle; marker area by |b| when amplitudes are given.
EigenvalueResult eigenvaluePlane(const std::string &title, const Eigen::VectorXcd &lambda, const Eigen::VectorXcd &amplitudes);

/// The trajectories in 3-D as polylines coloured by time: the states themselves for n ≤ 3 (padded
/// with 0), else their first three principal components; at most 200 000 points (evenly thinned).
/// `columns`, if given, receives each point's snapshot column.
PointSetResult trajectoryManifold(const SnapshotSet &snapshots, const std::string &title,
                                  std::vector<Eigen::Index> *columns = nullptr);

/// The largest continuous eigenvalue ω = log(λ)/Δt matching each known one (the oscillator's, the
/// slow manifold's), with the difference: the claim tables of the examples and the tests.
TableResult knownEigenvalueTable(const std::vector<std::complex<double>> &known, const Eigen::VectorXcd &lambda, double dt);

/// Per eigenvalue (the first `count`): the mode's modulus over the states, and b_k λ_k^t over the
/// snapshots' times (real part); groups "modes" and "evolution", one plot each with a chooser.
std::vector<SeriesResult> modeSeries(const Eigen::MatrixXcd &modes, const Eigen::VectorXcd &lambda,
                                     const Eigen::VectorXcd &amplitudes, double dt, Eigen::Index times, int count,
                                     const std::vector<std::string> &stateNames);

} // namespace core

#include "analyses/koopman/koopmanresults.h"

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <cmath>
#include <limits>

namespace core {

namespace {

std::complex<double> continuous(std::complex<double> lambda, double dt)
{
    return std::log(lambda) / dt;
}

} // namespace

TableResult eigenvalueTable(const Eigen::VectorXcd &lambda, const Eigen::VectorXcd &amplitudes, double dt)
{
    TableResult table;
    table.id = "eigenvalues";
    table.title = "Eigenvalues (ω = log(λ)/Δt; growth rate Re ω, frequency Im ω / 2π)";
    table.columns = {"k", "Re λ", "Im λ", "|λ|", "|b|", "growth rate", "Im ω", "frequency", "period"};
    for (Eigen::Index k = 0; k < lambda.size(); ++k) {
        const std::complex<double> omega = continuous(lambda[k], dt);
        const double frequency = omega.imag() / (2.0 * M_PI);
        table.rows.push_back({std::int64_t(k + 1), lambda[k].real(), lambda[k].imag(), std::abs(lambda[k]),
                              k < amplitudes.size() ? std::abs(amplitudes[k]) : std::nan(""), omega.real(), omega.imag(),
                              frequency,
                              frequency != 0 ? 1.0 / std::abs(frequency) : std::numeric_limits<double>::infinity()});
    }
    return table;
}

EigenvalueResult eigenvaluePlane(const std::string &title, const Eigen::VectorXcd &lambda, const Eigen::VectorXcd &amplitudes)
{
    EigenvalueResult plane;
    plane.id = "eigenvalue-plane";
    plane.title = title;
    for (Eigen::Index k = 0; k < lambda.size(); ++k) {
        plane.values.push_back(lambda[k]);
        if (amplitudes.size() == lambda.size())
            plane.weights.push_back(std::abs(amplitudes[k]));
    }
    return plane;
}

PointSetResult trajectoryManifold(const SnapshotSet &snapshots, const std::string &title, std::vector<Eigen::Index> *columns)
{
    const Eigen::Map<const Eigen::MatrixXd> z = snapshots.states();
    PointSetResult points;
    points.id = "manifold";
    points.title = title;
    points.scalarLabel = "time";
    Eigen::MatrixXd axes; // n × 3 projection
    const Eigen::Index n = z.rows();
    Eigen::VectorXd mean = Eigen::VectorXd::Zero(n);
    if (n <= 3) {
        axes = Eigen::MatrixXd::Identity(n, 3);
        for (Eigen::Index i = 0; i < 3; ++i)
            points.axisLabels[std::size_t(i)] = i < n ? (std::size_t(i) < snapshots.stateNames.size()
                                                             ? snapshots.stateNames[std::size_t(i)]
                                                             : "x" + std::to_string(i + 1))
                                                      : "0";
    } else {
        // Principal axes from the n × n covariance of at most 20 000 evenly spaced snapshots: enough
        // for a picture, and no centred copy of a large set.
        const Eigen::Index step = std::max<Eigen::Index>(1, (z.cols() + 19'999) / 20'000);
        const Eigen::Index used = (z.cols() + step - 1) / step;
        Eigen::MatrixXd sample(n, used);
        for (Eigen::Index k = 0; k < used; ++k)
            sample.col(k) = z.col(k * step);
        mean = sample.rowwise().mean();
        sample.colwise() -= mean;
        const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(sample * sample.transpose());
        axes = eigen.eigenvectors().rightCols(3).rowwise().reverse();
        points.axisLabels = {"PC 1", "PC 2", "PC 3"};
    }
    const Eigen::Index total = z.cols();
    const Eigen::Index stride = std::max<Eigen::Index>(1, (total + 199'999) / 200'000);
    for (std::size_t j = 0; j < snapshots.starts().size(); ++j) {
        points.lineStarts.push_back(points.points.size());
        for (Eigen::Index k = snapshots.starts()[j]; k < snapshots.end(j); k += stride) {
            const Eigen::Vector3d p = axes.transpose() * (z.col(k) - mean);
            points.points.push_back({p[0], p[1], p[2]});
            points.scalars.push_back(double(k - snapshots.starts()[j]) * snapshots.dt());
            if (columns)
                columns->push_back(k);
        }
    }
    return points;
}

TableResult knownEigenvalueTable(const std::vector<std::complex<double>> &known, const Eigen::VectorXcd &lambda, double dt)
{
    TableResult table;
    table.id = "known-eigenvalues";
    table.title = "Continuous eigenvalues against the analytic ones";
    table.columns = {"analytic Re", "analytic Im", "fitted Re", "fitted Im", "|difference|"};
    for (const std::complex<double> &value : known) {
        double best = std::numeric_limits<double>::infinity();
        std::complex<double> match;
        for (Eigen::Index k = 0; k < lambda.size(); ++k) {
            const std::complex<double> omega = continuous(lambda[k], dt);
            if (std::abs(omega - value) < best) {
                best = std::abs(omega - value);
                match = omega;
            }
        }
        table.rows.push_back({value.real(), value.imag(), match.real(), match.imag(), best});
    }
    return table;
}

std::vector<SeriesResult> modeSeries(const Eigen::MatrixXcd &modes, const Eigen::VectorXcd &lambda,
                                     const Eigen::VectorXcd &amplitudes, double dt, Eigen::Index times, int count,
                                     const std::vector<std::string> &stateNames)
{
    std::vector<SeriesResult> plots;
    const int shown = std::min<int>(count, int(lambda.size()));
    const Eigen::Index samples = std::min<Eigen::Index>(times, 2000);
    for (int k = 0; k < shown; ++k) {
        SeriesResult mode;
        mode.id = "mode-" + std::to_string(k + 1);
        mode.title = "Mode " + std::to_string(k + 1) + ": |φ| and Re φ per state";
        mode.xLabel = stateNames.empty() || Eigen::Index(stateNames.size()) != modes.rows() ? "state index" : "state";
        mode.yLabel = "mode";
        mode.style = modes.rows() > 60 ? SeriesResult::Style::Line : SeriesResult::Style::Scatter;
        mode.group = "modes";
        Series modulus{"|φ|", {}, {}}, real{"Re φ", {}, {}};
        for (Eigen::Index i = 0; i < modes.rows(); ++i) {
            modulus.x.push_back(double(i));
            modulus.y.push_back(std::abs(modes(i, k)));
            real.x.push_back(double(i));
            real.y.push_back(modes(i, k).real());
        }
        mode.series = {modulus, real};
        plots.push_back(std::move(mode));
    }
    for (int k = 0; k < shown; ++k) {
        SeriesResult evolution;
        evolution.id = "evolution-" + std::to_string(k + 1);
        evolution.title = "Mode " + std::to_string(k + 1) + " over time: Re(b λ^(t/Δt))";
        evolution.xLabel = "time";
        evolution.yLabel = "Re(b λ^(t/Δt))";
        evolution.group = "evolution";
        Series s{"mode " + std::to_string(k + 1), {}, {}};
        const std::complex<double> b = k < amplitudes.size() ? amplitudes[k] : 1.0;
        for (Eigen::Index i = 0; i < samples; ++i) {
            const double step = double(i) * double(times - 1) / double(std::max<Eigen::Index>(1, samples - 1));
            s.x.push_back(step * dt);
            s.y.push_back((b * std::pow(lambda[k], step)).real());
        }
        evolution.series = {s};
        plots.push_back(std::move(evolution));
    }
    return plots;
}

} // namespace core

#include "analyses/koopman/dmd.h"

#include "analyses/koopman/sortedeigen.h"

#include "errors/analysiserror.h"
#include "numerics/snapshotproducts.h"
#include "numerics/symmetriceigen.h"

#include <Eigen/QR>
#include <Eigen/SVD>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>
#include <utility>

namespace core {

SnapshotSet::SnapshotSet(Eigen::MatrixXd states, std::vector<Eigen::Index> starts, double dt)
    : m_starts(std::move(starts))
    , m_dt(dt)
{
    auto owned = std::make_shared<const Eigen::MatrixXd>(std::move(states));
    m_data = owned->data();
    m_rows = owned->rows();
    m_cols = owned->cols();
    m_owner = std::move(owned);
}

std::vector<Eigen::Index> SnapshotSet::pairStarts() const
{
    std::vector<Eigen::Index> columns;
    for (std::size_t j = 0; j < m_starts.size(); ++j)
        for (Eigen::Index k = m_starts[j]; k + 1 < end(j); ++k)
            columns.push_back(k);
    return columns;
}

SnapshotSet::SnapshotSet(std::shared_ptr<const void> owner, const double *storage, Eigen::Index n, Eigen::Index m,
                         std::vector<Eigen::Index> starts, double dt)
    : m_owner(std::move(owner))
    , m_data(storage)
    , m_rows(n)
    , m_cols(m)
    , m_starts(std::move(starts))
    , m_dt(dt)
{
}

int dmdRank(const Eigen::Ref<const Eigen::VectorXd> &sigma, Eigen::Index n, Eigen::Index m, const DmdRank &rule,
            double *threshold, std::string *note, std::vector<std::string> *warnings)
{
    const int available = int(sigma.size());
    *threshold = 0.0;
    const double tiny = sigma.size() ? sigma[0] * 1e-13 * double(std::max(n, m)) : 0.0;
    int numerical = 0;
    while (numerical < available && sigma[numerical] > tiny)
        ++numerical;
    switch (rule.rule) {
    case DmdRank::Rule::Fixed:
        if (rule.rank < 1)
            throw AnalysisError("a fixed rank must be at least 1");
        if (rule.rank > available)
            throw AnalysisError("rank " + std::to_string(rule.rank) + " is larger than possible: " + std::to_string(n)
                                + " states and " + std::to_string(m) + " snapshot pairs allow at most "
                                + std::to_string(available));
        *note = "fixed";
        if (rule.rank > numerical)
            warnings->push_back("rank " + std::to_string(rule.rank) + " keeps singular values that are numerically 0 "
                                "(the data have rank " + std::to_string(numerical) + "): spurious eigenvalues follow");
        return rule.rank;
    case DmdRank::Rule::Full:
        *note = "all non-zero singular values (σ > 1e-13 · σ₁ · max(n, m))";
        return std::max(numerical, 1);
    case DmdRank::Rule::Energy: {
        const double total = sigma.squaredNorm();
        double sum = 0;
        for (int r = 0; r < available; ++r) {
            sum += sigma[r] * sigma[r];
            if (sum >= rule.energy * total) {
                *note = "energy ≥ " + std::to_string(rule.energy).substr(0, 6);
                return r + 1;
            }
        }
        *note = "energy (all)";
        return available;
    }
    case DmdRank::Rule::Optimal: {
        // Gavish & Donoho (2014), unknown noise level: τ = ω(β) · median(σ). It models a large noisy
        // matrix; with a handful of singular values (a 2- or 3-state system) the median is signal.
        if (available < 8) {
            *note = "every non-zero singular value (the optimal threshold needs ≥ 8 of them)";
            return std::max(numerical, 1);
        }
        const double beta = double(std::min(n, m)) / double(std::max(n, m));
        const double omega = 0.56 * beta * beta * beta - 0.95 * beta * beta + 1.82 * beta + 1.43;
        std::vector<double> sorted(sigma.data(), sigma.data() + sigma.size());
        std::sort(sorted.begin(), sorted.end());
        const std::size_t h = sorted.size() / 2;
        const double median = sorted.size() % 2 ? sorted[h] : 0.5 * (sorted[h - 1] + sorted[h]);
        *threshold = omega * median;
        int r = 0;
        while (r < available && sigma[r] > *threshold)
            ++r;
        *note = "optimal hard threshold (Gavish & Donoho 2014)";
        if (r == 0) {
            warnings->push_back("no singular value lies above the optimal threshold; rank 1 kept");
            r = 1;
        }
        return r;
    }
    }
    return 1;
}

DmdFit fitDmd(const SnapshotSet &snapshots, const DmdOptions &options, const CancelToken &cancel)
{
    const Eigen::Map<const Eigen::MatrixXd> raw = snapshots.states();
    const Eigen::Index n = raw.rows();
    if (raw.cols() < 2 || n < 1)
        throw AnalysisError("DMD needs at least 2 snapshots of at least one state; got " + std::to_string(raw.cols())
                            + " snapshots of " + std::to_string(n) + " states");
    const auto refuseNonFinite = [] {
        throw AnalysisError("the snapshots hold NaN or Inf; DMD needs finite states (clean or cut the trajectory first)");
    };
    DmdFit fit;
    fit.mean = options.subtractMean ? Eigen::VectorXd(raw.rowwise().mean()) : Eigen::VectorXd::Zero(n);
    const std::vector<Eigen::Index> columns = snapshots.pairStarts();
    const Eigen::Index m = Eigen::Index(columns.size());
    if (m < 1)
        throw AnalysisError("no trajectory has two snapshots in a row");
    // X and Y without copies for one trajectory without a mean; copies otherwise (several trajectories).
    const bool single = snapshots.starts().size() == 1 && !options.subtractMean;
    Eigen::MatrixXd xCopy, yCopy;
    if (!single) {
        xCopy.resize(n, m);
        yCopy.resize(n, m);
        for (Eigen::Index j = 0; j < m; ++j) {
            xCopy.col(j) = raw.col(columns[std::size_t(j)]) - fit.mean;
            yCopy.col(j) = raw.col(columns[std::size_t(j)] + 1) - fit.mean;
        }
    }
    const Eigen::Ref<const Eigen::MatrixXd> X = single ? Eigen::Ref<const Eigen::MatrixXd>(raw.leftCols(m))
                                                       : Eigen::Ref<const Eigen::MatrixXd>(xCopy);
    const Eigen::Ref<const Eigen::MatrixXd> Y = single ? Eigen::Ref<const Eigen::MatrixXd>(raw.middleCols(1, m))
                                                       : Eigen::Ref<const Eigen::MatrixXd>(yCopy);
    cancel.throwIfCancelled();

    Eigen::MatrixXd U, V; // U: n × k, V: m × k (k = min(n, m)) where formed
    const bool gram = double(n) * double(m) > 4e6 && n < m;
    if (!gram && !raw.allFinite())
        refuseNonFinite();
    if (gram) {
        // X Xᵀ on every core the budget allows (numerics/snapshotproducts.h); a cancel stops it within a chunk.
        Eigen::MatrixXd g = Eigen::MatrixXd::Zero(n, n);
        addGramLowerParallel(X, g, cancel);
        // Finite X ⇔ finite diagonal (NaN and ±Inf reach Σ x²): no separate pass over a large set for callers
        // that have not checked (bench_dmd). Values whose squares overflow (|x| ≳ 1e154) are refused with
        // them: the Gram route cannot hold them. Y adds each trajectory's last column.
        bool finite = g.diagonal().allFinite();
        for (std::size_t j = 0; finite && j < snapshots.starts().size(); ++j)
            finite = raw.col(snapshots.end(j) - 1).allFinite();
        if (!finite)
            refuseNonFinite();
        cancel.throwIfCancelled();
        SymmetricEigen eigen;
        try {
            eigen = symmetricEigen(g);
        } catch (const std::runtime_error &error) {
            throw AnalysisError(std::string("the eigen-decomposition of X Xᵀ failed: ") + error.what());
        }
        fit.singularValues = eigen.values.cwiseMax(0.0).cwiseSqrt();
        U = std::move(eigen.vectors);
    } else {
        const Eigen::BDCSVD<Eigen::MatrixXd> svd(X, Eigen::ComputeThinU | Eigen::ComputeThinV);
        fit.singularValues = svd.singularValues();
        U = svd.matrixU();
        V = svd.matrixV();
    }
    if (!(fit.singularValues.size() > 0 && fit.singularValues[0] > 0))
        throw AnalysisError(options.subtractMean ? "the snapshots are constant: after subtracting the mean every singular value is 0"
                                                 : "the snapshots are all 0: every singular value is 0");
    fit.rank = dmdRank(fit.singularValues, n, m, options.rank, &fit.threshold, &fit.rankNote, &fit.warnings);
    const int r = fit.rank;
    if (gram && fit.singularValues[r - 1] < 1e-7 * fit.singularValues[0])
        fit.warnings.push_back("singular values below 1e-7 · σ₁ are kept; through the Gram matrix they carry few "
                               "correct digits (choose a smaller rank)");
    fit.basis = U.leftCols(r);
    const Eigen::VectorXd sigma = fit.singularValues.head(r);
    // Y V_r Σ_r⁻¹. The Gram route has no V: Y V_r Σ_r⁻¹ = Y Xᵀ U_r Σ_r⁻², formed in one pass over X and Y.
    Eigen::MatrixXd YVS(n, r);
    if (gram) {
        YVS = laggedProjection(X, Y, fit.basis, cancel) * sigma.array().square().inverse().matrix().asDiagonal();
    } else {
        YVS = Y * V.leftCols(r) * sigma.cwiseInverse().asDiagonal();
    }
    cancel.throwIfCancelled();
    fit.reducedOperator = fit.basis.transpose() * YVS;
    const SortedEigen eigen = sortedEigen(fit.reducedOperator, "the reduced operator");
    fit.eigenvalues = eigen.values;
    const Eigen::MatrixXcd &sortedW = eigen.vectors;
    fit.modes = options.exactModes ? Eigen::MatrixXcd(YVS.cast<std::complex<double>>() * sortedW)
                                   : Eigen::MatrixXcd(fit.basis.cast<std::complex<double>>() * sortedW);
    const Eigen::VectorXcd x0 = (raw.col(0) - fit.mean).cast<std::complex<double>>();
    fit.amplitudes = fit.modes.completeOrthogonalDecomposition().solve(x0);
    return fit;
}

std::vector<double> dmdPredictionError(const DmdFit &fit, const SnapshotSet &snapshots, int horizon)
{
    std::vector<double> errors;
    const Eigen::Map<const Eigen::MatrixXd> z = snapshots.states();
    for (int h = 1; h <= horizon; ++h) {
        std::vector<Eigen::Index> starts;
        for (std::size_t j = 0; j < snapshots.starts().size(); ++j)
            for (Eigen::Index k = snapshots.starts()[j]; k + h < snapshots.end(j); ++k)
                starts.push_back(k);
        if (starts.empty()) {
            errors.push_back(std::nan(""));
            continue;
        }
        const std::size_t take = std::min<std::size_t>(256, starts.size());
        Eigen::MatrixXd a(fit.rank, Eigen::Index(take)), target(z.rows(), Eigen::Index(take));
        for (std::size_t i = 0; i < take; ++i) {
            const Eigen::Index k = starts[i * starts.size() / take];
            a.col(Eigen::Index(i)) = fit.basis.transpose() * (z.col(k) - fit.mean);
            target.col(Eigen::Index(i)) = z.col(k + h) - fit.mean;
        }
        for (int step = 0; step < h; ++step)
            a = fit.reducedOperator * a;
        const double scale = target.norm();
        errors.push_back(scale > 0 ? (target - fit.basis * a).norm() / scale : std::nan(""));
    }
    return errors;
}

SnapshotSet delayEmbedding(const SnapshotSet &snapshots, int delays)
{
    if (delays <= 1)
        return snapshots;
    const Eigen::Map<const Eigen::MatrixXd> z = snapshots.states();
    const Eigen::Index n = z.rows();
    Eigen::Index total = 0;
    for (std::size_t j = 0; j < snapshots.starts().size(); ++j) {
        const Eigen::Index length = snapshots.end(j) - snapshots.starts()[j];
        if (length - delays + 1 < 2)
            throw AnalysisError("trajectory " + std::to_string(j) + " has " + std::to_string(length) + " snapshots; "
                                + std::to_string(delays) + " delays need at least " + std::to_string(delays + 1));
        total += length - delays + 1;
    }
    Eigen::MatrixXd states(n * delays, total);
    std::vector<Eigen::Index> starts;
    Eigen::Index column = 0;
    for (std::size_t j = 0; j < snapshots.starts().size(); ++j) {
        starts.push_back(column);
        for (Eigen::Index k = snapshots.starts()[j]; k + delays <= snapshots.end(j); ++k, ++column)
            for (int d = 0; d < delays; ++d)
                states.block(d * n, column, n, 1) = z.col(k + d);
    }
    SnapshotSet out(std::move(states), std::move(starts), snapshots.dt());
    for (int d = 0; d < delays; ++d)
        for (const std::string &name : snapshots.stateNames)
            out.stateNames.push_back(name + (d ? "(t+" + std::to_string(d) + ")" : ""));
    return out;
}

} // namespace core

#include "analyses/information/ksgestimator.h"

#include "analyses/information/digammatable.h"
#include "analyses/information/gridknn2d.h"
#include "analyses/information/maxnormkdtree.h"
#include "analyses/information/maxnormscan.h"
#include "analyses/information/sortedaxis.h"
#include "errors/analysiserror.h"
#include "task/canceltoken.h"
#include "task/parallelfor.h"
#include "task/progress.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <random>

namespace core {

namespace {

/// Neighbour counts in one marginal: a sorted copy for one column, the k-d tree otherwise.
class MarginalCounter
{
public:
    explicit MarginalCounter(const Eigen::MatrixXd &values)
    {
        if (values.cols() == 1)
            m_axis = std::make_unique<SortedAxis>(values.data(), std::size_t(values.rows()));
        else
            m_tree = std::make_unique<MaxNormKdTree>(values);
    }

    /// Points j != i with |v_j - v_i| < r (strict) or <= r.
    int count(int i, double radius, bool strict) const
    {
        return m_tree ? m_tree->countWithin(i, radius, strict) : m_axis->countAround(m_axis->rank(std::size_t(i)), radius, strict);
    }

private:
    std::unique_ptr<SortedAxis> m_axis;
    std::unique_ptr<MaxNormKdTree> m_tree;
};

/// ψ(n_x + 1) + ψ(n_y + 1) (algorithm 1) or ψ(n_x) + ψ(n_y) (algorithm 2, counts at least 1).
double ksgTerm(const std::vector<double> &psi, int algorithm, int countX, int countY)
{
    if (algorithm == 1)
        return psi[std::size_t(countX + 1)] + psi[std::size_t(countY + 1)];
    return psi[std::size_t(std::max(1, countX))] + psi[std::size_t(std::max(1, countY))];
}

/// The largest |a_j − a_i| over the given rows j, per side: KSG-2's marginal extents of the neighbours.
double extent(const Eigen::MatrixXd &values, Eigen::Index i, const std::vector<int> &rows)
{
    double largest = 0.0;
    for (int j : rows)
        largest = std::max(largest, (values.row(j) - values.row(i)).cwiseAbs().maxCoeff());
    return largest;
}

/// KSG terms per sample with one dimension per side: a quantile grid for the joint neighbours,
/// sorted axes for the marginal counts, queries in the grid's cell order.
void gridTerms(const Eigen::MatrixXd &px, const Eigen::MatrixXd &py, const KsgOptions &options, const std::vector<double> &psi,
               std::vector<double> &terms, Progress &progress, const CancelToken &cancel)
{
    const int n = int(px.rows());
    std::unique_ptr<SortedAxis> axes[2];
    parallelFor(2, 1, options.threads, [&](std::int64_t axis, std::int64_t) {
        const Eigen::MatrixXd &values = axis == 0 ? px : py;
        axes[axis] = std::make_unique<SortedAxis>(values.data(), std::size_t(n));
    }, cancel);
    cancel.throwIfCancelled();
    const GridKnn2D grid(*axes[0], *axes[1]);
    const std::vector<int> &order = grid.cellOrder();
    const bool strict = options.algorithm == 1;
    parallelFor(n, 512, options.threads, [&](std::int64_t begin, std::int64_t end) {
        std::vector<int> neighbours;
        int countX = 2, countY = 2; // the previous query's counts: neighbours in cell order have similar ones
        for (int p = int(begin); p < int(end); ++p) {
            const int i = order[std::size_t(p)];
            const double epsilon = grid.kthNeighbourDistanceAt(p, options.k, strict ? nullptr : &neighbours);
            const double rx = strict ? epsilon : extent(px, i, neighbours);
            const double ry = strict ? epsilon : extent(py, i, neighbours);
            countX = axes[0]->countAround(grid.rankX(p), rx, strict, countX);
            countY = axes[1]->countAround(grid.rankY(p), ry, strict, countY);
            terms[std::size_t(i)] = ksgTerm(psi, options.algorithm, countX, countY);
        }
    }, cancel, [&](double fraction) { progress.report(fraction, "KSG neighbours"); });
}

/// KSG terms per sample with a max-norm k-d tree: best while the joint space has a few dimensions.
void treeTerms(const Eigen::MatrixXd &px, const Eigen::MatrixXd &py, const KsgOptions &options, const std::vector<double> &psi,
               std::vector<double> &terms, Progress &progress, const CancelToken &cancel)
{
    const int n = int(px.rows());
    const int dx = int(px.cols());
    Eigen::MatrixXd given(n, px.cols() + py.cols());
    given << px, py;
    // Put the samples in the order of the tree's leaves first: queries taken in that order, with
    // every per-sample array in it too, find what they touch in cache.
    const std::vector<int> order = MaxNormKdTree(given).leafOrder();
    Eigen::MatrixXd joint(n, given.cols());
    for (int p = 0; p < n; ++p)
        joint.row(p) = given.row(order[std::size_t(p)]);
    const MaxNormKdTree tree(joint);
    const Eigen::MatrixXd orderedX = joint.leftCols(dx), orderedY = joint.rightCols(joint.cols() - dx);
    const MarginalCounter xCounter(orderedX), yCounter(orderedY);
    const bool strict = options.algorithm == 1;
    parallelFor(n, 256, options.threads, [&](std::int64_t begin, std::int64_t end) {
        std::vector<int> neighbours;
        for (int i = int(begin); i < int(end); ++i) {
            const double epsilon = tree.kthNeighbourDistance(i, options.k, strict ? nullptr : &neighbours);
            const double rx = strict ? epsilon : extent(orderedX, i, neighbours);
            const double ry = strict ? epsilon : extent(orderedY, i, neighbours);
            // Back at the sample's own index: the final sum keeps its order.
            terms[std::size_t(order[std::size_t(i)])]
                = ksgTerm(psi, options.algorithm, xCounter.count(i, rx, strict), yCounter.count(i, ry, strict));
        }
    }, cancel, [&](double fraction) { progress.report(fraction, "KSG neighbours"); });
}

/// The same terms from an exhaustive vectorised scan: first every k-th neighbour distance, then
/// the marginal counts. Best in many dimensions, where trees prune little.
void scanTerms(const Eigen::MatrixXd &px, const Eigen::MatrixXd &py, const KsgOptions &options, const std::vector<double> &psi,
               std::vector<double> &terms, Progress &progress, const CancelToken &cancel)
{
    const int n = int(px.rows());
    const int k = options.k;
    const bool first = options.algorithm == 1;
    const MaxNormScan scan(px, py);
    std::vector<double> radiusX(static_cast<std::size_t>(n), 0.0), radiusY(static_cast<std::size_t>(n), 0.0);
    std::vector<int> neighbours(first ? 0 : std::size_t(n) * std::size_t(k));
    constexpr std::int64_t kQueries = 64;
    parallelFor(n, kQueries, options.threads, [&](std::int64_t begin, std::int64_t end) {
        scan.kthNeighbours(int(begin), int(end), k, radiusX.data() + begin, first ? nullptr : neighbours.data() + begin * k);
        if (first) { // ε_i / 2 = distance to the k-th neighbour in the joint space, in both marginals
            std::copy(radiusX.begin() + begin, radiusX.begin() + end, radiusY.begin() + begin);
            return;
        }
        std::vector<int> rows(static_cast<std::size_t>(k));
        for (std::int64_t i = begin; i < end; ++i) { // the extents of the k neighbours in each marginal
            std::copy_n(neighbours.begin() + i * k, k, rows.begin());
            radiusX[std::size_t(i)] = extent(px, i, rows);
            radiusY[std::size_t(i)] = extent(py, i, rows);
        }
    }, cancel, [&](double fraction) { progress.report(0.5 * fraction, "KSG neighbours"); });
    cancel.throwIfCancelled();
    std::vector<int> countX(static_cast<std::size_t>(n)), countY(static_cast<std::size_t>(n));
    parallelFor(n, kQueries, options.threads, [&](std::int64_t begin, std::int64_t end) {
        scan.countWithin(int(begin), int(end), radiusX.data() + begin, radiusY.data() + begin, first,
                         countX.data() + begin, countY.data() + begin);
        for (std::int64_t i = begin; i < end; ++i)
            terms[std::size_t(i)] = ksgTerm(psi, options.algorithm, countX[std::size_t(i)], countY[std::size_t(i)]);
    }, cancel, [&](double fraction) { progress.report(0.5 + 0.5 * fraction, "KSG marginal counts"); });
}

} // namespace

void requireFiniteDistances(const Eigen::Ref<const Eigen::MatrixXd> &values, const std::string &name)
{
    for (Eigen::Index c = 0; c < values.cols(); ++c)
        if (values.rows() > 0 && !std::isfinite(values.col(c).maxCoeff() - values.col(c).minCoeff()))
            throw AnalysisError("column " + std::to_string(c) + " of " + name
                                + " spans more than the largest double, so distances overflow; rescale it (or keep "
                                  "standardise on)");
}

Eigen::MatrixXd prepareKsgVariable(const Eigen::Ref<const Eigen::MatrixXd> &values, bool standardise, double noise,
                                   std::uint64_t seed)
{
    Eigen::MatrixXd out = values;
    if (standardise) {
        for (Eigen::Index c = 0; c < out.cols(); ++c) {
            const double mean = out.col(c).mean();
            double std = std::sqrt((out.col(c).array() - mean).square().mean());
            if (!std::isfinite(std)) { // values beyond ~1e154 overflow the squares: the same on a scaled copy
                const double scale = out.col(c).cwiseAbs().maxCoeff();
                const Eigen::ArrayXd scaled = out.col(c).array() / scale;
                std = scale * std::sqrt((scaled - scaled.mean()).square().mean());
            }
            if (std > 0.0)
                out.col(c) /= std; // scale only, as scikit-learn (the max-norm is shift-invariant anyway)
        }
    }
    if (noise > 0.0) {
        std::mt19937_64 generator(seed);
        std::normal_distribution<double> normal(0.0, noise);
        for (Eigen::Index i = 0; i < out.size(); ++i)
            out.data()[i] += normal(generator);
    }
    return out;
}

bool ksgScanPays(int dimensions, int samples)
{
    const double tenfolds = std::max(0.0, std::log10(double(std::max(samples, 1)) / 1e4));
    return dimensions >= 8.0 + 4.0 * tenfolds;
}

double ksgMutualInformation(const Eigen::Ref<const Eigen::MatrixXd> &x, const Eigen::Ref<const Eigen::MatrixXd> &y,
                            const KsgOptions &options, Progress &progress, const CancelToken &cancel)
{
    const int n = int(x.rows());
    if (y.rows() != n)
        throw AnalysisError("x has " + std::to_string(n) + " samples but y has " + std::to_string(y.rows()));
    if (options.k < 1)
        throw AnalysisError("k must be at least 1");
    if (n <= options.k)
        throw AnalysisError("KSG needs more than k = " + std::to_string(options.k) + " samples, got " + std::to_string(n));
    if (x.cols() == 0 || y.cols() == 0)
        throw AnalysisError("KSG needs at least one column on each side; x has " + std::to_string(x.cols()) + ", y has "
                            + std::to_string(y.cols()));
    if (!x.allFinite() || !y.allFinite())
        throw AnalysisError("KSG refuses NaN or infinite values; remove those samples first");
    if (options.algorithm != 1 && options.algorithm != 2)
        throw AnalysisError("KSG algorithm must be 1 or 2");

    const Eigen::MatrixXd px = prepareKsgVariable(x, options.standardise, options.noise, options.seed);
    const Eigen::MatrixXd py = prepareKsgVariable(y, options.standardise, options.noise, options.seed + 1);
    requireFiniteDistances(px, "x");
    requireFiniteDistances(py, "y");
    const int k = options.k;
    const std::vector<double> psi = digammaTable(n + 2);
    const Eigen::Index dimensions = px.cols() + py.cols();
    const bool scan = options.search == KsgSearch::Scan
                   || (options.search == KsgSearch::Automatic && ksgScanPays(int(dimensions), n));
    std::vector<double> terms(std::size_t(n), 0.0); // summed in order afterwards: same result for any thread count
    if (scan)
        scanTerms(px, py, options, psi, terms, progress, cancel);
    else if (px.cols() == 1 && py.cols() == 1)
        gridTerms(px, py, options, psi, terms, progress, cancel);
    else
        treeTerms(px, py, options, psi, terms, progress, cancel);
    cancel.throwIfCancelled();

    double total = 0.0;
    for (double value : terms)
        total += value;
    const double mean = total / n;
    if (options.algorithm == 1)
        return psi[std::size_t(k)] + psi[std::size_t(n)] - mean;
    return psi[std::size_t(k)] - 1.0 / k + psi[std::size_t(n)] - mean;
}

} // namespace core

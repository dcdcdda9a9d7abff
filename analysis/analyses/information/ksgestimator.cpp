#include "analyses/information/ksgestimator.h"

#include "analyses/information/digammatable.h"
#include "analyses/information/gridknn2d.h"
#include "analyses/information/maxnormkdtree.h"
#include "errors/analysiserror.h"
#include "task/canceltoken.h"
#include "task/progress.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <random>
#include <thread>

namespace core {

namespace {

/// Neighbour counts in one marginal: binary search for one column, the k-d tree otherwise.
class MarginalCounter
{
public:
    explicit MarginalCounter(const Eigen::MatrixXd &values)
        : m_values(values)
    {
        if (values.cols() == 1) {
            m_sorted.assign(values.data(), values.data() + values.rows());
            std::sort(m_sorted.begin(), m_sorted.end());
        } else {
            m_tree = std::make_unique<MaxNormKdTree>(values);
        }
    }

    /// Points j != i with |v_j - v_i| < r (strict) or <= r.
    int count(int i, double radius, bool strict) const
    {
        if (m_tree)
            return m_tree->countWithin(i, radius, strict);
        // The test must be |v_j − v| < r exactly as the joint search computed it: v − r rounds, so
        // search a slightly wider range and trim its ends with the exact comparison.
        const double v = m_values(i, 0);
        auto inside = [&](double other) {
            const double distance = std::abs(other - v);
            return strict ? distance < radius : distance <= radius;
        };
        const double slack = 8.0 * std::numeric_limits<double>::epsilon() * (std::abs(v) + radius);
        auto low = std::lower_bound(m_sorted.begin(), m_sorted.end(), v - radius - slack);
        auto high = std::upper_bound(m_sorted.begin(), m_sorted.end(), v + radius + slack);
        while (low < high && !inside(*low))
            ++low;
        while (high > low && !inside(*(high - 1)))
            --high;
        return int(high - low) - (inside(v) ? 1 : 0); // minus the point itself
    }

private:
    const Eigen::MatrixXd &m_values;
    std::vector<double> m_sorted;
    std::unique_ptr<MaxNormKdTree> m_tree;
};

} // namespace

Eigen::MatrixXd prepareKsgVariable(const Eigen::Ref<const Eigen::MatrixXd> &values, bool standardise, double noise,
                                   std::uint64_t seed)
{
    Eigen::MatrixXd out = values;
    if (standardise) {
        for (Eigen::Index c = 0; c < out.cols(); ++c) {
            const double mean = out.col(c).mean();
            const double std = std::sqrt((out.col(c).array() - mean).square().mean());
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
    if (!x.allFinite() || !y.allFinite())
        throw AnalysisError("KSG refuses NaN or infinite values; remove those samples first");
    if (options.algorithm != 1 && options.algorithm != 2)
        throw AnalysisError("KSG algorithm must be 1 or 2");

    const Eigen::MatrixXd px = prepareKsgVariable(x, options.standardise, options.noise, options.seed);
    const Eigen::MatrixXd py = prepareKsgVariable(y, options.standardise, options.noise, options.seed + 1);
    Eigen::MatrixXd joint(n, px.cols() + py.cols());
    joint << px, py;
    // One dimension per side: a uniform grid finds 2-D max-norm neighbours fastest; else a k-d tree.
    std::unique_ptr<MaxNormKdTree> tree;
    std::unique_ptr<GridKnn2D> grid;
    if (joint.cols() == 2)
        grid = std::make_unique<GridKnn2D>(joint);
    else
        tree = std::make_unique<MaxNormKdTree>(joint);
    auto kth = [&](int i, std::vector<int> *neighbours) {
        return grid ? grid->kthNeighbourDistance(i, options.k, neighbours) : tree->kthNeighbourDistance(i, options.k, neighbours);
    };
    const MarginalCounter xCounter(px), yCounter(py);
    const std::vector<double> psi = digammaTable(n + 2);
    const int k = options.k;
    const int dx = int(px.cols());

    const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
    const int workers = std::max(1, std::min(options.threads > 0 ? options.threads : int(hardware), n / 256 + 1));
    std::vector<double> terms(std::size_t(n), 0.0); // summed in order afterwards: same result for any thread count
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    std::atomic<bool> stop{false};
    constexpr int kBlock = 256;
    auto work = [&](int worker) {
        std::vector<int> neighbours;
        while (!stop.load(std::memory_order_relaxed)) {
            const int begin = next.fetch_add(kBlock);
            if (begin >= n)
                break;
            const int end = std::min(n, begin + kBlock);
            for (int i = begin; i < end; ++i) {
                if (options.algorithm == 1) {
                    const double epsilon = kth(i, nullptr);
                    terms[std::size_t(i)] = psi[std::size_t(xCounter.count(i, epsilon, true) + 1)]
                         + psi[std::size_t(yCounter.count(i, epsilon, true) + 1)];
                } else {
                    kth(i, &neighbours);
                    double ex = 0.0, ey = 0.0;
                    for (int j : neighbours) {
                        for (int d = 0; d < dx; ++d)
                            ex = std::max(ex, std::abs(joint(j, d) - joint(i, d)));
                        for (Eigen::Index d = dx; d < joint.cols(); ++d)
                            ey = std::max(ey, std::abs(joint(j, d) - joint(i, d)));
                    }
                    terms[std::size_t(i)] = psi[std::size_t(std::max(1, xCounter.count(i, ex, false)))]
                         + psi[std::size_t(std::max(1, yCounter.count(i, ey, false)))];
                }
            }
            const int finished = done.fetch_add(end - begin) + (end - begin);
            if (worker == 0)
                progress.report(double(finished) / n, "KSG neighbours");
            if (cancel.isCancelled())
                stop = true;
        }
    };
    std::vector<std::thread> pool;
    for (int w = 1; w < workers; ++w)
        pool.emplace_back(work, w);
    work(0);
    for (std::thread &thread : pool)
        thread.join();
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

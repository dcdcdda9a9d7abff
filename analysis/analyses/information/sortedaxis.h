#pragma once

#include <cstddef>
#include <vector>

namespace core {

/// One variable's samples sorted, with each sample's rank (its position in the sorted order), for
/// one-dimensional neighbour counts and quantile grids. Immutable; queries are thread-safe.
class SortedAxis
{
public:
    SortedAxis(const double *values, std::size_t count);

    std::size_t size() const { return m_sorted.size(); }
    const std::vector<double> &sorted() const { return m_sorted; }
    std::size_t rank(std::size_t sample) const { return m_rank[sample]; }

    /// Samples other than the one of rank `rank` within `radius` of it: |v_j − v| < radius
    /// (strict) or <= radius, with v = sorted()[rank] and the distance computed exactly as written.
    /// `expected`: a guess of the answer (e.g. the previous query's), which only makes it faster.
    int countAround(std::size_t rank, double radius, bool strict, int expected = 2) const;

private:
    /// The first position whose value is not before(value, target), searched from `from`, the
    /// answer expected about `expected` places away.
    template<typename Before>
    std::size_t firstNotBefore(std::size_t from, std::size_t expected, double target, Before before) const;

    static constexpr std::size_t kStride = 8; ///< one cache line of doubles
    std::vector<double> m_sorted;
    std::vector<double> m_sparse; ///< m_sorted[0], m_sorted[kStride], …
    std::vector<std::size_t> m_rank;
};

} // namespace core

#pragma once

#include <Eigen/Core>

#include <cstdint>
#include <vector>

namespace core {

/// A k-d tree over the rows of an (N x d) matrix under the max-norm (Chebyshev distance), the
/// metric KSG needs. nanoflann's pruning adds per-axis distances, which is only a lower bound for
/// L1/L2, so max-norm gets its own small tree: median splits on the widest axis, leaves of 16
/// points, a bounding box per node so that a node wholly inside a query ball is counted at once.
/// Immutable after construction; queries are thread-safe.
class MaxNormKdTree
{
public:
    /// Keeps a copy of the points (row-major internally).
    explicit MaxNormKdTree(const Eigen::Ref<const Eigen::MatrixXd> &points);

    int size() const { return m_count; }
    int dimension() const { return m_dimension; }

    /// Distance from point `i` to its k-th nearest other point (the point itself excluded), and the
    /// indices of those k neighbours (unordered) in `neighbours` if non-null.
    double kthNeighbourDistance(int i, int k, std::vector<int> *neighbours = nullptr) const;
    /// Number of points j != i with distance(i, j) < radius (strict) or <= radius (if !strict).
    int countWithin(int i, double radius, bool strict) const;
    /// As above for an arbitrary query point (self not excluded).
    int countWithin(const double *query, double radius, bool strict) const;
    /// Point indices leaf by leaf: queries taken in this order find the nodes they visit in cache.
    const std::vector<int> &leafOrder() const { return m_order; }

private:
    struct Node
    {
        int begin, end;        // range in m_order
        int left = -1, right = -1;
        int axis = -1;
        double split = 0.0;
    };
    int build(int begin, int end);
    const double *point(int index) const { return m_points.data() + std::size_t(index) * std::size_t(m_dimension); }

    int m_count;
    int m_dimension;
    std::vector<double> m_points;   // row-major copy
    std::vector<int> m_order;       // point indices, grouped by node
    std::vector<Node> m_nodes;
    std::vector<double> m_boxLow, m_boxHigh; // per node, m_dimension values each
};

} // namespace core

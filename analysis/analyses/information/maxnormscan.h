#pragma once

#include <Eigen/Core>

#include <cstdint>
#include <vector>

namespace core {

/// Exhaustive max-norm (Chebyshev) neighbour search and range counts over the rows of the joint
/// space [X Y], for KSG in many dimensions, where a k-d tree prunes little and its search tends to
/// O(N²) anyway. Every query meets every point, but in vector lanes: tiles of queries against
/// cache-sized blocks of points, coordinates stored dimension by dimension. Distances are computed
/// as |a − b| and their maximum, exactly as MaxNormKdTree does, so both find the same distances and
/// counts (among neighbours tied at the k-th distance, this takes the lowest indices).
/// Immutable after construction; queries are thread-safe.
class MaxNormScan
{
public:
    /// Keeps a copy of x and y (same number of rows, finite values).
    MaxNormScan(const Eigen::Ref<const Eigen::MatrixXd> &x, const Eigen::Ref<const Eigen::MatrixXd> &y);

    int size() const { return m_count; }

    /// For the queries begin … end − 1: distances[q − begin] = distance in the joint space to the
    /// k-th nearest other point; if `neighbours` is given, its k indices go to
    /// neighbours[(q − begin) * k …] (ties at the k-th distance: the lowest indices).
    void kthNeighbours(int begin, int end, int k, double *distances, int *neighbours) const;

    /// For the queries begin … end − 1: the number of other points whose distance in X alone is
    /// < radiusX[q − begin] (≤ if !strict), and likewise in Y.
    void countWithin(int begin, int end, const double *radiusX, const double *radiusY, bool strict, int *countX,
                     int *countY) const;

private:
    const double *column(int dimension) const { return m_columns.data() + std::size_t(dimension) * m_stride; }

    int m_count;
    int m_xDimension;
    int m_dimension;
    std::size_t m_stride; ///< m_count rounded up to whole vector lanes, padded with +∞
    std::vector<double> m_columns;
};

} // namespace core

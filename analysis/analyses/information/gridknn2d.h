#pragma once

#include <array>
#include <cstddef>
#include <vector>

namespace core {

class SortedAxis;

/// k-nearest neighbours under the max-norm for 2-D points (KSG with one dimension per side), on a
/// grid of about two points per cell whose columns and rows hold equal shares of the points (cut
/// at ranks, so dense regions and long tails do not crowd a few cells): a query scans rings of
/// cells around its own until no unseen cell can hold a closer point. Points are kept, and queried,
/// in cell order, so that a run of queries finds the cells it scans in cache. Immutable after
/// construction; queries are thread-safe.
class GridKnn2D
{
public:
    GridKnn2D(const SortedAxis &x, const SortedAxis &y);

    int size() const { return m_count; }
    /// The sample at each position of the cell order.
    const std::vector<int> &cellOrder() const { return m_index; }
    /// The ranks on the x and y axes of the sample at `position` (kept here in cell order, so
    /// that queries in that order read them sequentially).
    std::size_t rankX(int position) const { return m_rankX[std::size_t(position)]; }
    std::size_t rankY(int position) const { return m_rankY[std::size_t(position)]; }
    /// Max-norm distance from the point at `position` (in cell order) to its k-th nearest other
    /// point; their sample indices in `neighbours` if non-null.
    double kthNeighbourDistanceAt(int position, int k, std::vector<int> *neighbours = nullptr) const;

private:
    double lowerEdge(int cell, int axis) const; ///< −∞ for the first cell
    double upperEdge(int cell, int axis) const; ///< +∞ for the last cell

    int m_count = 0;
    int m_cells = 1;                 // per axis
    std::array<std::vector<double>, 2> m_edge; // lower edge of every cell per axis (its first value by rank)
    std::vector<int> m_start;        // m_cells² + 1 offsets into the cell-ordered arrays
    std::vector<double> m_x, m_y;    // coordinates in cell order
    std::vector<int> m_index;        // sample index in cell order
    std::vector<int> m_cellX, m_cellY; // cell of each position
    std::vector<std::size_t> m_rankX, m_rankY; // axis ranks of each position
};

} // namespace core

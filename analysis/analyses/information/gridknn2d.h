#pragma once

#include <Eigen/Core>

#include <vector>

namespace core {

/// k-nearest neighbours under the max-norm for 2-D points (KSG with one dimension per side), on a
/// uniform grid of about two points per cell: a query scans rings of cells around its own until no
/// unseen cell can hold a closer point. For a few thousand to millions of points this does several
/// times less work than a k-d tree. Immutable after construction; queries are thread-safe.
class GridKnn2D
{
public:
    explicit GridKnn2D(const Eigen::Ref<const Eigen::MatrixXd> &points); ///< N x 2

    /// Max-norm distance from point i to its k-th nearest other point; their indices in `neighbours` if non-null.
    double kthNeighbourDistance(int i, int k, std::vector<int> *neighbours = nullptr) const;

private:
    int cellOf(double value, int axis) const;

    int m_count = 0;
    int m_cells = 1;                 // per axis
    double m_low[2] = {0, 0};
    double m_size[2] = {1, 1};       // cell size per axis
    std::vector<int> m_start;        // m_cells² + 1 offsets into the sorted arrays
    std::vector<double> m_x, m_y;    // coordinates in cell order
    std::vector<int> m_index;        // original index in cell order
    std::vector<int> m_cellX, m_cellY; // cell of each original point
    Eigen::MatrixXd m_points;
};

} // namespace core

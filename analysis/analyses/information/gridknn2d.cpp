#include "analyses/information/gridknn2d.h"

#include "analyses/information/kbest.h"
#include "analyses/information/sortedaxis.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace core {

GridKnn2D::GridKnn2D(const SortedAxis &x, const SortedAxis &y)
    : m_count(int(x.size()))
{
    m_cells = std::max(1, int(std::sqrt(double(m_count) / 2.0))); // about two points per cell: fastest measured
    // Column c holds the ranks [c·N/m, (c+1)·N/m): its lower edge is the value at the first of them.
    // With ties a value may sit on both sides of an edge; the ring bounds below stay valid, as
    // every point left of a column is <= its edge and every point right of it >= the next edge.
    const std::array<const SortedAxis *, 2> axes = {&x, &y};
    for (int axis = 0; axis < 2; ++axis) {
        m_edge[axis].resize(std::size_t(m_cells));
        for (int c = 0; c < m_cells; ++c)
            m_edge[axis][std::size_t(c)] = m_count ? axes[axis]->sorted()[std::size_t(c) * std::size_t(m_count) / std::size_t(m_cells)] : 0.0;
    }
    // The column (row) of every rank: c for ranks [c·N/m, (c+1)·N/m).
    std::vector<int> cellOfRank(static_cast<std::size_t>(m_count));
    for (int c = 0; c < m_cells; ++c) {
        const std::size_t first = std::size_t(c) * std::size_t(m_count) / std::size_t(m_cells);
        const std::size_t last = std::size_t(c + 1) * std::size_t(m_count) / std::size_t(m_cells);
        std::fill(cellOfRank.begin() + std::ptrdiff_t(first), cellOfRank.begin() + std::ptrdiff_t(last), c);
    }
    std::vector<int> cellX(static_cast<std::size_t>(m_count)), cellY(static_cast<std::size_t>(m_count));
    m_start.assign(std::size_t(m_cells) * std::size_t(m_cells) + 1, 0);
    for (int i = 0; i < m_count; ++i) {
        cellX[std::size_t(i)] = cellOfRank[x.rank(std::size_t(i))];
        cellY[std::size_t(i)] = cellOfRank[y.rank(std::size_t(i))];
        ++m_start[std::size_t(cellY[std::size_t(i)]) * std::size_t(m_cells) + std::size_t(cellX[std::size_t(i)]) + 1];
    }
    for (std::size_t c = 1; c < m_start.size(); ++c)
        m_start[c] += m_start[c - 1];
    std::vector<int> fill(m_start.begin(), m_start.end() - 1);
    m_x.resize(std::size_t(m_count));
    m_y.resize(std::size_t(m_count));
    m_index.resize(std::size_t(m_count));
    m_cellX.resize(std::size_t(m_count));
    m_cellY.resize(std::size_t(m_count));
    m_rankX.resize(std::size_t(m_count));
    m_rankY.resize(std::size_t(m_count));
    for (int i = 0; i < m_count; ++i) {
        const std::size_t cell = std::size_t(cellY[std::size_t(i)]) * std::size_t(m_cells) + std::size_t(cellX[std::size_t(i)]);
        const auto at = std::size_t(fill[cell]++);
        m_rankX[at] = x.rank(std::size_t(i));
        m_rankY[at] = y.rank(std::size_t(i));
        m_x[at] = x.sorted()[m_rankX[at]];
        m_y[at] = y.sorted()[m_rankY[at]];
        m_index[at] = i;
        m_cellX[at] = cellX[std::size_t(i)];
        m_cellY[at] = cellY[std::size_t(i)];
    }
}

double GridKnn2D::lowerEdge(int cell, int axis) const
{
    return cell <= 0 ? -std::numeric_limits<double>::infinity() : m_edge[axis][std::size_t(cell)];
}

double GridKnn2D::upperEdge(int cell, int axis) const
{
    return cell >= m_cells - 1 ? std::numeric_limits<double>::infinity() : m_edge[axis][std::size_t(cell + 1)];
}

double GridKnn2D::kthNeighbourDistanceAt(int position, int k, std::vector<int> *neighbours) const
{
    const auto self = std::size_t(position);
    const double qx = m_x[self], qy = m_y[self];
    const int cx = m_cellX[self], cy = m_cellY[self];
    KBest best(k);
    // Every point outside the box of rings 0 … r − 1 lies at least this far from the query (a side
    // with no cells beyond it bounds nothing).
    auto ringDistance = [&](int ring) {
        const int steps = ring - 1;
        return std::min(std::min(qx - lowerEdge(cx - steps, 0), upperEdge(cx + steps, 0) - qx),
                        std::min(qy - lowerEdge(cy - steps, 1), upperEdge(cy + steps, 1) - qy));
    };
    // Cells xa … xb of grid row y are adjacent in memory: scan them as one run of points.
    auto scanRun = [&](int y, int xa, int xb) {
        const std::size_t row = std::size_t(y) * std::size_t(m_cells);
        const int end = m_start[row + std::size_t(xb) + 1];
        for (int p = m_start[row + std::size_t(xa)]; p < end; ++p) {
            const double distance = std::max(std::abs(m_x[std::size_t(p)] - qx), std::abs(m_y[std::size_t(p)] - qy));
            if (distance < best.bound() && p != position)
                best.offer(distance, m_index[std::size_t(p)]);
        }
    };
    for (int ring = 0; ring <= m_cells; ++ring) {
        // Once the k-th distance is within ringDistance(r), no unseen point can be closer.
        if (ring > 0 && best.full() && best.bound() <= ringDistance(ring))
            break;
        const int x0 = cx - ring, x1 = cx + ring, y0 = cy - ring, y1 = cy + ring;
        const int xa = std::max(0, x0), xb = std::min(m_cells - 1, x1);
        if (y0 >= 0)
            scanRun(y0, xa, xb);
        if (ring > 0 && y1 < m_cells)
            scanRun(y1, xa, xb);
        for (int y = std::max(0, y0 + 1); y <= std::min(m_cells - 1, y1 - 1); ++y) {
            if (x0 >= 0)
                scanRun(y, x0, x0);
            if (ring > 0 && x1 < m_cells)
                scanRun(y, x1, x1);
        }
    }
    return best.kth(neighbours);
}

} // namespace core

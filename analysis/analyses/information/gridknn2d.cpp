#include "analyses/information/gridknn2d.h"

#include "analyses/information/kbest.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace core {

GridKnn2D::GridKnn2D(const Eigen::Ref<const Eigen::MatrixXd> &points)
    : m_count(int(points.rows()))
    , m_points(points)
{
    m_cells = std::max(1, int(std::sqrt(double(m_count) / 2.0))); // about two points per cell: fastest measured
    for (int axis = 0; axis < 2; ++axis) {
        const double low = m_count ? points.col(axis).minCoeff() : 0.0;
        const double high = m_count ? points.col(axis).maxCoeff() : 1.0;
        m_low[axis] = low;
        m_size[axis] = high > low ? (high - low) / m_cells : 1.0;
    }
    m_cellX.resize(std::size_t(m_count));
    m_cellY.resize(std::size_t(m_count));
    m_start.assign(std::size_t(m_cells) * std::size_t(m_cells) + 1, 0);
    for (int i = 0; i < m_count; ++i) {
        m_cellX[std::size_t(i)] = cellOf(points(i, 0), 0);
        m_cellY[std::size_t(i)] = cellOf(points(i, 1), 1);
        ++m_start[std::size_t(m_cellY[std::size_t(i)]) * std::size_t(m_cells) + std::size_t(m_cellX[std::size_t(i)]) + 1];
    }
    for (std::size_t c = 1; c < m_start.size(); ++c)
        m_start[c] += m_start[c - 1];
    std::vector<int> fill(m_start.begin(), m_start.end() - 1);
    m_x.resize(std::size_t(m_count));
    m_y.resize(std::size_t(m_count));
    m_index.resize(std::size_t(m_count));
    for (int i = 0; i < m_count; ++i) {
        const std::size_t cell = std::size_t(m_cellY[std::size_t(i)]) * std::size_t(m_cells) + std::size_t(m_cellX[std::size_t(i)]);
        const int at = fill[cell]++;
        m_x[std::size_t(at)] = points(i, 0);
        m_y[std::size_t(at)] = points(i, 1);
        m_index[std::size_t(at)] = i;
    }
}

int GridKnn2D::cellOf(double value, int axis) const
{
    return std::clamp(int((value - m_low[axis]) / m_size[axis]), 0, m_cells - 1);
}

double GridKnn2D::kthNeighbourDistance(int i, int k, std::vector<int> *neighbours) const
{
    const double qx = m_points(i, 0), qy = m_points(i, 1);
    const int cx = m_cellX[std::size_t(i)], cy = m_cellY[std::size_t(i)];
    KBest best(k);
    // Distance from the query to the nearest edge of ring `ring` (cells |Δcell| = ring), per side.
    const double offsetLowX = qx - (m_low[0] + cx * m_size[0]), offsetHighX = m_low[0] + (cx + 1) * m_size[0] - qx;
    const double offsetLowY = qy - (m_low[1] + cy * m_size[1]), offsetHighY = m_low[1] + (cy + 1) * m_size[1] - qy;
    auto ringDistance = [&](int ring) {
        const double steps = ring - 1;
        return std::min(std::min(offsetLowX + steps * m_size[0], offsetHighX + steps * m_size[0]),
                        std::min(offsetLowY + steps * m_size[1], offsetHighY + steps * m_size[1]));
    };
    auto scanCell = [&](int x, int y) {
        const std::size_t cell = std::size_t(y) * std::size_t(m_cells) + std::size_t(x);
        for (int p = m_start[cell]; p < m_start[cell + 1]; ++p) {
            const int j = m_index[std::size_t(p)];
            if (j == i)
                continue;
            best.offer(std::max(std::abs(m_x[std::size_t(p)] - qx), std::abs(m_y[std::size_t(p)] - qy)), j);
        }
    };
    for (int ring = 0; ring <= m_cells; ++ring) {
        // Every point in ring r or beyond lies at least ringDistance(r) away: once the k-th
        // distance is within that, no unseen point can be closer.
        if (ring > 0 && best.full() && best.bound() <= ringDistance(ring))
            break;
        const int x0 = cx - ring, x1 = cx + ring, y0 = cy - ring, y1 = cy + ring;
        for (int x = std::max(0, x0); x <= std::min(m_cells - 1, x1); ++x) {
            if (y0 >= 0)
                scanCell(x, y0);
            if (ring > 0 && y1 < m_cells)
                scanCell(x, y1);
        }
        for (int y = std::max(0, y0 + 1); y <= std::min(m_cells - 1, y1 - 1); ++y) {
            if (x0 >= 0)
                scanCell(x0, y);
            if (ring > 0 && x1 < m_cells)
                scanCell(x1, y);
        }
    }
    return best.kth(neighbours);
}

} // namespace core

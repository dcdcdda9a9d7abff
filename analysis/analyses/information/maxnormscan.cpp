#include "analyses/information/maxnormscan.h"

#include "analyses/information/kbest.h"
#include "analyses/vectorised.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace core {

namespace {

// Four doubles (one AVX2 register; two SSE2 registers in the baseline build).
using Lanes = double __attribute__((vector_size(32)));
using LaneBits = std::int64_t __attribute__((vector_size(32)));
constexpr int kLanes = 4;
constexpr int kTile = 8;          ///< queries compared at once (their accumulators stay in registers)
constexpr int kBlockPoints = 1024; ///< points per block: 20 dimensions fill 160 KB, within L2

__attribute__((always_inline)) inline void loadLanes(Lanes &lanes, const double *values)
{
    std::memcpy(&lanes, values, sizeof lanes);
}

/// distance = max(distance, |point − query|) lane by lane (AND with the sign mask, then max).
__attribute__((always_inline)) inline void widen(Lanes &distance, const Lanes &point, double query)
{
    const Lanes difference = point - query;
    const Lanes magnitude = Lanes(LaneBits(difference) & std::numeric_limits<std::int64_t>::max());
    distance = distance > magnitude ? distance : magnitude;
}

/// distance[t] = max over dimensions [from, to) of |point − query t| for the kLanes points at j.
/// Always inlined, so that it is compiled for the instruction set of its multi-versioned caller.
__attribute__((always_inline)) inline void widenOver(Lanes (&distance)[kTile], const double *columns, std::size_t stride,
                                                     int j, const double *queries, int dimensions, int from, int to)
{
    for (int d = from; d < to; ++d) {
        Lanes point;
        loadLanes(point, columns + std::size_t(d) * stride + std::size_t(j));
        for (int t = 0; t < kTile; ++t)
            widen(distance[t], point, queries[t * dimensions + d]);
    }
}

/// The k + 1 nearest points of one query, the query itself included (at distance 0), ascending.
struct Nearest
{
    double *distance;
    int *index;
    int size; // k + 1

    void offer(double value, int point) { insertSorted(distance, index, size - 1, value, point); }
};

/// One tile of queries (coordinates tile-major: queries[t * dimensions + d]) against the points
/// [first, last) (multiples of kLanes): offers every point closer than a query's current bound.
INFOSCOPE_VECTORISED void nearestInBlock(const double *columns, std::size_t stride, int dimensions,
                                         const double *queries, Nearest *nearest, int first, int last)
{
    double bound[kTile];
    for (int t = 0; t < kTile; ++t)
        bound[t] = nearest[t].distance[nearest[t].size - 1];
    for (int j = first; j < last; j += kLanes) {
        Lanes distance[kTile] = {};
        widenOver(distance, columns, stride, j, queries, dimensions, 0, dimensions);
        LaneBits closer = {};
        for (int t = 0; t < kTile; ++t)
            closer |= LaneBits(distance[t] < bound[t]);
        if (!(closer[0] | closer[1] | closer[2] | closer[3]))
            continue; // the usual case once the bounds have settled
        for (int t = 0; t < kTile; ++t)
            for (int lane = 0; lane < kLanes; ++lane)
                if (distance[t][lane] < bound[t]) {
                    nearest[t].offer(distance[t][lane], j + lane);
                    bound[t] = nearest[t].distance[nearest[t].size - 1];
                }
    }
}

/// One tile of queries against the points [first, last): adds to countX/countY the points within
/// radiusX/radiusY in X (dimensions [0, xDimensions)) and Y (the rest).
template<bool Strict>
INFOSCOPE_VECTORISED void countInBlock(const double *columns, std::size_t stride, int xDimensions, int dimensions,
                                       const double *queries, const double *radiusX, const double *radiusY,
                                       LaneBits *countX, LaneBits *countY, int first, int last)
{
    for (int j = first; j < last; j += kLanes) {
        Lanes distance[kTile] = {};
        widenOver(distance, columns, stride, j, queries, dimensions, 0, xDimensions);
        for (int t = 0; t < kTile; ++t) // comparisons give −1 per lane that is inside
            countX[t] -= Strict ? LaneBits(distance[t] < radiusX[t]) : LaneBits(distance[t] <= radiusX[t]);
        for (int t = 0; t < kTile; ++t)
            distance[t] = Lanes{};
        widenOver(distance, columns, stride, j, queries, dimensions, xDimensions, dimensions);
        for (int t = 0; t < kTile; ++t)
            countY[t] -= Strict ? LaneBits(distance[t] < radiusY[t]) : LaneBits(distance[t] <= radiusY[t]);
    }
}

} // namespace

MaxNormScan::MaxNormScan(const Eigen::Ref<const Eigen::MatrixXd> &x, const Eigen::Ref<const Eigen::MatrixXd> &y)
    : m_count(int(x.rows()))
    , m_xDimension(int(x.cols()))
    , m_dimension(int(x.cols() + y.cols()))
    , m_stride((std::size_t(x.rows()) + kLanes - 1) / kLanes * kLanes)
    , m_columns(m_stride * std::size_t(m_dimension), std::numeric_limits<double>::infinity())
{
    // Padding points lie at +∞: never nearer than anything, never inside a radius.
    for (int d = 0; d < m_dimension; ++d) {
        double *out = m_columns.data() + std::size_t(d) * m_stride;
        for (int i = 0; i < m_count; ++i)
            out[i] = d < m_xDimension ? x(i, d) : y(i, d - m_xDimension);
    }
}

void MaxNormScan::kthNeighbours(int begin, int end, int k, double *distances, int *neighbours) const
{
    const int queries = end - begin;
    if (queries <= 0)
        return;
    // k + 1 nearest including the query itself: its k-th other neighbour is the (k + 1)-th overall,
    // duplicates of the query included.
    const int keep = k + 1;
    const int tiles = (queries + kTile - 1) / kTile;
    std::vector<double> nearestDistance(std::size_t(tiles) * kTile * std::size_t(keep), std::numeric_limits<double>::infinity());
    std::vector<int> nearestIndex(nearestDistance.size(), -1);
    std::vector<Nearest> nearest(std::size_t(tiles) * kTile);
    std::vector<double> coordinates(std::size_t(tiles) * kTile * std::size_t(m_dimension));
    for (int q = 0; q < tiles * kTile; ++q) {
        nearest[std::size_t(q)] = {nearestDistance.data() + std::size_t(q) * std::size_t(keep),
                                   nearestIndex.data() + std::size_t(q) * std::size_t(keep), keep};
        const int point = begin + std::min(q, queries - 1); // a short last tile repeats its last query
        for (int d = 0; d < m_dimension; ++d)
            coordinates[std::size_t(q) * std::size_t(m_dimension) + std::size_t(d)] = column(d)[point];
    }
    const int padded = int(m_stride);
    for (int first = 0; first < padded; first += kBlockPoints) {
        const int last = std::min(padded, first + kBlockPoints);
        for (int tile = 0; tile < tiles; ++tile)
            nearestInBlock(m_columns.data(), m_stride, m_dimension,
                           coordinates.data() + std::size_t(tile) * kTile * std::size_t(m_dimension),
                           nearest.data() + std::size_t(tile) * kTile, first, last);
    }
    for (int q = 0; q < queries; ++q) {
        const Nearest &found = nearest[std::size_t(q)];
        distances[q] = found.distance[k];
        if (!neighbours)
            continue;
        int *out = neighbours + std::size_t(q) * std::size_t(k);
        int written = 0;
        bool selfSkipped = false;
        for (int r = 0; r < keep && written < k; ++r) {
            if (!selfSkipped && found.index[r] == begin + q) {
                selfSkipped = true;
                continue;
            }
            out[written++] = found.index[r];
        }
    }
}

void MaxNormScan::countWithin(int begin, int end, const double *radiusX, const double *radiusY, bool strict,
                              int *countX, int *countY) const
{
    const int queries = end - begin;
    if (queries <= 0)
        return;
    const int padded = int(m_stride);
    std::vector<double> coordinates(std::size_t(kTile) * std::size_t(m_dimension));
    for (int tileStart = 0; tileStart < queries; tileStart += kTile) {
        double rx[kTile], ry[kTile];
        for (int t = 0; t < kTile; ++t) {
            const int q = std::min(tileStart + t, queries - 1);
            rx[t] = radiusX[q];
            ry[t] = radiusY[q];
            for (int d = 0; d < m_dimension; ++d)
                coordinates[std::size_t(t) * std::size_t(m_dimension) + std::size_t(d)] = column(d)[begin + q];
        }
        LaneBits cx[kTile] = {}, cy[kTile] = {};
        for (int first = 0; first < padded; first += kBlockPoints) {
            const int last = std::min(padded, first + kBlockPoints);
            if (strict)
                countInBlock<true>(m_columns.data(), m_stride, m_xDimension, m_dimension, coordinates.data(), rx, ry, cx, cy,
                                   first, last);
            else
                countInBlock<false>(m_columns.data(), m_stride, m_xDimension, m_dimension, coordinates.data(), rx, ry, cx,
                                    cy, first, last);
        }
        for (int t = 0; t < kTile && tileStart + t < queries; ++t) {
            const int q = tileStart + t;
            // The query itself is at distance 0: inside unless a strict radius is 0.
            const bool selfX = strict ? 0.0 < rx[t] : 0.0 <= rx[t];
            const bool selfY = strict ? 0.0 < ry[t] : 0.0 <= ry[t];
            countX[q] = int(cx[t][0] + cx[t][1] + cx[t][2] + cx[t][3]) - (selfX ? 1 : 0);
            countY[q] = int(cy[t][0] + cy[t][1] + cy[t][2] + cy[t][3]) - (selfY ? 1 : 0);
        }
    }
}

} // namespace core

#include "analyses/segmentation/distancetransform.h"

#include <algorithm>
#include <limits>

namespace core {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

/// One line: out[q] = min_p (f[p] + ((q − p)·step)²) over the finite f[p]; +inf if none is finite
/// (Felzenszwalb & Huttenlocher's lower envelope of parabolas).
/// `v` and `z` are scratch (n and n + 1 entries).
void envelope(const double *f, double *out, int n, double step, std::vector<int> &v, std::vector<double> &z)
{
    int k = -1;
    for (int q = 0; q < n; ++q) {
        if (f[q] == kInfinity)
            continue; // no parabola: it would never be the lowest
        const double pq = q * step;
        while (k >= 0) {
            const double pv = v[std::size_t(k)] * step;
            const double s = ((f[q] + pq * pq) - (f[v[std::size_t(k)]] + pv * pv)) / (2.0 * (pq - pv));
            if (s > z[std::size_t(k)])
                break;
            --k;
        }
        ++k;
        v[std::size_t(k)] = q;
        z[std::size_t(k)] = k == 0 ? -kInfinity : 0.0; // set properly below for k > 0
        if (k > 0) {
            const double pv = v[std::size_t(k - 1)] * step;
            z[std::size_t(k)] = ((f[q] + pq * pq) - (f[v[std::size_t(k - 1)]] + pv * pv)) / (2.0 * (pq - pv));
        }
        z[std::size_t(k + 1)] = kInfinity;
    }
    if (k < 0) {
        for (int q = 0; q < n; ++q)
            out[q] = kInfinity;
        return;
    }
    int j = 0;
    for (int q = 0; q < n; ++q) {
        const double pq = q * step;
        while (z[std::size_t(j + 1)] < pq)
            ++j;
        const double d = pq - v[std::size_t(j)] * step;
        out[q] = d * d + f[v[std::size_t(j)]];
    }
}

} // namespace

std::vector<double> squaredDistanceTransform(const BinaryMask &features, double dy, double dx)
{
    const int rows = features.rows, cols = features.cols;
    std::vector<double> grid(std::size_t(rows) * std::size_t(cols));
    // Down the columns, for a binary image, the nearest feature in the column is a plain scan: down
    // then up, rows in the outer loop so that memory is read and written in order.
    constexpr int kNone = std::numeric_limits<int>::max() / 4;
    std::vector<int> nearest(std::size_t(rows) * std::size_t(cols)), last(std::size_t(cols), -kNone);
    for (int r = 0; r < rows; ++r) {
        const std::uint8_t *line = features.values.data() + std::size_t(r) * std::size_t(cols);
        int *out = nearest.data() + std::size_t(r) * std::size_t(cols);
        for (int c = 0; c < cols; ++c) {
            if (line[c])
                last[std::size_t(c)] = r;
            out[c] = r - last[std::size_t(c)];
        }
    }
    std::fill(last.begin(), last.end(), kNone + rows);
    for (int r = rows - 1; r >= 0; --r) {
        const std::uint8_t *line = features.values.data() + std::size_t(r) * std::size_t(cols);
        int *out = nearest.data() + std::size_t(r) * std::size_t(cols);
        double *squared = grid.data() + std::size_t(r) * std::size_t(cols);
        for (int c = 0; c < cols; ++c) {
            if (line[c])
                last[std::size_t(c)] = r;
            const int d = std::min(out[c], last[std::size_t(c)] - r);
            squared[c] = d >= kNone ? kInfinity : (d * dy) * (d * dy);
        }
    }
    // Along each row: the lower envelope of the columns' parabolas.
    std::vector<int> v(std::size_t(cols) + 1);
    std::vector<double> z(std::size_t(cols) + 2);
    std::vector<double> result(static_cast<std::size_t>(cols));
    for (int r = 0; r < rows; ++r) {
        double *line = grid.data() + std::size_t(r) * std::size_t(cols);
        envelope(line, result.data(), cols, dx, v, z);
        std::copy(result.begin(), result.end(), line);
    }
    return grid;
}

} // namespace core

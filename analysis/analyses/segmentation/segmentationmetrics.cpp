#include "analyses/segmentation/segmentationmetrics.h"

#include "analyses/segmentation/distancetransform.h"
#include "errors/analysiserror.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace core {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

double ratio(double numerator, double denominator)
{
    return denominator == 0 ? 1.0 : numerator / denominator; // zero_division=1
}

/// Distances from each set pixel of `from` to the nearest set pixel of `to`, with spacing.
std::vector<double> directedDistances(const BinaryMask &from, const BinaryMask &to, double dy, double dx)
{
    const std::vector<double> squared = squaredDistanceTransform(to, dy, dx);
    std::vector<double> out;
    out.reserve(std::size_t(from.count()));
    for (std::size_t i = 0; i < from.values.size(); ++i)
        if (from.values[i])
            out.push_back(std::sqrt(squared[i]));
    return out;
}

double maximum(const std::vector<double> &values)
{
    return values.empty() ? 0.0 : *std::max_element(values.begin(), values.end());
}

double mean(const std::vector<double> &values)
{
    return values.empty() ? 0.0 : std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

} // namespace

double linearPercentile(std::vector<double> &values, double q)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const double h = q / 100.0 * double(values.size() - 1);
    const auto below = std::size_t(std::floor(h));
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(below), values.end());
    const double low = values[below];
    if (below + 1 >= values.size())
        return low;
    const double high = *std::min_element(values.begin() + std::ptrdiff_t(below) + 1, values.end());
    const double fraction = h - double(below);
    // numpy's lerp: exact at both ends, +inf stays +inf.
    return fraction == 0.0 ? low : (high == low ? low : low + fraction * (high - low));
}

BinaryMask maskBorder(const BinaryMask &mask)
{
    const int rows = mask.rows, cols = mask.cols;
    BinaryMask border = BinaryMask::zeros(rows, cols);
    for (int r = 0; r < rows; ++r) {
        const std::uint8_t *line = mask.values.data() + std::size_t(r) * std::size_t(cols);
        const std::uint8_t *up = r > 0 ? line - cols : nullptr, *down = r + 1 < rows ? line + cols : nullptr;
        std::uint8_t *out = border.values.data() + std::size_t(r) * std::size_t(cols);
        for (int c = 0; c < cols; ++c) {
            if (!line[c])
                continue;
            const bool inner = up && down && c > 0 && c + 1 < cols && up[c] && down[c] && line[c - 1] && line[c + 1];
            out[c] = inner ? 0 : 1;
        }
    }
    return border;
}

BinaryMask davisBoundary(const BinaryMask &mask)
{
    const int rows = mask.rows, cols = mask.cols;
    BinaryMask b = BinaryMask::zeros(rows, cols);
    for (int r = 0; r < rows; ++r) {
        const std::uint8_t *line = mask.values.data() + std::size_t(r) * std::size_t(cols);
        const std::uint8_t *below = r + 1 < rows ? line + cols : nullptr;
        std::uint8_t *out = b.values.data() + std::size_t(r) * std::size_t(cols);
        for (int c = 0; c < cols; ++c) {
            const bool s = line[c] != 0;
            const bool east = c + 1 < cols && line[c + 1];
            if (!below) // the last row compares with its east neighbour only (none for the corner)
                out[c] = c + 1 < cols && s != east;
            else if (c + 1 == cols) // the last column with its south neighbour only
                out[c] = s != (below[c] != 0);
            else
                out[c] = s != east || s != (below[c] != 0) || s != (below[c + 1] != 0);
        }
    }
    return b;
}

namespace {

/// The set pixels of `from` with a set pixel of `to` within `radius` (a disk: dy² + dx² ≤ r², in
/// pixels), and how many `from` has. Small tolerances look in the disk around each pixel (the DAVIS
/// tolerance is a few pixels, so that is a hundred looks for a thousand boundary pixels); large ones
/// take the distance transform of `to`, whichever is less work.
std::pair<std::int64_t, std::int64_t> matchedWithin(const BinaryMask &from, const BinaryMask &to, double radius)
{
    const int reach = int(std::floor(radius));
    std::vector<std::pair<int, int>> disk;
    for (int dy = -reach; dy <= reach; ++dy)
        for (int dx = -reach; dx <= reach; ++dx)
            if (double(dy * dy + dx * dx) <= radius * radius)
                disk.emplace_back(dy, dx);
    const std::int64_t count = from.count();
    std::int64_t matched = 0;
    if (double(count) * double(disk.size()) > 4.0 * double(from.values.size())) {
        const std::vector<double> squared = squaredDistanceTransform(to);
        for (std::size_t i = 0; i < from.values.size(); ++i)
            matched += from.values[i] && squared[i] <= radius * radius;
        return {matched, count};
    }
    for (int r = 0; r < from.rows; ++r)
        for (int c = 0; c < from.cols; ++c) {
            if (!from.at(r, c))
                continue;
            for (const auto &[dy, dx] : disk) {
                const int rr = r + dy, cc = c + dx;
                if (rr >= 0 && cc >= 0 && rr < to.rows && cc < to.cols && to.at(rr, cc)) {
                    ++matched;
                    break;
                }
            }
        }
    return {matched, count};
}

/// The rows and columns [r0, r1) × [c0, c1) of `mask`.
BinaryMask crop(const BinaryMask &mask, int r0, int r1, int c0, int c1)
{
    BinaryMask out = BinaryMask::zeros(r1 - r0, c1 - c0);
    for (int r = r0; r < r1; ++r)
        std::copy_n(mask.values.data() + std::size_t(r) * std::size_t(mask.cols) + std::size_t(c0), c1 - c0,
                    out.values.data() + std::size_t(r - r0) * std::size_t(out.cols));
    return out;
}

} // namespace

SegmentationMetrics segmentationMetrics(const BinaryMask &prediction, const BinaryMask &truth,
                                        const SegmentationOptions &options)
{
    if (prediction.rows != truth.rows || prediction.cols != truth.cols)
        throw AnalysisError("the prediction is " + std::to_string(prediction.rows) + " × " + std::to_string(prediction.cols)
                            + " pixels but the ground truth is " + std::to_string(truth.rows) + " × "
                            + std::to_string(truth.cols) + "; resize one of them (nearest neighbour) first");
    SegmentationMetrics m;
    for (std::size_t i = 0; i < truth.values.size(); ++i) {
        const bool p = prediction.values[i] != 0, g = truth.values[i] != 0;
        m.tp += p && g;
        m.fp += p && !g;
        m.fn += !p && g;
        m.tn += !p && !g;
    }
    m.precision = ratio(double(m.tp), double(m.tp + m.fp));
    m.recall = ratio(double(m.tp), double(m.tp + m.fn));
    m.dice = ratio(2.0 * double(m.tp), double(2 * m.tp + m.fp + m.fn));
    m.iou = ratio(double(m.tp), double(m.tp + m.fp + m.fn));

    // Distances and boundaries need only the box around both masks, with a pixel of margin (clamped to
    // the image, whose edge counts as outside): borders and boundaries are the same there, and the
    // nearest pixel of one mask to another lies inside it. Small lesions in large images cost little.
    int r0 = truth.rows, r1 = -1, c0 = truth.cols, c1 = -1;
    for (int r = 0; r < truth.rows; ++r) {
        const std::size_t offset = std::size_t(r) * std::size_t(truth.cols);
        for (int c = 0; c < truth.cols; ++c)
            if (prediction.values[offset + std::size_t(c)] | truth.values[offset + std::size_t(c)]) {
                r0 = std::min(r0, r);
                r1 = r;
                c0 = std::min(c0, c);
                c1 = std::max(c1, c);
            }
    }
    const bool anything = r1 >= 0;
    const BinaryMask p = anything ? crop(prediction, std::max(0, r0 - 1), std::min(truth.rows, r1 + 2), std::max(0, c0 - 1),
                                         std::min(truth.cols, c1 + 2))
                                  : BinaryMask();
    const BinaryMask g = anything ? crop(truth, std::max(0, r0 - 1), std::min(truth.rows, r1 + 2), std::max(0, c0 - 1),
                                         std::min(truth.cols, c1 + 2))
                                  : BinaryMask();

    const bool predictionEmpty = m.tp + m.fp == 0, truthEmpty = m.tp + m.fn == 0;
    if (predictionEmpty != truthEmpty) {
        // Exactly one mask is empty: no finite distance, never a 0 that rewards an empty prediction.
        m.hausdorff = m.hd95Pooled = m.hd95MaxDirected = m.assd = kInfinity;
    } else if (!predictionEmpty) {
        const bool boundary = options.distances == SegmentationOptions::DistanceSet::Boundary;
        const BinaryMask from = boundary ? maskBorder(p) : p;
        const BinaryMask to = boundary ? maskBorder(g) : g;
        std::vector<double> forward = directedDistances(from, to, options.spacingY, options.spacingX);
        std::vector<double> backward = directedDistances(to, from, options.spacingY, options.spacingX);
        m.hausdorff = std::max(maximum(forward), maximum(backward));
        m.assd = 0.5 * (mean(forward) + mean(backward));
        std::vector<double> pooled = forward;
        pooled.insert(pooled.end(), backward.begin(), backward.end());
        m.hd95Pooled = linearPercentile(pooled, 95.0);
        m.hd95MaxDirected = std::max(linearPercentile(forward, 95.0), linearPercentile(backward, 95.0));
    }

    // Boundary F-score (DAVIS): boundary pixels within the tolerance of the other mask's boundary.
    const double diagonal = std::hypot(double(truth.rows), double(truth.cols));
    m.tolerancePixels = options.boundaryTolerance < 1.0 ? std::ceil(options.boundaryTolerance * diagonal)
                                                        : options.boundaryTolerance;
    const BinaryMask predictedBoundary = davisBoundary(p), trueBoundary = davisBoundary(g);
    const auto [predictedMatched, predictedCount] = matchedWithin(predictedBoundary, trueBoundary, m.tolerancePixels);
    const auto [trueMatched, trueCount] = matchedWithin(trueBoundary, predictedBoundary, m.tolerancePixels);
    m.boundaryPrecision = ratio(double(predictedMatched), double(predictedCount));
    m.boundaryRecall = ratio(double(trueMatched), double(trueCount));
    const double sum = m.boundaryPrecision + m.boundaryRecall;
    m.boundaryF = sum == 0 ? 0.0 : 2.0 * m.boundaryPrecision * m.boundaryRecall / sum; // no boundary pixel matches
    return m;
}

} // namespace core

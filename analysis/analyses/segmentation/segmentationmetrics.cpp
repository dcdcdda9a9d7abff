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
    BinaryMask border = BinaryMask::zeros(mask.rows, mask.cols);
    for (int r = 0; r < mask.rows; ++r)
        for (int c = 0; c < mask.cols; ++c) {
            if (!mask.at(r, c))
                continue;
            const bool inner = r > 0 && r + 1 < mask.rows && c > 0 && c + 1 < mask.cols && mask.at(r - 1, c)
                               && mask.at(r + 1, c) && mask.at(r, c - 1) && mask.at(r, c + 1);
            border(r, c) = inner ? 0 : 1;
        }
    return border;
}

BinaryMask davisBoundary(const BinaryMask &mask)
{
    const int rows = mask.rows, cols = mask.cols;
    BinaryMask b = BinaryMask::zeros(rows, cols);
    const auto get = [&](int r, int c) { return r < rows && c < cols && mask.at(r, c); };
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            const bool s = get(r, c);
            bool edge;
            if (r == rows - 1 && c == cols - 1)
                edge = false;
            else if (r == rows - 1)
                edge = s != get(r, c + 1);
            else if (c == cols - 1)
                edge = s != get(r + 1, c);
            else
                edge = s != get(r, c + 1) || s != get(r + 1, c) || s != get(r + 1, c + 1);
            b(r, c) = edge ? 1 : 0;
        }
    return b;
}

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

    const bool predictionEmpty = m.tp + m.fp == 0, truthEmpty = m.tp + m.fn == 0;
    if (predictionEmpty != truthEmpty) {
        // Exactly one mask is empty: no finite distance, never a 0 that rewards an empty prediction.
        m.hausdorff = m.hd95Pooled = m.hd95MaxDirected = m.assd = kInfinity;
    } else if (!predictionEmpty) {
        const bool boundary = options.distances == SegmentationOptions::DistanceSet::Boundary;
        const BinaryMask from = boundary ? maskBorder(prediction) : prediction;
        const BinaryMask to = boundary ? maskBorder(truth) : truth;
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
    const BinaryMask predictedBoundary = davisBoundary(prediction), trueBoundary = davisBoundary(truth);
    const std::vector<double> toTrue = squaredDistanceTransform(trueBoundary);
    const std::vector<double> toPredicted = squaredDistanceTransform(predictedBoundary);
    const double reach = m.tolerancePixels * m.tolerancePixels; // a disk of that radius: x² + y² ≤ r²
    std::int64_t predictedCount = 0, trueCount = 0, predictedMatched = 0, trueMatched = 0;
    for (std::size_t i = 0; i < truth.values.size(); ++i) {
        if (predictedBoundary.values[i]) {
            ++predictedCount;
            predictedMatched += toTrue[i] <= reach;
        }
        if (trueBoundary.values[i]) {
            ++trueCount;
            trueMatched += toPredicted[i] <= reach;
        }
    }
    m.boundaryPrecision = ratio(double(predictedMatched), double(predictedCount));
    m.boundaryRecall = ratio(double(trueMatched), double(trueCount));
    const double sum = m.boundaryPrecision + m.boundaryRecall;
    m.boundaryF = sum == 0 ? 0.0 : 2.0 * m.boundaryPrecision * m.boundaryRecall / sum; // no boundary pixel matches
    return m;
}

} // namespace core

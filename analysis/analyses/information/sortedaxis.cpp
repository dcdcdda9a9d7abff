#include "analyses/information/sortedaxis.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <cmath>
#include <functional>
#include <limits>
#include <utility>

namespace core {

namespace {

/// The bits of a double as an unsigned key in the same order (negatives flipped, positives marked).
std::uint64_t orderedKey(double value)
{
    std::uint64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    return bits >> 63 ? ~bits : bits | (std::uint64_t(1) << 63);
}

} // namespace

SortedAxis::SortedAxis(const double *values, std::size_t count)
    : m_sorted(count)
    , m_rank(count)
{
    // Least-significant-digit radix sort of (key, sample) in six passes of 11 bits: for the 10⁴–10⁶
    // samples of an estimate several times faster than a comparison sort. Passes whose digit is the
    // same for every key are skipped.
    constexpr int kBits = 11, kPasses = 6;
    constexpr std::size_t kBuckets = std::size_t(1) << kBits;
    struct Entry
    {
        std::uint64_t key;
        std::size_t sample;
    };
    std::vector<Entry> entries(count), buffer(count);
    std::vector<std::size_t> histogram(kPasses * kBuckets, 0);
    for (std::size_t i = 0; i < count; ++i) {
        const std::uint64_t key = orderedKey(values[i]);
        entries[i] = {key, i};
        for (int pass = 0; pass < kPasses; ++pass)
            ++histogram[std::size_t(pass) * kBuckets + ((key >> (pass * kBits)) & (kBuckets - 1))];
    }
    for (int pass = 0; pass < kPasses; ++pass) {
        std::size_t *offsets = histogram.data() + std::size_t(pass) * kBuckets;
        if (count == 0 || std::find(offsets, offsets + kBuckets, count) != offsets + kBuckets)
            continue; // one bucket holds everything: this digit does not order anything
        std::size_t total = 0;
        for (std::size_t b = 0; b < kBuckets; ++b)
            total += std::exchange(offsets[b], total);
        for (const Entry &entry : entries)
            buffer[offsets[(entry.key >> (pass * kBits)) & (kBuckets - 1)]++] = entry;
        entries.swap(buffer);
    }
    for (std::size_t r = 0; r < count; ++r) {
        m_sorted[r] = values[entries[r].sample];
        m_rank[entries[r].sample] = r;
    }
    m_sparse.resize((count + kStride - 1) / kStride);
    for (std::size_t s = 0; s < m_sparse.size(); ++s)
        m_sparse[s] = m_sorted[s * kStride];
}

int SortedAxis::countAround(std::size_t rank, double radius, bool strict, int expected) const
{
    // The test must be |v_j − v| < r exactly as the joint search computed it: v − r rounds, so
    // search a slightly wider range and trim its ends with the exact comparison.
    const double v = m_sorted[rank];
    auto inside = [&](double other) {
        const double distance = std::abs(other - v);
        return strict ? distance < radius : distance <= radius;
    };
    const double slack = 8.0 * std::numeric_limits<double>::epsilon() * (std::abs(v) + radius);
    const std::size_t step = std::size_t(std::max(1, expected / 2)); // each side holds about half
    const double *low = m_sorted.data() + firstNotBefore(rank, step, v - radius - slack, std::less<>());
    const double *high = m_sorted.data() + firstNotBefore(rank, step, v + radius + slack, std::less_equal<>());
    while (low < high && !inside(*low))
        ++low;
    while (high > low && !inside(*(high - 1)))
        --high;
    return int(high - low) - (inside(v) ? 1 : 0); // minus the sample itself
}

namespace {

/// The first position in values[0, n) whose value is not before(value, target), values ascending —
/// std::lower_bound for <, std::upper_bound for <= — found from `from` outward in doubling steps
/// (the first `firstStep` long) and then by bisection.
template<typename Before>
std::size_t gallop(const double *values, std::size_t n, std::size_t from, std::size_t firstStep, double target, Before before)
{
    auto isBefore = [&](double value) { return before(value, target); };
    std::size_t low = 0, high = n; // the answer lies in [low, high]
    if (from < n && isBefore(values[from])) {
        low = from + 1;
        for (std::size_t step = firstStep;; step *= 2) {
            const std::size_t probe = from + step;
            if (probe >= n)
                break;
            if (!isBefore(values[probe])) {
                high = probe;
                break;
            }
            low = probe + 1;
        }
    } else {
        high = std::min(from, n);
        for (std::size_t step = firstStep; step <= high && step <= from; step *= 2) {
            const std::size_t probe = from - step;
            if (isBefore(values[probe])) {
                low = probe + 1;
                break;
            }
            high = probe;
        }
    }
    return std::size_t(std::partition_point(values + low, values + high, isBefore) - values);
}

} // namespace

template<typename Before>
std::size_t SortedAxis::firstNotBefore(std::size_t from, std::size_t expected, double target, Before before) const
{
    // Search the sparse copy (every kStride-th value, small enough to stay in cache) first; the
    // answer then lies within one stride of the full array: one or two cache lines.
    const std::size_t n = m_sorted.size();
    const std::size_t coarse = gallop(m_sparse.data(), m_sparse.size(), from / kStride,
                                      std::max<std::size_t>(1, expected / kStride), target, before);
    if (coarse == 0)
        return 0;
    const std::size_t low = (coarse - 1) * kStride + 1, high = std::min(coarse * kStride, n);
    return std::size_t(std::partition_point(m_sorted.data() + low, m_sorted.data() + high,
                                            [&](double value) { return before(value, target); })
                       - m_sorted.data());
}

} // namespace core

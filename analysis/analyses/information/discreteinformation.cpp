#include "analyses/information/discreteinformation.h"

#include "errors/analysiserror.h"

#include <algorithm>
#include <cmath>

namespace core {

namespace {

DiscreteEntropy entropyOfSorted(const std::vector<std::uint64_t> &sorted)
{
    DiscreteEntropy h;
    const double n = double(sorted.size());
    for (std::size_t i = 0; i < sorted.size();) {
        std::size_t j = i;
        while (j < sorted.size() && sorted[j] == sorted[i])
            ++j;
        const double p = double(j - i) / n;
        h.plugin -= p * std::log(p);
        ++h.observedSymbols;
        i = j;
    }
    h.millerMadow = h.plugin + double(h.observedSymbols - 1) / (2.0 * n);
    return h;
}

} // namespace

namespace {

/// Counts distinct keys (one or two 64-bit words) with open addressing and returns
/// H = ln N − (1/N) Σ c ln c. For the few thousand samples of a layer this is several times
/// faster than sorting.
template<bool Pair>
double hashedEntropy(const std::uint64_t *a, const std::uint64_t *b, std::size_t n)
{
    if (n == 0)
        return 0.0;
    struct Slot
    {
        std::uint64_t a, b;
        std::uint32_t count;
    };
    // One table per thread, reused: only the slots a call touched are reset afterwards, so the
    // many small entropies of an information plane do not pay for allocating and zeroing it.
    thread_local std::vector<Slot> table;
    thread_local std::vector<std::size_t> touched;
    std::size_t capacity = 16;
    while (capacity < 2 * n)
        capacity <<= 1;
    if (table.size() < capacity)
        table.assign(capacity, Slot{0, 0, 0});
    touched.clear();
    const std::size_t mask = capacity - 1;
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t ka = a[i], kb = Pair ? b[i] : 0;
        std::uint64_t h = (ka ^ (kb * 0x9e3779b97f4a7c15ull)) * 0xff51afd7ed558ccdull;
        h ^= h >> 33;
        for (std::size_t slot = std::size_t(h) & mask;; slot = (slot + 1) & mask) {
            Slot &entry = table[slot];
            if (entry.count == 0) {
                entry = {ka, kb, 1};
                touched.push_back(slot);
                break;
            }
            if (entry.a == ka && entry.b == kb) {
                ++entry.count;
                break;
            }
        }
    }
    double sum = 0.0;
    for (std::size_t slot : touched) {
        const std::uint32_t count = table[slot].count;
        if (count > 1)
            sum += count * std::log(double(count));
        table[slot].count = 0;
    }
    return std::log(double(n)) - sum / double(n);
}

} // namespace

double entropyOfCodes(const std::vector<std::uint64_t> &codes)
{
    return hashedEntropy<false>(codes.data(), nullptr, codes.size());
}

double jointEntropyOfCodes(const std::vector<std::uint64_t> &a, const std::vector<std::uint64_t> &b)
{
    return hashedEntropy<true>(a.data(), b.data(), std::min(a.size(), b.size()));
}

DiscreteEntropy discreteEntropy(const std::vector<std::int64_t> &symbols)
{
    std::vector<std::uint64_t> codes(symbols.begin(), symbols.end());
    std::sort(codes.begin(), codes.end());
    return entropyOfSorted(codes);
}

DiscreteEntropy jointEntropy(const std::vector<std::int64_t> &a, const std::vector<std::int64_t> &b)
{
    // Rank-compress b so that (rank(a), rank(b)) packs into 64 bits without collisions.
    std::vector<std::int64_t> values(b);
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    std::vector<std::int64_t> aValues(a);
    std::sort(aValues.begin(), aValues.end());
    aValues.erase(std::unique(aValues.begin(), aValues.end()), aValues.end());
    std::vector<std::uint64_t> codes(a.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto ra = std::uint64_t(std::lower_bound(aValues.begin(), aValues.end(), a[i]) - aValues.begin());
        const auto rb = std::uint64_t(std::lower_bound(values.begin(), values.end(), b[i]) - values.begin());
        codes[i] = ra * std::uint64_t(values.size()) + rb;
    }
    std::sort(codes.begin(), codes.end());
    return entropyOfSorted(codes);
}

DiscreteMutualInformation discreteMutualInformation(const std::vector<std::int64_t> &x, const std::vector<std::int64_t> &y)
{
    if (x.size() != y.size())
        throw AnalysisError("x has " + std::to_string(x.size()) + " samples but y has " + std::to_string(y.size()));
    if (x.empty())
        throw AnalysisError("no samples");
    DiscreteMutualInformation mi;
    mi.hx = discreteEntropy(x);
    mi.hy = discreteEntropy(y);
    mi.hxy = jointEntropy(x, y);
    mi.plugin = mi.hx.plugin + mi.hy.plugin - mi.hxy.plugin;
    mi.millerMadow = mi.hx.millerMadow + mi.hy.millerMadow - mi.hxy.millerMadow;
    return mi;
}

} // namespace core

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

double entropyOfCodes(std::vector<std::uint64_t> codes)
{
    std::sort(codes.begin(), codes.end());
    return entropyOfSorted(codes).plugin;
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

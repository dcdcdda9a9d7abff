#include "analyses/information/codedlabels.h"

#include "analyses/information/discreteinformation.h"

#include <algorithm>
#include <cmath>

namespace core {

namespace {

/// Σ c ln c over the non-zero counts.
double countTerm(const std::vector<std::uint32_t> &counts)
{
    double sum = 0.0;
    for (std::uint32_t c : counts)
        if (c > 1)
            sum += c * std::log(double(c));
    return sum;
}

} // namespace

CodedLabels::CodedLabels(const std::vector<std::int64_t> &labels)
    : m_codes(labels.size())
{
    std::vector<std::int64_t> values(labels);
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    m_classes = int(values.size());
    std::vector<std::uint32_t> counts(values.size(), 0);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const auto code = std::uint32_t(std::lower_bound(values.begin(), values.end(), labels[i]) - values.begin());
        m_codes[i] = code;
        ++counts[code];
    }
    if (!labels.empty())
        m_entropy = std::log(double(labels.size())) - countTerm(counts) / double(labels.size());
}

SymbolEntropies entropiesWithLabels(const std::vector<std::uint64_t> &t, const CodedLabels &y)
{
    const std::size_t n = std::min(t.size(), y.size());
    SymbolEntropies result;
    if (n == 0)
        return result;
    // Give every distinct symbol a dense id in one hashing pass; the joint counts are then a plain
    // (symbols x classes) table, so H(T) and H(T, Y) cost one hash lookup per sample instead of two.
    // The table is per thread and reused: only the slots a call filled are cleared afterwards.
    struct Slot
    {
        std::uint64_t key;
        std::int32_t id; // −1: empty
    };
    thread_local std::vector<Slot> table;
    thread_local std::vector<std::uint32_t> ids, marginal;
    thread_local std::vector<std::size_t> used;
    std::size_t capacity = 16;
    while (capacity < 2 * n)
        capacity <<= 1;
    if (table.size() < capacity)
        table.assign(capacity, Slot{0, -1});
    const std::size_t mask = capacity - 1;
    ids.resize(n);
    used.clear();
    marginal.clear();
    used.reserve(n); // no allocation below, so nothing can leave filled slots behind
    marginal.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t key = t[i];
        std::uint64_t h = key * 0xff51afd7ed558ccdull;
        h ^= h >> 33;
        std::size_t slot = std::size_t(h) & mask;
        while (table[slot].id >= 0 && table[slot].key != key)
            slot = (slot + 1) & mask;
        if (table[slot].id < 0) {
            table[slot] = {key, std::int32_t(marginal.size())};
            marginal.push_back(0);
            used.push_back(slot);
        }
        const auto id = std::uint32_t(table[slot].id);
        ++marginal[id];
        ids[i] = id;
    }
    for (std::size_t slot : used)
        table[slot].id = -1;
    const std::size_t symbols = marginal.size();
    const auto classes = std::size_t(std::max(1, y.classes()));
    result.marginal = std::log(double(n)) - countTerm(marginal) / double(n);
    if (symbols * classes <= 8 * n + 1024) {
        std::vector<std::uint32_t> joint(symbols * classes, 0);
        const std::vector<std::uint32_t> &labels = y.codes();
        for (std::size_t i = 0; i < n; ++i)
            ++joint[std::size_t(ids[i]) * classes + labels[i]];
        result.joint = std::log(double(n)) - countTerm(joint) / double(n);
    } else { // many symbols and many classes: count the pairs in a hash table instead
        const std::vector<std::uint64_t> a(ids.begin(), ids.begin() + std::ptrdiff_t(n));
        const std::vector<std::uint64_t> b(y.codes().begin(), y.codes().begin() + std::ptrdiff_t(n));
        result.joint = jointEntropyOfCodes(a, b);
    }
    return result;
}

} // namespace core

#pragma once

#include <cstdint>
#include <vector>

namespace core {

/// Plug-in and Miller–Madow entropies and mutual information of discrete symbols, in nats.
/// Miller–Madow adds (m − 1) / (2N) to each entropy, m = number of observed symbols.
struct DiscreteEntropy
{
    double plugin = 0.0;
    double millerMadow = 0.0;
    std::int64_t observedSymbols = 0;
};

DiscreteEntropy discreteEntropy(const std::vector<std::int64_t> &symbols);
/// Entropy of the pair (a_i, b_i).
DiscreteEntropy jointEntropy(const std::vector<std::int64_t> &a, const std::vector<std::int64_t> &b);

struct DiscreteMutualInformation
{
    double plugin = 0.0;      ///< H(X) + H(Y) − H(X,Y), plug-in
    double millerMadow = 0.0; ///< the same with Miller–Madow entropies
    DiscreteEntropy hx, hy, hxy;
};

/// Throws AnalysisError if the lengths differ or are zero.
DiscreteMutualInformation discreteMutualInformation(const std::vector<std::int64_t> &x, const std::vector<std::int64_t> &y);

/// Entropy of 64-bit codes (each distinct code one symbol), in nats. Counts with a hash table.
double entropyOfCodes(const std::vector<std::uint64_t> &codes);
/// Entropy of the pairs (a_i, b_i), in nats.
double jointEntropyOfCodes(const std::vector<std::uint64_t> &a, const std::vector<std::uint64_t> &b);

} // namespace core

#pragma once

#include <cstdint>
#include <functional>
#include <vector>

namespace core {

class CancelToken;

/// A permutation-surrogate null distribution: the estimator re-run with y's samples shuffled, which
/// keeps both marginals and destroys the dependence.
struct NullDistribution
{
    std::vector<double> values;
    double mean = 0.0;
    double std = 0.0;
    double pValue = 1.0; ///< (1 + #{null ≥ observed}) / (1 + surrogates)
};

/// `estimate(permutation)` must compute the estimator with y's sample i replaced by sample permutation[i].
NullDistribution permutationNull(int samples, int surrogates, double observed, std::uint64_t seed,
                                 const std::function<double(const std::vector<int> &)> &estimate, const CancelToken &cancel);

} // namespace core

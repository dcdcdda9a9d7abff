#include "analyses/information/permutationnull.h"

#include "task/canceltoken.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace core {

NullDistribution permutationNull(int samples, int surrogates, double observed, std::uint64_t seed,
                                 const std::function<double(const std::vector<int> &)> &estimate, const CancelToken &cancel)
{
    NullDistribution null;
    std::mt19937_64 generator(seed);
    std::vector<int> permutation(static_cast<std::size_t>(samples));
    int atLeast = 0;
    for (int s = 0; s < surrogates; ++s) {
        cancel.throwIfCancelled();
        std::iota(permutation.begin(), permutation.end(), 0);
        std::shuffle(permutation.begin(), permutation.end(), generator);
        const double value = estimate(permutation);
        null.values.push_back(value);
        atLeast += value >= observed ? 1 : 0;
    }
    if (!null.values.empty()) {
        null.mean = std::accumulate(null.values.begin(), null.values.end(), 0.0) / double(null.values.size());
        double squares = 0.0;
        for (double v : null.values)
            squares += (v - null.mean) * (v - null.mean);
        null.std = null.values.size() > 1 ? std::sqrt(squares / double(null.values.size() - 1)) : 0.0;
    }
    null.pValue = double(1 + atLeast) / double(1 + surrogates);
    return null;
}

} // namespace core

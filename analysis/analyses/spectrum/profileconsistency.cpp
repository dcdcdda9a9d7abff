#include "analyses/spectrum/profileconsistency.h"

#include "errors/analysiserror.h"

#include <cmath>
#include <numeric>

namespace core {

std::vector<double> normalisedProfile(const std::vector<double> &profile)
{
    double total = 0;
    for (double v : profile) {
        if (!(v >= 0) || !std::isfinite(v))
            throw AnalysisError("a radial profile with a negative or non-finite bin cannot be compared");
        total += v;
    }
    if (!(total > 0))
        throw AnalysisError("a radial profile that is zero everywhere cannot be compared");
    std::vector<double> p(profile);
    for (double &v : p)
        v /= total;
    return p;
}

ProfileConsistency profileConsistency(const std::vector<double> &first, const std::vector<double> &second)
{
    if (first.size() != second.size())
        throw AnalysisError("profiles of " + std::to_string(first.size()) + " and " + std::to_string(second.size())
                            + " bins cannot be compared; resize the sets to one size");
    if (first.size() < 2)
        throw AnalysisError("a radial profile of fewer than 2 bins has no shape to compare");
    const std::vector<double> p = normalisedProfile({first.begin() + 1, first.end()});
    const std::vector<double> q = normalisedProfile({second.begin() + 1, second.end()});
    double dot = 0, pp = 0, qq = 0, divergence = 0;
    for (std::size_t k = 0; k < p.size(); ++k) {
        dot += p[k] * q[k];
        pp += p[k] * p[k];
        qq += q[k] * q[k];
        const double m = 0.5 * (p[k] + q[k]);
        if (p[k] > 0)
            divergence += 0.5 * p[k] * std::log2(p[k] / m);
        if (q[k] > 0)
            divergence += 0.5 * q[k] * std::log2(q[k] / m);
    }
    return {dot / std::sqrt(pp * qq), std::max(0.0, divergence)};
}

} // namespace core

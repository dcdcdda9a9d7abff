#pragma once

#include <vector>

namespace core {

/// How alike two radial profiles are in shape. The DC bin (r = 0, the mean brightness, which would
/// dominate both scores) is left out, and the rest normalised to sum 1 (p = P / sum P), so that
/// brightness and contrast drop out.
struct ProfileConsistency
{
    double cosine = 0; ///< p.q / (|p| |q|), 1 for the same shape
    double jensenShannon = 0; ///< JSD(p, q) in bits, 0 for the same shape, at most 1
};

/// Throws AnalysisError for profiles of different lengths or under 2 bins, or with a negative, non-finite
/// or all-zero bin.
ProfileConsistency profileConsistency(const std::vector<double> &first, const std::vector<double> &second);

/// P / sum P.
std::vector<double> normalisedProfile(const std::vector<double> &profile);

} // namespace core

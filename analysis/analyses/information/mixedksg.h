#pragma once

#include <Eigen/Core>

#include <cstdint>
#include <vector>

namespace core {

class CancelToken;
class Progress;

/// k-nearest-neighbour mutual information between continuous samples and discrete labels (Ross
/// 2014, PLoS ONE 9(2): e87357; scikit-learn's mutual_info_classif for one continuous feature).
struct MixedKsgOptions
{
    int k = 4;
    bool standardise = true; ///< scale every column of t to unit variance (ddof 0) first, as scikit-learn
    double noise = 1e-8;     ///< std of Gaussian tie-breaking noise added after standardising (0: none)
    std::uint64_t seed = 0;
    int threads = 0;         ///< 0: all cores
};

/// I(T;Y) in nats for the rows of t (N x d, max-norm) and one label per row. For sample i of class
/// c (N_c members): r_i = distance to its k-th nearest neighbour within c (k lowered to N_c − 1 for
/// small classes), m_i = samples of any class closer than r_i, itself included; over the samples
/// whose class has more than one member (n of them), I = ψ(n) + ⟨ψ(k_i)⟩ − ⟨ψ(N_c)⟩ − ⟨ψ(m_i)⟩.
/// Not clamped at 0 (scikit-learn clamps). Throws AnalysisError for mismatched sizes, non-finite
/// values, k < 1 or no class with two members.
double mixedKsgInformation(const Eigen::Ref<const Eigen::MatrixXd> &t, const std::vector<std::int64_t> &labels,
                           const MixedKsgOptions &options, Progress &progress, const CancelToken &cancel);

} // namespace core

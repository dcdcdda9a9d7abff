#pragma once

#include <Eigen/Core>

#include <cstdint>
#include <vector>

namespace core {

class CancelToken;

/// The pairwise-KL upper bound of Kolchinsky & Tracey as used by Saxe et al. (2018): the layer is
/// treated as h + ε, ε ~ N(0, σ² I). All in nats.
///   I(X;T) = −(1/N) Σ_i ln[(1/N) Σ_j exp(−‖h_i − h_j‖² / (2σ²))]          (in [0, ln N])
///   H(T)   = (d/2)(1 + ln 2πσ²) + I(X;T),  I(T;Y) = H(T) − Σ_y p(y) H(T | Y = y)
/// I(T;Y) is a difference of two upper bounds, not itself a bound. O(N² d), computed blockwise
/// with a stable log-sum-exp.
struct KdeEstimate
{
    double ixt = 0.0;
    double ity = 0.0;
    double ht = 0.0;
};

KdeEstimate kdeInformation(const Eigen::Ref<const Eigen::MatrixXd> &activations, const std::vector<std::int64_t> &labels,
                           double noiseVariance, const CancelToken &cancel);

/// −(1/N) Σ_i ln[(1/N) Σ_j exp(−‖h_i − h_j‖² / (2σ²))] over the given rows.
double kdePairwiseTerm(const Eigen::Ref<const Eigen::MatrixXd> &activations, double noiseVariance, const CancelToken &cancel);

} // namespace core

#pragma once

#include <Eigen/Core>

#include <cstdint>
#include <vector>

namespace core {

class CodedLabels;
class Tensor;

/// The binning estimator of Shwartz-Ziv & Tishby (2017): every activation is put in one of
/// (edges − 1) equal cells over [low, high], each sample's vector of cells is one discrete symbol t,
/// and I(X;T) = H(T) − H(T|X), I(T;Y) = H(T) − H(T|Y) with plug-in entropies (nats).
/// Values outside [low, high] (and `high` itself) go to the first or last cell instead of the
/// original code's wrap-around from −1 to +1.
struct BinningOptions
{
    int edges = 30;        ///< 30 edges = 29 cells, as IDNNs
    double low = -1.0;     ///< tanh range by default
    double high = 1.0;
    bool activationRange = false; ///< use [min, max] of this layer instead of [low, high]
};

/// One 64-bit symbol per row (exact packing when it fits in 64 bits, a 64-bit hash of the cells otherwise).
/// Throws AnalysisError for NaN/Inf activations or fewer than 2 edges.
std::vector<std::uint64_t> binnedSymbols(const Eigen::Ref<const Eigen::MatrixXd> &activations, const BinningOptions &options);
/// The same for an (N x ...) tensor: C-ordered float32/float64 activations (as dumps store them)
/// are binned in place, without a converted copy.
std::vector<std::uint64_t> binnedSymbols(const Tensor &activations, const BinningOptions &options);

struct BinningEstimate
{
    double ixt = 0.0; ///< I(X;T), nats
    double ity = 0.0; ///< I(T;Y), nats
    double ht = 0.0;  ///< H(T), nats
};

/// From binned symbols (one per sample) and labels coded once for many layers and steps.
BinningEstimate binningInformation(const std::vector<std::uint64_t> &symbols, const std::vector<std::int64_t> &inputs,
                                   const CodedLabels &labels);

/// `inputs`: one symbol per sample identifying X (e.g. the pattern index); empty means every sample
/// is a distinct input, so H(T|X) = 0. `labels`: Y. Throws AnalysisError on size mismatches.
BinningEstimate binningInformation(const Eigen::Ref<const Eigen::MatrixXd> &activations,
                                   const std::vector<std::int64_t> &inputs, const std::vector<std::int64_t> &labels,
                                   const BinningOptions &options);

/// H(T | G) for symbols t and groups g (both per sample), nats.
double conditionalEntropy(const std::vector<std::uint64_t> &t, const std::vector<std::int64_t> &groups);

} // namespace core

#pragma once

#include <Eigen/Core>

#include <cstdint>
#include <string>

namespace core {

class CancelToken;
class Progress;

/// How KSG finds neighbours. Algorithm 1 gets identical numbers from every search; so does
/// algorithm 2 on data without ties (with ties, which of the tied points are the k neighbours
/// differs between searches, and with them the marginal extents; the default noise breaks ties).
enum class KsgSearch
{
    Automatic, ///< Scan where ksgScanPays(), else Tree
    Tree,      ///< a uniform grid (one dimension per side) or a max-norm k-d tree
    Scan,      ///< exhaustive vectorised scan, O(N²) but without the trees' overhead in many dimensions
};
/// Whether the exhaustive scan beats the k-d tree for this many joint dimensions (dx + dy) and
/// samples: from 8 dimensions at N = 10⁴, 12 at 10⁵, 4 more per tenfold N (trees prune better
/// with more samples; measured in docs/benchmarks.md).
bool ksgScanPays(int dimensions, int samples);

/// Kraskov–Stögbauer–Grassberger mutual information between the rows of x (N x dx) and y (N x dy).
struct KsgOptions
{
    int k = 4;
    int algorithm = 1;        ///< 1: strict counts, ψ(n+1); 2: non-strict marginal extents, ψ(n), −1/k
    bool standardise = true;  ///< scale every column to unit variance (ddof 0) first, as scikit-learn and JIDT do
    double noise = 1e-8;      ///< std of Gaussian tie-breaking noise added after standardising (0: none), as JIDT
    std::uint64_t seed = 0;   ///< for the noise
    int threads = 0;          ///< 0: all cores
    KsgSearch search = KsgSearch::Automatic;
};

/// The estimate in nats (not clamped at 0: independent data can give small negative values).
/// Throws AnalysisError for fewer than k + 1 rows, mismatched rows, a side without columns,
/// non-finite values or values whose distances overflow.
double ksgMutualInformation(const Eigen::Ref<const Eigen::MatrixXd> &x, const Eigen::Ref<const Eigen::MatrixXd> &y,
                            const KsgOptions &options, Progress &progress, const CancelToken &cancel);

/// Throws AnalysisError if a column's range overflows a double (so would some distances); `name`
/// names the variable in the message. The k-NN estimators call it on their prepared variables.
void requireFiniteDistances(const Eigen::Ref<const Eigen::MatrixXd> &values, const std::string &name);

/// Standardises (optionally) and adds the tie-breaking noise, as ksgMutualInformation does.
Eigen::MatrixXd prepareKsgVariable(const Eigen::Ref<const Eigen::MatrixXd> &values, bool standardise, double noise,
                                   std::uint64_t seed);

} // namespace core

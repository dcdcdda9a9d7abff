#pragma once

#include "task/canceltoken.h"

#include <Eigen/Core>

#include <memory>
#include <string>
#include <vector>

namespace core {

/// How many singular values exact DMD keeps.
struct DmdRank
{
    enum class Rule { Optimal, Energy, Fixed, Full };
    Rule rule = Rule::Optimal;
    double energy = 0.99; ///< Energy: smallest r with Σ_{i≤r} σ_i² / Σ σ_i² ≥ energy
    int rank = 0;         ///< Fixed
};

struct DmdOptions
{
    DmdRank rank;
    bool exactModes = true;     ///< Φ = Y V Σ⁻¹ W (Tu et al.); false: projected Φ = U W (PyDMD's default)
    bool subtractMean = false;  ///< subtract the snapshots' mean state first
};

/// Snapshots as columns of an n × M matrix; trajectory j runs from starts[j] to the next start (pairs
/// never cross from one trajectory into the next). Holds the matrix or, for float64 arrays stored time
/// × state in C order (a memory-mapped .npy), a view of the array's own storage: no second copy.
class SnapshotSet
{
public:
    SnapshotSet() = default;
    SnapshotSet(Eigen::MatrixXd states, std::vector<Eigen::Index> starts, double dt);
    /// A view of `storage` (n × M column-major doubles) kept alive by `owner`.
    SnapshotSet(std::shared_ptr<const void> owner, const double *storage, Eigen::Index n, Eigen::Index m,
                std::vector<Eigen::Index> starts, double dt);

    Eigen::Map<const Eigen::MatrixXd> states() const { return {m_data, m_rows, m_cols}; }
    const std::vector<Eigen::Index> &starts() const { return m_starts; }
    double dt() const { return m_dt; }
    /// The end (one past the last column) of trajectory j.
    Eigen::Index end(std::size_t j) const { return j + 1 < m_starts.size() ? m_starts[j + 1] : m_cols; }
    /// The columns k whose successor k + 1 is in the same trajectory (the x of each pair).
    std::vector<Eigen::Index> pairStarts() const;

    std::vector<std::string> stateNames; ///< may be empty

private:
    std::shared_ptr<const void> m_owner; ///< the matrix or the array the data live in (copies share it)
    const double *m_data = nullptr;
    Eigen::Index m_rows = 0, m_cols = 0;
    std::vector<Eigen::Index> m_starts{0};
    double m_dt = 1.0;
};

/// Exact DMD of the pairs (x_k, x_{k+1}) of a snapshot set, immutable once fitted.
struct DmdFit
{
    Eigen::VectorXd singularValues; ///< of X, all of them, descending
    int rank = 0;
    double threshold = 0.0;  ///< σ cut-off of the optimal rule (else 0)
    std::string rankNote;    ///< how the rank was chosen, for the table
    Eigen::VectorXcd eigenvalues; ///< λ, sorted by |λ| descending
    Eigen::MatrixXcd modes;       ///< n × r, column k for eigenvalue k
    Eigen::VectorXcd amplitudes;  ///< b: least squares Φ b = x_0 (minus the mean)
    Eigen::MatrixXd basis;        ///< U_r (n × r)
    Eigen::MatrixXd reducedOperator; ///< Ã = U_rᵀ Y V_r Σ_r⁻¹ (r × r)
    Eigen::VectorXd mean;         ///< subtracted mean (zeros unless asked)
    std::vector<std::string> warnings;
};

/// Exact DMD (Tu et al. 2014, J. Comput. Dyn. 1:391) with PyDMD's rank rules. Throws AnalysisError
/// for fewer than 2 snapshots, NaN/Inf, constant snapshots and a fixed rank above min(n, pairs).
/// Large sets (n · pairs > 4·10⁶) are reduced through the n × n Gram matrix X Xᵀ accumulated over
/// column blocks on every core, without a copy of X; small ones take a thin SVD of X.
DmdFit fitDmd(const SnapshotSet &snapshots, const DmdOptions &options, const CancelToken &cancel);

/// The rank a rule keeps of singular values `sigma` of an n × m matrix; `note` says why.
int dmdRank(const Eigen::Ref<const Eigen::VectorXd> &sigma, Eigen::Index n, Eigen::Index m, const DmdRank &rule,
            double *threshold, std::string *note, std::vector<std::string> *warnings);

/// Relative error of h-step predictions x̂_{k+h} = mean + U_r Ã^h U_rᵀ (x_k − mean) for h = 1 … horizon,
/// √(Σ_k ‖x_{k+h} − x̂_{k+h}‖²) / √(Σ_k ‖x_{k+h} − mean‖²) over up to 256 start points k spread over the
/// trajectories (NaN where no trajectory is long enough).
std::vector<double> dmdPredictionError(const DmdFit &fit, const SnapshotSet &snapshots, int horizon);

/// Time-delay (Hankel) embedding: each trajectory's columns stacked `delays` deep, [x_k; …; x_{k+d−1}].
/// Throws AnalysisError if a trajectory is not longer than the delays.
SnapshotSet delayEmbedding(const SnapshotSet &snapshots, int delays);

} // namespace core

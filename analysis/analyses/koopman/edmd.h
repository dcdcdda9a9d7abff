#pragma once

#include "analyses/koopman/dmd.h"

#include <Eigen/Core>

#include <string>
#include <vector>

namespace core {

/// The observables EDMD lifts states into.
struct EdmdDictionary
{
    enum class Kind { Linear, Polynomial, RadialBasis };
    Kind kind = Kind::Polynomial;
    int degree = 2;       ///< Polynomial: every monomial of total degree ≤ degree, the constant 1 included
    int centres = 10;     ///< RadialBasis: Gaussians at this many snapshots spread evenly over the data
    double width = 1.0;   ///< RadialBasis: exp(−‖x − c‖² / (2 width²))
    bool includeState = true; ///< RadialBasis: the state itself too (as pykoopman)
};

/// Extended DMD (Williams, Kevrekidis & Rowley 2015, J. Nonlinear Sci. 25:1307), immutable once fitted.
struct EdmdFit
{
    std::vector<std::string> functions;  ///< the dictionary's names ("1", "x", "x·y", "rbf 3")
    Eigen::MatrixXd operatorMatrix;       ///< K (N × N): Ψ(x_{k+1}) ≈ Ψ(x_k) K, rows as samples
    Eigen::VectorXcd eigenvalues;         ///< of K, by |λ| descending
    Eigen::MatrixXcd eigenvectors;        ///< ξ (N × N): eigenfunction φ_k(x) = Ψ(x) ξ_k
    Eigen::MatrixXcd modes;               ///< n × N: x ≈ Σ_k φ_k(x) · modes.col(k)
    Eigen::MatrixXd centres;              ///< RadialBasis centres (n × C)
};

/// Ψ(x) for every column of `states` (n × M): an M × N matrix, names in `functions` if given.
Eigen::MatrixXd evaluateDictionary(const EdmdDictionary &dictionary, const Eigen::Ref<const Eigen::MatrixXd> &states,
                                   const Eigen::MatrixXd &centres, const std::vector<std::string> &stateNames,
                                   std::vector<std::string> *functions);

/// K = G⁺A with G = Ψ_Xᵀ Ψ_X / M and A = Ψ_Xᵀ Ψ_Y / M over the snapshot pairs. Throws AnalysisError
/// for NaN/Inf, fewer pairs than functions, and dictionaries of more than 2000 functions.
EdmdFit fitEdmd(const SnapshotSet &snapshots, const EdmdDictionary &dictionary, const CancelToken &cancel);

} // namespace core

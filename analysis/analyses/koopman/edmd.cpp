#include "analyses/koopman/edmd.h"

#include "analyses/koopman/sortedeigen.h"

#include "errors/analysiserror.h"

#include <Eigen/Eigenvalues>
#include <Eigen/QR>

#include <algorithm>
#include <functional>
#include <numeric>

namespace core {

namespace {

constexpr int kMaximumFunctions = 2000;

/// Exponent vectors of every monomial in n variables of total degree ≤ d, by degree.
std::vector<std::vector<int>> monomials(int n, int d)
{
    std::vector<std::vector<int>> all;
    std::vector<int> current(std::size_t(n), 0);
    for (int degree = 0; degree <= d; ++degree) {
        // Exponents summing to `degree`, first variable's exponent highest first (x², x·y, y²).
        std::function<void(int, int)> place = [&](int variable, int left) {
            if (variable == n - 1) {
                current[std::size_t(variable)] = left;
                all.push_back(current);
                if (all.size() > std::size_t(kMaximumFunctions))
                    throw AnalysisError("a polynomial dictionary of degree " + std::to_string(d) + " in "
                                        + std::to_string(n) + " states has more than "
                                        + std::to_string(kMaximumFunctions) + " functions; lower the degree");
                return;
            }
            for (int e = left; e >= 0; --e) {
                current[std::size_t(variable)] = e;
                place(variable + 1, left - e);
            }
        };
        place(0, degree);
    }
    return all;
}

std::string monomialName(const std::vector<int> &exponents, const std::vector<std::string> &names)
{
    std::string text;
    for (std::size_t i = 0; i < exponents.size(); ++i) {
        if (exponents[i] == 0)
            continue;
        const std::string name = i < names.size() ? names[i] : "x" + std::to_string(i + 1);
        text += (text.empty() ? "" : "·") + name + (exponents[i] > 1 ? "^" + std::to_string(exponents[i]) : "");
    }
    return text.empty() ? "1" : text;
}

} // namespace

Eigen::MatrixXd evaluateDictionary(const EdmdDictionary &dictionary, const Eigen::Ref<const Eigen::MatrixXd> &states,
                                   const Eigen::MatrixXd &centres, const std::vector<std::string> &stateNames,
                                   std::vector<std::string> *functions)
{
    const Eigen::Index n = states.rows(), m = states.cols();
    const auto stateName = [&](Eigen::Index i) {
        return std::size_t(i) < stateNames.size() ? stateNames[std::size_t(i)] : "x" + std::to_string(i + 1);
    };
    switch (dictionary.kind) {
    case EdmdDictionary::Kind::Linear:
        if (functions)
            for (Eigen::Index i = 0; i < n; ++i)
                functions->push_back(stateName(i));
        return states.transpose();
    case EdmdDictionary::Kind::Polynomial: {
        const auto terms = monomials(int(n), dictionary.degree);
        Eigen::MatrixXd psi(m, Eigen::Index(terms.size()));
        for (std::size_t t = 0; t < terms.size(); ++t) {
            Eigen::VectorXd column = Eigen::VectorXd::Ones(m);
            for (Eigen::Index i = 0; i < n; ++i)
                for (int e = 0; e < terms[t][std::size_t(i)]; ++e)
                    column.array() *= states.row(i).transpose().array();
            psi.col(Eigen::Index(t)) = column;
            if (functions)
                functions->push_back(monomialName(terms[t], stateNames));
        }
        return psi;
    }
    case EdmdDictionary::Kind::RadialBasis: {
        const Eigen::Index c = centres.cols(), extra = dictionary.includeState ? n : 0;
        Eigen::MatrixXd psi(m, c + extra);
        const double scale = -0.5 / (dictionary.width * dictionary.width);
        for (Eigen::Index j = 0; j < c; ++j) {
            psi.col(j) = ((states.colwise() - centres.col(j)).colwise().squaredNorm().transpose() * scale).array().exp();
            if (functions)
                functions->push_back("rbf " + std::to_string(j + 1));
        }
        if (extra) {
            psi.rightCols(n) = states.transpose();
            if (functions)
                for (Eigen::Index i = 0; i < n; ++i)
                    functions->push_back(stateName(i));
        }
        return psi;
    }
    }
    return {};
}

EdmdFit fitEdmd(const SnapshotSet &snapshots, const EdmdDictionary &dictionary, const CancelToken &cancel)
{
    const Eigen::Map<const Eigen::MatrixXd> z = snapshots.states();
    if (!z.allFinite())
        throw AnalysisError("the snapshots hold NaN or Inf; EDMD needs finite states");
    if (dictionary.kind == EdmdDictionary::Kind::RadialBasis && !(dictionary.width > 0))
        throw AnalysisError("the radial basis width must be positive");
    const std::vector<Eigen::Index> columns = snapshots.pairStarts();
    const Eigen::Index m = Eigen::Index(columns.size());
    Eigen::MatrixXd x(z.rows(), m), y(z.rows(), m);
    for (Eigen::Index j = 0; j < m; ++j) {
        x.col(j) = z.col(columns[std::size_t(j)]);
        y.col(j) = z.col(columns[std::size_t(j)] + 1);
    }
    EdmdFit fit;
    if (dictionary.kind == EdmdDictionary::Kind::RadialBasis) {
        const Eigen::Index c = std::min<Eigen::Index>(dictionary.centres, m);
        if (c < 1)
            throw AnalysisError("a radial basis dictionary needs at least one centre");
        fit.centres.resize(z.rows(), c);
        for (Eigen::Index j = 0; j < c; ++j)
            fit.centres.col(j) = x.col(j * m / c);
    }
    const Eigen::MatrixXd psiX = evaluateDictionary(dictionary, x, fit.centres, snapshots.stateNames, &fit.functions);
    const Eigen::MatrixXd psiY = evaluateDictionary(dictionary, y, fit.centres, snapshots.stateNames, nullptr);
    const Eigen::Index functions = psiX.cols();
    if (m < functions)
        throw AnalysisError("EDMD with " + std::to_string(functions) + " functions needs at least as many snapshot pairs; got "
                            + std::to_string(m));
    if (!psiX.allFinite() || !psiY.allFinite())
        throw AnalysisError("the dictionary overflows on these states (large values to a high power); scale the data or "
                            "lower the degree");
    cancel.throwIfCancelled();
    const Eigen::MatrixXd g = psiX.transpose() * psiX / double(m), a = psiX.transpose() * psiY / double(m);
    fit.operatorMatrix = g.completeOrthogonalDecomposition().solve(a);
    const SortedEigen eigen = sortedEigen(fit.operatorMatrix, "the EDMD operator");
    fit.eigenvalues = eigen.values;
    fit.eigenvectors = eigen.vectors;
    // Modes: regress the state on the dictionary (x ≈ Ψ(x) B), then on the eigenfunctions (Ψ = φ Ξ⁻¹).
    const Eigen::MatrixXd b = psiX.completeOrthogonalDecomposition().solve(Eigen::MatrixXd(x.transpose()));
    fit.modes = (fit.eigenvectors.completeOrthogonalDecomposition().solve(b.cast<std::complex<double>>())).transpose();
    return fit;
}

} // namespace core

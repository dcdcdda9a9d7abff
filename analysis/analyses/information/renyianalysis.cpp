#include "analyses/information/renyianalysis.h"

#include "analyses/information/estimatetable.h"
#include "analyses/information/estimatorparameters.h"
#include "analyses/information/binningestimator.h"
#include "analyses/information/discreteinformation.h"
#include "analyses/information/gaussianinformation.h"
#include "analyses/information/kdeestimator.h"
#include "analyses/information/ksgestimator.h"
#include "analyses/information/matrixrenyi.h"
#include "analyses/information/mixedksg.h"
#include "analyses/information/permutationnull.h"
#include "analyses/information/projection.h"
#include "analyses/information/samplematrix.h"
#include "analyses/information/units.h"
#include "errors/analysiserror.h"
#include "task/nullprogress.h"
#include "registry/parameterbuilders.h"
#include <cmath>
#include <map>
#include <numeric>
#include <random>

namespace core {

namespace {

Result runRenyi(const AnalysisInputs &inputs, const ParameterValues &params, Progress &progress, const CancelToken &cancel)
{
    Eigen::MatrixXd x = sampleMatrix(inputs.at("x"), "x");
    Eigen::MatrixXd y = sampleMatrix(inputs.at("y"), "y");
    if (x.rows() != y.rows())
        throw AnalysisError("x has " + std::to_string(x.rows()) + " samples but y has " + std::to_string(y.rows()));
    if (!x.allFinite() || !y.allFinite())
        throw AnalysisError("matrix-based estimators refuse NaN or infinite values");
    std::vector<std::string> warnings;
    const int cap = int(params.getInt("max_samples"));
    if (x.rows() > cap) { // N×N eigen-decompositions: subsample, and say so
        std::vector<int> order(std::size_t(x.rows()));
        std::iota(order.begin(), order.end(), 0);
        std::mt19937_64 generator(std::uint64_t(params.getInt("seed")));
        std::shuffle(order.begin(), order.end(), generator);
        order.resize(std::size_t(cap));
        x = permutedRows(x, order);
        y = permutedRows(y, order);
        warnings.push_back("used a random subsample of " + std::to_string(cap) + " samples (max_samples)");
    }
    const bool silverman = params.getString("width") == "silverman";
    const double sx = silverman ? silvermanWidth(x) : params.getDouble("sigma");
    const double sy = silverman ? silvermanWidth(y) : params.getDouble("sigma");
    progress.report(0.2, "Gram matrices");
    const Eigen::MatrixXd kx = gaussianGram(x, sx), ky = gaussianGram(y, sy);
    cancel.throwIfCancelled();
    const bool cs = params.getString("variant") == "cauchy-schwarz";
    const double alpha = params.getDouble("alpha");
    const std::string unit = params.getString("units");
    const double scale = unit == "bits" ? 1.0 : kLn2; // these estimators are defined in bits
    EstimateTable table(cs ? std::string("Cauchy–Schwarz quadratic MI") : "matrix Rényi, α = " + std::to_string(alpha));
    if (cs) {
        table.add("I_CS(X;Y)", cauchySchwarzMutualInformation(kx, ky) * scale, unit);
    } else {
        const RenyiTerms terms = renyiTerms(kx, ky, alpha); // each O(N³) entropy once
        table.add("I_α(X;Y)", terms.mutualInformation * scale, unit);
        table.add("S_α(X)", terms.entropyX * scale, unit);
        table.add("S_α(Y)", terms.entropyY * scale, unit);
    }
    table.add("kernel width σx", sx, "");
    table.add("kernel width σy", sy, "");
    table.add("N", std::int64_t(x.rows()));
    Result result = table.result();
    result.warnings = warnings;
    return result;
}

} // namespace

AnalysisDescriptor renyiAnalysis()
{
    AnalysisDescriptor d;
    d.id = "mi.renyi";
    d.name = "Matrix-based Rényi / Cauchy–Schwarz MI";
    d.category = "Information";
    d.summary = "Kernel (Gram-matrix) estimates of I(X;Y): matrix-based Rényi α-MI or Cauchy–Schwarz quadratic MI.";
    d.methodNote = "Gaussian kernel K_ij = exp(−‖x_i − x_j‖²/(2σ²)). Rényi: A = K/tr K, S_α = log2(Σ λ^α)/(1 − α) "
                   "(α = 1: von Neumann), negative eigenvalues from rounding clipped to 0; I_α = S_α(A_x) + S_α(A_y) − "
                   "S_α(A_x∘A_y / tr). Cauchy–Schwarz: I_CS = log2[(ΣKx∘Ky/N²)(ΣKx ΣKy/N⁴)/(1ᵀKxKy1/N³)²] ≥ 0. Kernel "
                   "width: 'silverman' σ = 1.06 · std · N^(−1/5) per variable (std over all its entries), or a fixed σ. "
                   "O(N²d) + O(N³): above max_samples a seeded random subsample is used and reported." + std::string(kNanPolicy);
    d.citation = "Sánchez Giraldo, Rao & Príncipe (2015), Measures of entropy from data using infinitely divisible kernels, "
                 "IEEE Trans. Inf. Theory; Yu, Yu, Løkse, Jenssen & Príncipe (2024), Cauchy–Schwarz divergence information "
                 "bottleneck for regression, ICLR.";
    d.inputs = {{"x", "X", "Samples (N, dx).", DataKind::Tensor, false}, {"y", "Y", "Samples (N, dy).", DataKind::Tensor, false}};
    d.parameters = {choiceParameter("variant", "Variant", "'renyi': matrix-based Rényi α-MI; 'cauchy-schwarz': CS quadratic MI.",
                                    {"renyi", "cauchy-schwarz"}),
                    doubleParameter("alpha", "α", "Rényi order (Yu et al. use 1.01; 1 = von Neumann; 2 = collision).", 1.01, 0.01, 100.0)
                        .onlyWhen("variant", {"renyi"}),
                    choiceParameter("width", "Kernel width rule", "'silverman' per variable, or 'fixed' σ below.",
                                    {"silverman", "fixed"}),
                    doubleParameter("sigma", "σ (fixed)", "Kernel width when the rule is 'fixed'.", 1.0, 1e-9, 1e9)
                        .onlyWhen("width", {"fixed"}),
                    intParameter("max_samples", "Max samples", "Larger inputs are randomly subsampled to this many samples.",
                                 2000, 10, 20000),
                    intParameter("seed", "Seed", "Seed of the subsample.", 0, 0, 2147483647), unitsParameter()};
    d.outputs = {{"estimate", "Estimate", OutputKind::Table, "The MI, entropies, kernel widths and N."}};
    d.run = runRenyi;
    return d;
}

} // namespace core

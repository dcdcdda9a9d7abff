#include "analyses/koopman/latententropyanalysis.h"

#include "analyses/information/gaussianinformation.h"
#include "analyses/information/ksgestimator.h"
#include "analyses/information/samplematrix.h"
#include "analyses/koopman/koopmansource.h"
#include "analyses/koopman/latententropy.h"
#include "dump/activationdump.h"
#include "errors/analysiserror.h"
#include "registry/parameterbuilders.h"
#include "task/nullprogress.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace core {

namespace {

struct LatentRow
{
    LatentEntropy entropy;
    double gaussianMi = std::nan("");
    double ksgMi = std::nan("");
};

/// Latents (T × H, rows in time order): entropy and I(z_t; z_{t+1}).
LatentRow measure(const Eigen::MatrixXd &latents, const std::string &mi, const CancelToken &cancel)
{
    LatentRow row;
    row.entropy = latentEntropy(latents);
    if (latents.rows() < 3)
        return row;
    const Eigen::Index t = latents.rows() - 1;
    if (mi == "gaussian" || mi == "both") {
        try {
            row.gaussianMi = gaussianMutualInformation(latents.topRows(t), latents.bottomRows(t));
        } catch (const AnalysisError &) {
            row.gaussianMi = std::numeric_limits<double>::infinity(); // singular covariance: a deterministic map
        }
    }
    if ((mi == "ksg" || mi == "both") && t > 5) {
        NullProgress quiet;
        row.ksgMi = ksgMutualInformation(latents.topRows(t), latents.bottomRows(t), KsgOptions(), quiet, cancel);
    }
    return row;
}

Result runLatentEntropy(const AnalysisInputs &inputs, const ParameterValues &params, Progress &progress,
                        const CancelToken &cancel)
{
    const std::string mi = params.getString("mi");
    TableResult table;
    table.id = "entropy";
    // Only the MI columns asked for (NaN stays for a sequence too short to estimate).
    const bool gaussian = mi == "gaussian" || mi == "both", ksg = mi == "ksg" || mi == "both";
    table.columns = {"step", "S (nats)", "S / ln H", "effective rank exp(S)", "H"};
    if (gaussian)
        table.columns.push_back("I(z_t; z_t+1) Gaussian");
    if (ksg)
        table.columns.push_back("I(z_t; z_t+1) KSG");
    Result result;
    const auto addRow = [&](std::int64_t step, const LatentRow &row, Eigen::Index h) {
        std::vector<TableCell> cells = {step, row.entropy.entropy,
                                        row.entropy.entropy / std::log(double(std::max<Eigen::Index>(h, 2))),
                                        row.entropy.effectiveRank, std::int64_t(h)};
        if (gaussian)
            cells.push_back(row.gaussianMi);
        if (ksg)
            cells.push_back(row.ksgMi);
        table.rows.push_back(std::move(cells));
    };
    if (inputs.has("dump")) {
        const auto &dump = inputs.at("dump").dump;
        if (!dump)
            throw AnalysisError("input 'dump' is not an activation dump");
        const std::string layer = dumpLayer(*dump, params.getString("layer"));
        table.title = "Latent entropy of layer " + layer + " over training steps (rows: the dump's samples in order)";
        SeriesResult entropy, rank;
        entropy.id = "entropy-over-steps";
        entropy.title = "von Neumann entropy over training";
        entropy.xLabel = "step";
        entropy.yLabel = "S (nats)";
        rank.id = "rank-over-steps";
        rank.title = "Effective rank over training";
        rank.xLabel = "step";
        rank.yLabel = "exp(S)";
        Series s{layer, {}, {}}, r{layer, {}, {}};
        const auto &steps = dump->steps();
        for (std::size_t i = 0; i < steps.size(); ++i) {
            cancel.throwIfCancelled();
            if (!dump->activationInfo(layer, steps[i]))
                continue;
            const Eigen::MatrixXd latents = sampleMatrix(dump->activation(layer, steps[i]), "dump");
            const LatentRow row = measure(latents, mi, cancel);
            addRow(steps[i], row, latents.cols());
            s.x.push_back(double(steps[i]));
            s.y.push_back(row.entropy.entropy);
            r.x.push_back(double(steps[i]));
            r.y.push_back(row.entropy.effectiveRank);
            progress.report(double(i + 1) / double(steps.size()), "steps");
        }
        entropy.series.push_back(std::move(s));
        rank.series.push_back(std::move(r));
        result.items.push_back(std::move(entropy));
        result.items.push_back(std::move(rank));
    } else {
        if (!inputs.has("latents"))
            throw AnalysisError("give latents (time × latent dimension) or an activation dump");
        const Eigen::MatrixXd latents = sampleMatrix(inputs.at("latents"), "latents");
        table.title = "Latent entropy (rows as times)";
        const LatentRow row = measure(latents, mi, cancel);
        addRow(0, row, latents.cols());
        SeriesResult spectrum;
        spectrum.id = "spectrum";
        spectrum.title = "Spectrum of ρ = Σ / tr Σ (mode participation)";
        spectrum.xLabel = "index";
        spectrum.yLabel = "eigenvalue of ρ";
        spectrum.style = SeriesResult::Style::Bars;
        Series s{"ρ", {}, {}};
        for (Eigen::Index i = 0; i < row.entropy.spectrum.size(); ++i) {
            s.x.push_back(double(i + 1));
            s.y.push_back(row.entropy.spectrum[i]);
        }
        spectrum.series.push_back(std::move(s));
        result.items.push_back(std::move(spectrum));
    }
    result.items.insert(result.items.begin(), table);
    return result;
}

} // namespace

AnalysisDescriptor latentEntropyAnalysis()
{
    AnalysisDescriptor d;
    d.id = "koopman.entropy";
    d.name = "Information in latents (von Neumann entropy)";
    d.category = "Koopman";
    d.summary = "von Neumann entropy and effective rank of the latent covariance, and the MI between consecutive "
                "latent states; over training steps for a dump.";
    d.methodNote =
        "Rows are latent states in time order. Centre them, Σ = ZᵀZ/(N − 1) + 1e-8·I, ρ = Σ / tr Σ, eigenvalues clamped "
        "at ≥ 1e-8, S = −Σ λ ln λ in nats (as the paper's code, model/physical_simulation/base.py). S lies in [0, ln H]: "
        "ln H for isotropic latents (every direction used: expressive), 0 for latents on a line (mode collapse: simple "
        "but able to carry one mode). The effective rank exp(S) counts the directions in use. I(z_t; z_{t+1}) between "
        "consecutive latents, Gaussian (½ ln det Σ_t det Σ_{t+1} / det Σ_joint; ∞ when the next state is a linear "
        "function of the last) or KSG (k = 4): how predictable the dynamics are from the latent alone. High MI with low "
        "S is a simple, predictable code; high S with low MI spreads variance over directions the dynamics do not "
        "carry. The paper adds +β·S to its loss (it lowers S) while its text says the entropy prevents collapse: the "
        "sign is an open question there.";
    d.citation = "Cheng, Yuan et al. (2026), Information Shapes Koopman Representation, ICLR (code: Wenxuan52/InformationKoopman).";
    d.inputs = {{"latents", "Latents", "Latent states over time: an (N, H) array, rows in time order.", DataKind::Tensor, true},
                {"dump", "Dump", "Or: an activation dump; one layer over its training steps.", DataKind::ActivationDump, true}};
    d.parameters = {textParameter("layer", "Layer", "With a dump: the layer (empty: the last).", ""),
                    choiceParameter("mi", "MI between steps",
                                    "I(z_t; z_t+1): Gaussian, KSG (k = 4), both, or none.", {"gaussian", "ksg", "both", "none"})};
    d.outputs = {{"entropy", "Entropy", OutputKind::Table, "S, S / ln H, effective rank, MI (per step for a dump)."},
                 {"spectrum", "Spectrum", OutputKind::Series, "Eigenvalues of ρ."},
                 {"entropy-over-steps", "Entropy over training", OutputKind::Series, "S per step (dump)."},
                 {"rank-over-steps", "Effective rank over training", OutputKind::Series, "exp(S) per step (dump)."}};
    d.run = runLatentEntropy;
    return d;
}

} // namespace core

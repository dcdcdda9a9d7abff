#include "examples/koopmanexamples.h"

#include "examples/examplefiles.h"
#include "examples/exampletables.h"
#include "io/atomicfile.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <random>
#include <cmath>
#include <complex>
#include <stdexcept>

namespace core {

namespace {

constexpr double kZeta = 0.1, kOmega0 = 1.0;

/// The value of `column` in the row of eigenvalue k (1-based) of the "eigenvalues" table.
double eigenvalueCell(const Result &result, int k, const std::string &column)
{
    return rowValue(exampleTable(result, "eigenvalues"), std::int64_t(k), column);
}

// The generated dump of the mode-collapse example: 8 rotation planes (H = 16 latents), 400 times, epochs 0 … 10.
constexpr int kPlanes = 8, kTimes = 400, kEpochs = 10;

/// Latent states (kTimes × 2·kPlanes) at `epoch`: plane p rotates at its own frequency with amplitude
/// exp(−p · epoch / 2), so at epoch 0 every plane carries the same variance and by epoch 10 plane 0
/// holds all but about 1e-4 of it (plane 1's amplitude is e⁻⁵; noise 1e-3).
Eigen::MatrixXd collapsingLatents(int epoch, std::mt19937 &generator)
{
    std::normal_distribution<double> noise(0.0, 1e-3);
    Eigen::MatrixXd z(kTimes, 2 * kPlanes);
    for (int p = 0; p < kPlanes; ++p) {
        const double amplitude = std::exp(-p * epoch / 2.0), frequency = 0.05 + 0.031 * p, phase = 0.7 * p;
        for (int t = 0; t < kTimes; ++t) {
            z(t, 2 * p) = amplitude * std::cos(frequency * t + phase) + noise(generator);
            z(t, 2 * p + 1) = amplitude * std::sin(frequency * t + phase) + noise(generator);
        }
    }
    return z;
}

} // namespace

Example dampedOscillatorExample()
{
    Example e;
    e.id = "koopman.damped-oscillator";
    e.title = "Koopman: eigenvalues of a damped oscillator";
    e.claim = "DMD of snapshots of a linear system returns the system's eigenvalues; for x'' + 2ζω₀x' + ω₀²x = 0 "
              "with ζ = 0.1, ω₀ = 1 they are −ζω₀ ± iω₀√(1 − ζ²) in continuous time: decay rate 0.1, frequency "
              "√0.99 / 2π";
    e.citation = "Tu, Rowley, Luchtenburg, Brunton & Kutz (2014), On dynamic mode decomposition: theory and "
                 "applications, J. Comput. Dyn. 1:391";
    e.analysisId = "koopman.dmd";
    e.parameters = {{"system", "oscillator"}, {"dt", "0.1"}, {"steps", "600"}};
    e.compare = [](const Result &result) -> std::vector<ClaimRow> {
        const double frequency = kOmega0 * std::sqrt(1.0 - kZeta * kZeta) / (2.0 * M_PI);
        return {{"growth rate Re ω", -kZeta * kOmega0, eigenvalueCell(result, 1, "growth rate")},
                {"frequency Im ω / 2π", frequency, eigenvalueCell(result, 1, "frequency")},
                {"|λ| = exp(−ζω₀ Δt)", std::exp(-kZeta * kOmega0 * 0.1), eigenvalueCell(result, 1, "|λ|")}};
    };
    return e;
}

Example lorenzExample()
{
    Example e;
    e.id = "koopman.lorenz";
    e.title = "Koopman: Lorenz-63 through time delays";
    e.claim = "a chaotic attractor has a continuous Koopman spectrum: the eigenvalues of delay-embedded (Hankel) DMD "
              "on Lorenz-63 lie on or just inside the unit circle, and a finite linear model predicts well only "
              "over a short horizon";
    e.citation = "Brunton, Brunton, Proctor, Kaiser & Kutz (2017), Chaos as an intermittently forced linear system, "
                 "Nat. Commun. 8:19";
    e.analysisId = "koopman.dmd";
    e.parameters = {{"system", "lorenz"}, {"dt", "0.01"}, {"steps", "5000"}, {"delays", "10"}, {"horizon", "200"}};
    e.compare = [](const Result &result) -> std::vector<ClaimRow> {
        const TableResult &table = exampleTable(result, "eigenvalues");
        double largest = 0, smallest = 1e300;
        for (const auto &row : table.rows) {
            largest = std::max(largest, std::get<double>(row[3]));
            smallest = std::min(smallest, std::get<double>(row[3]));
        }
        double shortError = std::nan(""), longError = std::nan("");
        for (const ResultItem &item : result.items)
            if (const auto *series = std::get_if<SeriesResult>(&item); series && series->id == "prediction-error") {
                shortError = series->series.at(0).y.at(0);
                longError = series->series.at(0).y.back();
            }
        return {{"largest |λ|", 1.0, largest},
                {"smallest |λ| of the kept eigenvalues", std::string("near 1"), smallest},
                {"relative prediction error, 1 step", std::string("small"), shortError},
                {"relative prediction error, 200 steps (2 time units)", std::string("large"), longError}};
    };
    return e;
}

Example modeCollapseExample()
{
    Example e;
    e.id = "koopman.mode-collapse";
    e.title = "Koopman: mode collapse in the latents";
    e.claim = "the von Neumann entropy of the trace-normalised latent covariance measures mode diversity: ln H when "
              "every latent direction is used, near 0 when the latents collapse onto a few modes, which the paper's "
              "entropy term is meant to prevent. Here a generated dump (stand-in for a Koopman autoencoder's latents, "
              "16 dimensions, 8 rotation modes) loses one mode after another over 10 epochs";
    e.citation = "Cheng, Yuan et al. (2026), Information Shapes Koopman Representation, ICLR 2026";
    e.analysisId = "koopman.entropy";
    e.parameters = {{"layer", "latent"}, {"mi", "gaussian"}};
    e.writeInputs = [](const std::string &folder) -> std::map<std::string, std::string> {
        const std::filesystem::path dump = std::filesystem::path(folder) / "collapsing-latents";
        std::filesystem::create_directories(dump / "activations" / "latent");
        std::mt19937 generator(2026);
        nlohmann::json steps = nlohmann::json::array();
        for (int epoch = 0; epoch <= kEpochs; ++epoch) {
            char name[16];
            std::snprintf(name, sizeof name, "%03d.npy", epoch);
            writeExampleNpy(collapsingLatents(epoch, generator), (dump / "activations" / "latent" / name).string());
            steps.push_back(epoch);
        }
        const nlohmann::json manifest = {{"format", "infoscope-dump"}, {"version", 1},
                                         {"model", "generated Koopman latents (8 rotation modes)"},
                                         {"step_unit", "epoch"}, {"layers", {"latent"}}, {"steps", steps}};
        AtomicFile file((dump / "manifest.json").string());
        file.stream() << manifest.dump(2) << '\n';
        file.commit();
        return {{"dump", dump.string()}};
    };
    e.compare = [](const Result &result) -> std::vector<ClaimRow> {
        const TableResult &table = exampleTable(result, "entropy");
        const double h = 2.0 * kPlanes;
        return {{"S at epoch 0 (all 8 modes): ln H", std::log(h), rowValue(table, std::int64_t(0), "S (nats)")},
                {"S at epoch 10 (one mode left): ln 2", std::log(2.0), rowValue(table, std::int64_t(kEpochs), "S (nats)")},
                {"effective rank exp(S) at epoch 0", h, rowValue(table, std::int64_t(0), "effective rank exp(S)")},
                {"effective rank exp(S) at epoch 10", 2.0, rowValue(table, std::int64_t(kEpochs), "effective rank exp(S)")}};
    };
    return e;
}

} // namespace core

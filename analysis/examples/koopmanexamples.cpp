#include "examples/koopmanexamples.h"

#include "examples/exampletables.h"

#include <algorithm>
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

} // namespace core

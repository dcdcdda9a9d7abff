#include "analyses/information/binningestimator.h"

#include "analyses/information/discreteinformation.h"
#include "errors/analysiserror.h"

#include <algorithm>
#include <limits>
#include <cmath>

namespace core {

std::vector<std::uint64_t> binnedSymbols(const Eigen::Ref<const Eigen::MatrixXd> &activations, const BinningOptions &options)
{
    if (options.edges < 2)
        throw AnalysisError("the binning estimator needs at least 2 bin edges");
    if (!activations.allFinite())
        throw AnalysisError("activations contain NaN or infinite values; the binning estimator refuses them");
    double low = options.low, high = options.high;
    if (options.activationRange && activations.size() > 0) {
        low = activations.minCoeff();
        high = activations.maxCoeff();
    }
    if (!(high > low))
        high = low + 1.0; // a constant layer: every value lands in cell 0
    const int cells = options.edges - 1;
    // Edges exactly as numpy.linspace(low, high, edges) computes them (i * step + low, last = high), and
    // cells found by comparison, so that values on an edge land where numpy.digitize puts them.
    std::vector<double> edges(std::size_t(options.edges));
    const double step = (high - low) / cells;
    for (int i = 0; i < options.edges; ++i)
        edges[std::size_t(i)] = double(i) * step + low;
    edges.back() = high;
    const double inverseStep = 1.0 / step;
    // Cell c holds [lower[c], upper[c]); the outer cells are open-ended (values outside the range clip there).
    std::vector<double> lower(static_cast<std::size_t>(cells)), upper(static_cast<std::size_t>(cells));
    for (int c = 0; c < cells; ++c) {
        lower[std::size_t(c)] = c == 0 ? -std::numeric_limits<double>::infinity() : edges[std::size_t(c)];
        upper[std::size_t(c)] = c == cells - 1 ? std::numeric_limits<double>::infinity() : edges[std::size_t(c + 1)];
    }
    int bits = 1;
    while ((1 << bits) < cells)
        ++bits;
    const bool packs = bits * activations.cols() <= 64;
    // Column by column, so that the (column-major) matrix is read in memory order.
    std::vector<std::uint64_t> symbols(std::size_t(activations.rows()), packs ? 0 : 1469598103934665603ull); // FNV basis
    for (Eigen::Index c = 0; c < activations.cols(); ++c) {
        for (Eigen::Index r = 0; r < activations.rows(); ++r) {
            // digitize − 1, clipped: values below low go to cell 0, values >= high to the last cell.
            // Guess the cell arithmetically, then settle it against the exact edges.
            const double value = activations(r, c);
            const double position = (value - low) * inverseStep; // truncation below = floor, as position >= 0
            int cell = position <= 0.0 ? 0 : position >= double(cells - 1) ? cells - 1 : int(position);
            while (value >= upper[std::size_t(cell)])
                ++cell;
            while (value < lower[std::size_t(cell)])
                --cell;
            std::uint64_t &code = symbols[std::size_t(r)];
            if (packs) {
                code = (code << bits) | std::uint64_t(cell);
            } else {
                code ^= std::uint64_t(cell) + 0x9e3779b97f4a7c15ull * std::uint64_t(c + 1);
                code *= 1099511628211ull;
            }
        }
    }
    return symbols;
}

double conditionalEntropy(const std::vector<std::uint64_t> &t, const std::vector<std::int64_t> &groups)
{
    // H(T|G) = H(T, G) − H(G), both from hash counts (no sorting); labels are usually a few small
    // integers, counted directly.
    std::vector<std::uint64_t> groupCodes(groups.begin(), groups.end());
    const auto [lowest, highest] = std::minmax_element(groups.begin(), groups.end());
    double groupEntropy = 0.0;
    if (!groups.empty() && *lowest >= 0 && *highest < 4096) {
        std::vector<std::uint32_t> counts(std::size_t(*highest) + 1, 0);
        for (std::int64_t g : groups)
            ++counts[std::size_t(g)];
        const double n = double(groups.size());
        for (std::uint32_t c : counts)
            if (c)
                groupEntropy -= c / n * std::log(c / n);
    } else {
        groupEntropy = entropyOfCodes(groupCodes);
    }
    return jointEntropyOfCodes(t, groupCodes) - groupEntropy;
}

BinningEstimate binningInformation(const Eigen::Ref<const Eigen::MatrixXd> &activations,
                                   const std::vector<std::int64_t> &inputs, const std::vector<std::int64_t> &labels,
                                   const BinningOptions &options)
{
    const std::size_t n = std::size_t(activations.rows());
    if (n == 0)
        throw AnalysisError("no samples");
    if (labels.size() != n)
        throw AnalysisError("activations have " + std::to_string(n) + " samples but labels have " + std::to_string(labels.size()));
    if (!inputs.empty() && inputs.size() != n)
        throw AnalysisError("activations have " + std::to_string(n) + " samples but inputs have " + std::to_string(inputs.size()));
    const std::vector<std::uint64_t> t = binnedSymbols(activations, options);
    BinningEstimate estimate;
    estimate.ht = entropyOfCodes(t);
    estimate.ixt = inputs.empty() ? estimate.ht : estimate.ht - conditionalEntropy(t, inputs);
    estimate.ity = estimate.ht - conditionalEntropy(t, labels);
    return estimate;
}

} // namespace core

#include "analyses/information/binningestimator.h"

#include "analyses/information/codedlabels.h"
#include "analyses/information/discreteinformation.h"
#include "analyses/information/samplematrix.h"
#include "analyses/vectorised.h"
#include "data/tensor.h"
#include "errors/analysiserror.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace core {

namespace {

void checkEdges(const BinningOptions &options)
{
    if (options.edges < 2 || options.edges > (1 << 24))
        throw AnalysisError("the binning estimator needs between 2 and 16777216 bin edges, got " + std::to_string(options.edges));
}

[[noreturn]] void refuseNonFinite()
{
    throw AnalysisError("activations contain NaN or infinite values; the binning estimator refuses them");
}

/// cells[i] = c with lower[c] <= values[i] < upper[c], for a first guess one cell off at most: the
/// arithmetic guess clamped into range, then one step against the exact edges. Branch-free, so that
/// it vectorises. Returns false if a value is NaN or infinite.
template<typename Scalar>
INFOSCOPE_VECTORISED bool settledCells(const Scalar *values, std::size_t count, std::int32_t *cells, double low,
                                       double inverseStep, int lastCell, const double *lower, const double *upper)
{
    const double last = double(lastCell);
    int bad = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const double value = double(values[i]);
        bad |= int(value - value != 0.0); // NaN for NaN and ±Inf
        // max(0, NaN) is 0 here, so a NaN does not reach the conversion (it is reported above).
        std::int32_t cell = std::int32_t(std::min(std::max(0.0, (value - low) * inverseStep), last));
        // upper[lastCell] is +∞, so only +∞ itself steps past it: keep even that in range.
        cell = std::min(cell + std::int32_t(value >= upper[cell]), lastCell);
        cell -= std::int32_t(value < lower[cell]);
        cells[i] = cell;
    }
    return bad == 0;
}

/// Finds the cells of values exactly as numpy.digitize(value, linspace(low, high, edges)) − 1,
/// clipped into range, and folds a row's cells into one symbol.
class CellCoder
{
public:
    CellCoder(double low, double high, int edges, Eigen::Index columns)
    {
        if (!(high > low))
            high = low + 1.0; // a constant layer: every value lands in cell 0
        m_cells = edges - 1;
        m_low = low;
        // Edges exactly as numpy.linspace computes them (i * step + low; the last one, `high`, only
        // bounds the last cell, which is open-ended like the first: values outside clip there).
        const double step = (high - low) / m_cells;
        m_inverseStep = 1.0 / step;
        m_lower.resize(std::size_t(m_cells));
        m_upper.resize(std::size_t(m_cells));
        for (int c = 0; c < m_cells; ++c) {
            m_lower[std::size_t(c)] = c == 0 ? -std::numeric_limits<double>::infinity() : double(c) * step + low;
            m_upper[std::size_t(c)] = c == m_cells - 1 ? std::numeric_limits<double>::infinity() : double(c + 1) * step + low;
        }
        // The arithmetic guess is off by one cell at most unless a cell is only a few ulps wide.
        m_oneStep = step > 1e-9 * (std::abs(low) + std::abs(high));
        while ((1 << m_bits) < m_cells)
            ++m_bits;
        m_packs = m_bits * columns <= 64;
    }

    /// cells[i] for values[i]; throws AnalysisError for NaN or infinite values.
    template<typename Scalar>
    void cellsOf(const Scalar *values, std::size_t count, std::int32_t *cells) const
    {
        if (!settledCells(values, count, cells, m_low, m_inverseStep, m_cells - 1, m_lower.data(), m_upper.data()))
            refuseNonFinite();
        if (m_oneStep)
            return;
        for (std::size_t i = 0; i < count; ++i) { // walk the edges as far as needed
            const double value = double(values[i]);
            std::int32_t &cell = cells[i];
            while (value >= m_upper[std::size_t(cell)])
                ++cell;
            while (value < m_lower[std::size_t(cell)])
                --cell;
        }
    }

    std::uint64_t start() const { return m_packs ? 0 : 1469598103934665603ull; } // FNV basis

    /// Folds `cell` (of column `column`) into `code`: exact packing, or a 64-bit hash if too wide.
    std::uint64_t add(std::uint64_t code, std::int32_t cell, Eigen::Index column) const
    {
        if (m_packs)
            return (code << m_bits) | std::uint64_t(cell);
        code ^= std::uint64_t(cell) + 0x9e3779b97f4a7c15ull * std::uint64_t(column + 1);
        return code * 1099511628211ull;
    }

private:
    int m_cells = 1;
    int m_bits = 1;
    bool m_packs = true;
    bool m_oneStep = true;
    double m_low = 0.0;
    double m_inverseStep = 1.0;
    std::vector<double> m_lower, m_upper;
};

/// Symbols of the rows of a C-ordered (rows x columns) block of floats or doubles.
template<typename Scalar>
std::vector<std::uint64_t> rowMajorSymbols(const Scalar *data, Eigen::Index rows, Eigen::Index columns,
                                           const BinningOptions &options)
{
    checkEdges(options);
    const std::size_t count = std::size_t(rows) * std::size_t(columns);
    double low = options.low, high = options.high;
    if (options.activationRange && count > 0) {
        const auto [lowest, highest] = std::minmax_element(data, data + count);
        low = double(*lowest);
        high = double(*highest);
    }
    const CellCoder coder(low, high, options.edges, columns);
    thread_local std::vector<std::int32_t> cells;
    cells.resize(count);
    coder.cellsOf(data, count, cells.data());
    std::vector<std::uint64_t> symbols(static_cast<std::size_t>(rows));
    for (Eigen::Index r = 0; r < rows; ++r) {
        const std::int32_t *row = cells.data() + std::size_t(r) * std::size_t(columns);
        std::uint64_t code = coder.start();
        for (Eigen::Index c = 0; c < columns; ++c)
            code = coder.add(code, row[c], c);
        symbols[std::size_t(r)] = code;
    }
    return symbols;
}

} // namespace

std::vector<std::uint64_t> binnedSymbols(const Eigen::Ref<const Eigen::MatrixXd> &activations, const BinningOptions &options)
{
    checkEdges(options);
    if (!activations.allFinite())
        refuseNonFinite(); // before minCoeff/maxCoeff see them
    const bool own = options.activationRange && activations.size() > 0;
    const CellCoder coder(own ? activations.minCoeff() : options.low, own ? activations.maxCoeff() : options.high,
                          options.edges, activations.cols());
    // Column by column, so that the (column-major) matrix is read in memory order.
    std::vector<std::uint64_t> symbols(std::size_t(activations.rows()), coder.start());
    std::vector<std::int32_t> cells(std::size_t(activations.rows()));
    for (Eigen::Index c = 0; c < activations.cols(); ++c) {
        coder.cellsOf(activations.col(c).data(), cells.size(), cells.data());
        for (std::size_t r = 0; r < cells.size(); ++r)
            symbols[r] = coder.add(symbols[r], cells[r], c);
    }
    return symbols;
}

std::vector<std::uint64_t> binnedSymbols(const Tensor &activations, const BinningOptions &options)
{
    if (activations.ndim() == 0)
        throw AnalysisError("the binning estimator needs one row per sample, got a scalar");
    const Eigen::Index rows = activations.dim(0);
    const Eigen::Index columns = rows ? activations.numel() / rows : 0;
    if (activations.isContiguous() && activations.dtype() == DType::Float32)
        return rowMajorSymbols(activations.data<float>(), rows, columns, options);
    if (activations.isContiguous() && activations.dtype() == DType::Float64)
        return rowMajorSymbols(activations.data<double>(), rows, columns, options);
    return binnedSymbols(sampleMatrix(activations, "activations"), options);
}

double conditionalEntropy(const std::vector<std::uint64_t> &t, const std::vector<std::int64_t> &groups)
{
    // H(T|G) = H(T, G) − H(G), both from hash counts (no sorting).
    const std::vector<std::uint64_t> groupCodes(groups.begin(), groups.end());
    return jointEntropyOfCodes(t, groupCodes) - entropyOfCodes(groupCodes);
}

BinningEstimate binningInformation(const std::vector<std::uint64_t> &symbols, const std::vector<std::int64_t> &inputs,
                                   const CodedLabels &labels)
{
    const std::size_t n = symbols.size();
    if (n == 0)
        throw AnalysisError("no samples");
    if (labels.size() != n)
        throw AnalysisError("activations have " + std::to_string(n) + " samples but labels have " + std::to_string(labels.size()));
    if (!inputs.empty() && inputs.size() != n)
        throw AnalysisError("activations have " + std::to_string(n) + " samples but inputs have " + std::to_string(inputs.size()));
    const SymbolEntropies h = entropiesWithLabels(symbols, labels);
    BinningEstimate estimate;
    estimate.ht = h.marginal;
    estimate.ixt = inputs.empty() ? estimate.ht : estimate.ht - conditionalEntropy(symbols, inputs);
    estimate.ity = estimate.ht + labels.entropy() - h.joint; // H(T) − H(T|Y)
    return estimate;
}

BinningEstimate binningInformation(const Eigen::Ref<const Eigen::MatrixXd> &activations,
                                   const std::vector<std::int64_t> &inputs, const std::vector<std::int64_t> &labels,
                                   const BinningOptions &options)
{
    if (activations.rows() == 0)
        throw AnalysisError("no samples");
    if (labels.size() != std::size_t(activations.rows()))
        throw AnalysisError("activations have " + std::to_string(activations.rows()) + " samples but labels have "
                            + std::to_string(labels.size()));
    return binningInformation(binnedSymbols(activations, options), inputs, CodedLabels(labels));
}

} // namespace core

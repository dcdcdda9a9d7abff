#include "numerics/snapshotproducts.h"

#include "numerics/blasproducts.h"
#include "numerics/fmatile.h"
#include "task/canceltoken.h"
#include "task/parallelfor.h"

#include <algorithm>
#include <functional>
#include <stdexcept>
#include <vector>

namespace core {

namespace {

using fma::Stride;

// Tiles pay where a chunk of panels fits in a core's L2 (512 KB on Zen 3); wider states go to the BLAS,
// whose blocking handles any size.
constexpr Eigen::Index kMostTiledStates = 512;
// Blocks of at least 4096 columns, at most 32 of them: an even share on every core, few local results held.
constexpr std::int64_t kColumnsPerBlock = 4096;
constexpr std::int64_t kMostBlocks = 32;
// Columns per BLAS call on the fallback path: a cancel is seen between calls.
constexpr Eigen::Index kBlasGramColumns = 16384;

bool tiled(Eigen::Index states)
{
    return fma::hasAvx2Fma() && states <= kMostTiledStates;
}

Stride roundUpToFour(Stride value)
{
    return (value + 3) / 4 * 4;
}

// Σ over blocks of x's columns of body(begin, end, local), each block into its own zeroed rows × cols local,
// the locals added in block order. The blocks depend on `columns` alone, never on the cores: the same bits on
// any number of threads, and from run to run.
Eigen::MatrixXd sumOverColumnBlocks(std::int64_t columns, Stride rows, Stride cols,
                                    const std::function<void(Stride, Stride, Eigen::MatrixXd &)> &body,
                                    const CancelToken &cancel)
{
    const std::int64_t blocks = std::clamp<std::int64_t>((columns + kColumnsPerBlock - 1) / kColumnsPerBlock, 1, kMostBlocks);
    std::vector<Eigen::MatrixXd> locals(static_cast<std::size_t>(blocks));
    parallelFor(blocks, 1, 0, [&](std::int64_t first, std::int64_t last) {
        for (std::int64_t block = first; block < last; ++block) {
            Eigen::MatrixXd &local = locals[std::size_t(block)];
            local = Eigen::MatrixXd::Zero(rows, cols);
            body(block * columns / blocks, (block + 1) * columns / blocks, local);
        }
    }, cancel);
    cancel.throwIfCancelled();
    Eigen::MatrixXd sum = Eigen::MatrixXd::Zero(rows, cols);
    for (const Eigen::MatrixXd &local : locals)
        sum += local;
    return sum;
}

} // namespace

void addGramLowerParallel(const Eigen::Ref<const Eigen::MatrixXd> &x, Eigen::Ref<Eigen::MatrixXd> gram,
                          const CancelToken &cancel)
{
    const Eigen::Index n = x.rows(), m = x.cols();
    if (gram.rows() != n || gram.cols() != n)
        throw std::invalid_argument("addGramLowerParallel: the Gram matrix's size does not fit");
    if (n == 0 || m == 0)
        return;
    if (!tiled(n)) {
        for (Eigen::Index from = 0; from < m; from += kBlasGramColumns) {
            cancel.throwIfCancelled();
            addGramLower(x.middleCols(from, std::min(kBlasGramColumns, m - from)), gram);
        }
        return;
    }
    const Stride padded = roundUpToFour(n);
    // Columns per chunk: the chunk's panels (padded × depth doubles) within 512 KB.
    const Stride depth = std::clamp<Stride>(65536 / padded, 64, 256);
    const Eigen::MatrixXd sum = sumOverColumnBlocks(m, padded, padded, [&](Stride begin, Stride end, Eigen::MatrixXd &local) {
        std::vector<double> panels(std::size_t(padded * depth));
        for (Stride from = begin; from < end; from += depth) {
            if (cancel.isCancelled())
                return;
            const Stride count = std::min<Stride>(depth, end - from);
            const Stride panelStride = 4 * count;
            fma::packPanels(x.data() + from * x.outerStride(), x.outerStride(), n, count, panels.data(), panelStride);
            for (Stride row = 0; row < padded; row += 12) {
                const int na = int(std::min<Stride>(3, (padded - row) / 4));
                const double *a = panels.data() + row / 4 * panelStride;
                // Column panels up to the row block's last row: the lower triangle and the diagonal blocks whole.
                for (Stride column = 0; column < row + 4 * na; column += 4)
                    fma::tile(na, a, panelStride, 4, panels.data() + column / 4 * panelStride, 4, 1, count,
                              local.data() + column * padded + row, padded);
            }
        }
    }, cancel);
    gram.triangularView<Eigen::Lower>() += sum.topLeftCorner(n, n);
}

Eigen::MatrixXd laggedProjection(const Eigen::Ref<const Eigen::MatrixXd> &x, const Eigen::Ref<const Eigen::MatrixXd> &y,
                                 const Eigen::Ref<const Eigen::MatrixXd> &u, const CancelToken &cancel)
{
    const Eigen::Index n = x.rows(), m = x.cols(), r = u.cols();
    if (y.rows() != n || y.cols() != m || u.rows() != n)
        throw std::invalid_argument("laggedProjection: the matrices' sizes do not fit");
    Eigen::MatrixXd out = Eigen::MatrixXd::Zero(n, r);
    if (n == 0 || m == 0 || r == 0)
        return out;
    if (!tiled(n)) {
        // Blocks small enough that y's block is still in cache when uᵀ x's block is done.
        const Eigen::Index block = 512;
        Eigen::MatrixXd projected(r, block);
        for (Eigen::Index from = 0; from < m; from += block) {
            cancel.throwIfCancelled();
            const Eigen::Index count = std::min(block, m - from);
            multiplyAdd(u, true, x.middleCols(from, count), false, 0.0, projected.leftCols(count));
            multiplyAdd(y.middleCols(from, count), false, projected.leftCols(count), true, 1.0, out);
        }
        return out;
    }
    const Stride padded = roundUpToFour(n), width = roundUpToFour(r);
    // uᵀ in panels of 4 of its rows (u's columns), over all n states: the A side of z = uᵀ x_k.
    std::vector<double> uPanels(std::size_t(width * n));
    const Eigen::MatrixXd ut = u.transpose();
    fma::packPanels(ut.data(), r, r, n, uPanels.data(), 4 * n);
    // 128 columns a chunk: y's panels (256 KB at 256 states) and z stay in L2 between the two products.
    const Stride depth = 128;
    const Eigen::MatrixXd sum = sumOverColumnBlocks(m, padded, width, [&](Stride begin, Stride end, Eigen::MatrixXd &local) {
        std::vector<double> z(std::size_t(width * depth)), yPanels(std::size_t(padded * depth)),
            tail(std::size_t(n * 4));
        for (Stride from = begin; from < end; from += depth) {
            if (cancel.isCancelled())
                return;
            const Stride count = std::min<Stride>(depth, end - from);
            // z (width × count, column k = uᵀ x_k) from groups of 4 columns of x; the last group copied with zeros.
            std::fill(z.begin(), z.end(), 0.0);
            for (Stride column = 0; column < count; column += 4) {
                const double *b = x.data() + (from + column) * x.outerStride();
                Stride ldb = x.outerStride();
                if (count - column < 4) {
                    std::fill(tail.begin(), tail.end(), 0.0);
                    for (Stride j = 0; j < count - column; ++j)
                        std::copy_n(b + j * ldb, n, tail.data() + j * n);
                    b = tail.data();
                    ldb = n;
                }
                for (Stride q = 0; q < width / 4; q += 3)
                    fma::tile(int(std::min<Stride>(3, width / 4 - q)), uPanels.data() + q * 4 * n, 4 * n, 4, b, 1, ldb,
                              n, z.data() + column * width + 4 * q, width);
            }
            // local += y_chunk zᵀ.
            const Stride panelStride = 4 * count;
            fma::packPanels(y.data() + from * y.outerStride(), y.outerStride(), n, count, yPanels.data(), panelStride);
            for (Stride row = 0; row < padded; row += 12) {
                const int na = int(std::min<Stride>(3, (padded - row) / 4));
                for (Stride column = 0; column < width; column += 4)
                    fma::tile(na, yPanels.data() + row / 4 * panelStride, panelStride, 4, z.data() + column, width, 1,
                              count, local.data() + column * padded + row, padded);
            }
        }
    }, cancel);
    return sum.topLeftCorner(n, r);
}

} // namespace core

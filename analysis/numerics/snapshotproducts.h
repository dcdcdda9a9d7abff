#pragma once

#include <Eigen/Core>

namespace core {

class CancelToken;

// The two snapshot-sized products of DMD's Gram route, on the calling thread's budget of cores (parallelFor)
// with AVX2/FMA register tiles (numerics/fmatile.h) over panels that stay in cache. Through the BLAS instead
// on CPUs without AVX2/FMA or beyond 512 states. Why not the BLAS everywhere: OpenBLAS's dsyrk on a
// 256 × 100 000 matrix reached 40–60 GFLOP/s on two Zen 3 cores where these tiles reach 55–74, its thin
// products took the pass twice as long, and its worker threads spin after each call, taking a core from
// whatever runs next (docs/benchmarks.md). Column blocks are fixed by the column count and summed in order:
// the same bits on any number of cores. Both stop within one chunk when `cancel` is set, then throw
// CancelledError.

/// gram's lower triangle += x xᵀ (gram: rows(x) × rows(x); the upper triangle is left alone).
void addGramLowerParallel(const Eigen::Ref<const Eigen::MatrixXd> &x, Eigen::Ref<Eigen::MatrixXd> gram,
                          const CancelToken &cancel);

/// y (xᵀ u): rows(y) × cols(u), for x and y of equal size and rows(u) = rows(x), in one pass over x and y.
Eigen::MatrixXd laggedProjection(const Eigen::Ref<const Eigen::MatrixXd> &x, const Eigen::Ref<const Eigen::MatrixXd> &y,
                                 const Eigen::Ref<const Eigen::MatrixXd> &u, const CancelToken &cancel);

} // namespace core

#pragma once

#include <Eigen/Core>

namespace core {

// Large dense products through the system BLAS (libblas.so.3: OpenBLAS on Debian when installed, chosen by
// update-alternatives). Eigen's own kernels are built for the baseline x86-64 (SSE2) so that the binary runs
// on any machine; the BLAS picks AVX2/AVX-512 kernels at run time and is several times faster on large
// products. It runs its own threads (OPENBLAS_NUM_THREADS), not the thread budget. DMD's snapshot-sized
// products come here only where numerics/snapshotproducts.h has no AVX2/FMA tiles to use.

/// gram's lower triangle += x xᵀ (gram: rows(x) × rows(x); the upper triangle is left alone).
void addGramLower(const Eigen::Ref<const Eigen::MatrixXd> &x, Eigen::Ref<Eigen::MatrixXd> gram);

/// out = op(a) · op(b) + beta · out, op = transpose when asked (out sized by the caller).
void multiplyAdd(const Eigen::Ref<const Eigen::MatrixXd> &a, bool transposeA, const Eigen::Ref<const Eigen::MatrixXd> &b,
                 bool transposeB, double beta, Eigen::Ref<Eigen::MatrixXd> out);

} // namespace core

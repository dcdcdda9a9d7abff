#pragma once

#include <cstddef>

namespace core::fma {

// The register tile behind snapshotproducts.cpp: C (4·NA × 4, column-major, ldc) += Σ_k A(k) B(k)ᵀ, where
// A(k) is NA vectors of 4 doubles, vector t at a + t·aStep + k·lda, and B(k) is 4 doubles, B(k)[j] at
// b + k·ldb + j·bStep. Twelve accumulators (NA = 3) and four broadcasts fill AVX2's 16 registers, so the
// loop is bound by the two FMA pipes, as in the BLAS's own micro-kernels. Strides let one tile serve a
// packed panel, a matrix's columns and a transposed operand alike. Callers check hasAvx2Fma() first.

using Stride = std::ptrdiff_t;

bool hasAvx2Fma();

/// NA ∈ {1, 2, 3}.
void tile(int na, const double *a, Stride aStep, Stride lda, const double *b, Stride ldb, Stride bStep, Stride k,
          double *c, Stride ldc);

/// Copies rows [0, rows) of `columns` columns of a column-major matrix (leading dimension ld) into panels of
/// 4 rows: panel q holds element (4q + t, k) at panel + q·panelStride + 4k + t; rows beyond `rows` are 0.
void packPanels(const double *x, Stride ld, Stride rows, Stride columns, double *panel, Stride panelStride);

} // namespace core::fma

#include "numerics/fmatile.h"

// x86-64 only: elsewhere hasAvx2Fma() is false and the callers take the BLAS (the others are never reached).
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define INFOSCOPE_FMA_TILES 1
#include <immintrin.h>
#endif

namespace core::fma {

#ifdef INFOSCOPE_FMA_TILES

namespace {

template<int NA>
__attribute__((target("avx2,fma"))) void tileOf(const double *a, Stride aStep, Stride lda, const double *b, Stride ldb,
                                                 Stride bStep, Stride k, double *c, Stride ldc)
{
    // The unroll pragmas keep the accumulators in registers: without them GCC stores every one on each step.
    __m256d acc[NA][4];
#pragma GCC unroll 4
    for (int t = 0; t < NA; ++t)
#pragma GCC unroll 4
        for (int j = 0; j < 4; ++j)
            acc[t][j] = _mm256_setzero_pd();
    for (Stride step = 0; step < k; ++step) {
        __m256d column[NA];
#pragma GCC unroll 4
        for (int t = 0; t < NA; ++t)
            column[t] = _mm256_loadu_pd(a + t * aStep + step * lda);
#pragma GCC unroll 4
        for (int j = 0; j < 4; ++j) {
            const __m256d value = _mm256_broadcast_sd(b + step * ldb + j * bStep);
#pragma GCC unroll 4
            for (int t = 0; t < NA; ++t)
                acc[t][j] = _mm256_fmadd_pd(column[t], value, acc[t][j]);
        }
    }
#pragma GCC unroll 4
    for (int j = 0; j < 4; ++j)
#pragma GCC unroll 4
        for (int t = 0; t < NA; ++t) {
            double *out = c + j * ldc + 4 * t;
            _mm256_storeu_pd(out, _mm256_add_pd(_mm256_loadu_pd(out), acc[t][j]));
        }
}

} // namespace

bool hasAvx2Fma()
{
    static const bool has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return has;
}

void tile(int na, const double *a, Stride aStep, Stride lda, const double *b, Stride ldb, Stride bStep, Stride k,
          double *c, Stride ldc)
{
    switch (na) {
    case 3:
        return tileOf<3>(a, aStep, lda, b, ldb, bStep, k, c, ldc);
    case 2:
        return tileOf<2>(a, aStep, lda, b, ldb, bStep, k, c, ldc);
    default:
        return tileOf<1>(a, aStep, lda, b, ldb, bStep, k, c, ldc);
    }
}

__attribute__((target("avx2"))) void packPanels(const double *x, Stride ld, Stride rows, Stride columns, double *panel,
                                                 Stride panelStride)
{
    // 32-byte moves: std::copy_n of 4 doubles became a call to memmove per group, 14 % of the Gram's time.
    const Stride whole = rows / 4;
    for (Stride k = 0; k < columns; ++k) {
        const double *column = x + k * ld;
        for (Stride q = 0; q < whole; ++q)
            _mm256_storeu_pd(panel + q * panelStride + 4 * k, _mm256_loadu_pd(column + 4 * q));
        if (rows % 4) {
            double *tail = panel + whole * panelStride + 4 * k;
            for (Stride t = 0; t < 4; ++t)
                tail[t] = 4 * whole + t < rows ? column[4 * whole + t] : 0.0;
        }
    }
}

#else

bool hasAvx2Fma()
{
    return false;
}

void tile(int, const double *, Stride, Stride, const double *, Stride, Stride, Stride, double *, Stride) {}

void packPanels(const double *, Stride, Stride, Stride, double *, Stride) {}

#endif

} // namespace core::fma

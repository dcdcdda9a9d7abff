#include "data/arraystatistics.h"

#include "task/canceltoken.h"
#include "task/parallelfor.h"
#include "task/progress.h"

#include <algorithm>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <cmath>
#include <limits>
#include <vector>

namespace core {

namespace {

constexpr std::int64_t kChunk = 1 << 20; // elements per work item: ~4 MB of float32

/// Partial result of one chunk; combined in chunk order so the sum does not depend on scheduling.
struct Partial
{
    std::int64_t nan = 0, posInf = 0, negInf = 0, finite = 0;
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    double sum = 0.0;
};

/// Counts NaN and ±inf of a chunk that has some (rare: the main loops only flag them).
template<typename T>
void countSpecial(Partial &p, const T *data, std::int64_t count)
{
    for (std::int64_t i = 0; i < count; ++i) {
        const T x = data[i];
        if (std::isnan(x))
            ++p.nan;
        else if (std::isinf(x))
            ++(x > 0 ? p.posInf : p.negInf);
    }
    p.finite = count - p.nan - p.posInf - p.negInf;
}

/// The scalar loop: finite values feed min/max/sum, summed in double per block of 4096 (the rounding
/// error grows ~sqrt(n) slower); returns true if the chunk had NaN or ±inf.
template<typename T>
bool reduceScalar(const T *data, std::int64_t count, T &lo, T &hi, double &sum)
{
    bool special = false;
    double block = 0.0;
    for (std::int64_t i = 0; i < count; ++i) {
        const T x = data[i];
        const bool finite = std::isfinite(x);
        special |= !finite;
        const T v = finite ? x : T(0);
        lo = finite && v < lo ? v : lo;
        hi = finite && v > hi ? v : hi;
        block += double(v);
        if ((i & 4095) == 4095) {
            sum += block;
            block = 0.0;
        }
    }
    sum += block;
    return special;
}

#if defined(__SSE2__)
constexpr std::int64_t kSumBlock = 4096;

/// SSE2 (every x86-64): NaN and ±inf are masked out of min/max/sum and only flagged; several
/// accumulators keep the adds' latency off the critical path (the scalar loop ran at ~2 GB/s a
/// core, below what a mapped file delivers).
bool reduceVector(const float *data, std::int64_t count, float &lo, float &hi, double &sum)
{
    const __m128 absMask = _mm_castsi128_ps(_mm_set1_epi32(0x7fffffff));
    const __m128 largest = _mm_set1_ps(std::numeric_limits<float>::max());
    const __m128 inf = _mm_set1_ps(std::numeric_limits<float>::infinity());
    const __m128 negInf = _mm_set1_ps(-std::numeric_limits<float>::infinity());
    __m128 lo0 = inf, lo1 = inf, hi0 = negInf, hi1 = negInf, odd = _mm_setzero_ps();
    const auto step = [&](const float *at, __m128 &low, __m128 &high, __m128d &a, __m128d &b) {
        const __m128 x = _mm_loadu_ps(at);
        const __m128 finite = _mm_cmple_ps(_mm_and_ps(x, absMask), largest); // false for NaN and ±inf
        odd = _mm_or_ps(odd, _mm_cmpnle_ps(_mm_and_ps(x, absMask), largest));
        const __m128 kept = _mm_and_ps(finite, x);
        low = _mm_min_ps(low, _mm_or_ps(kept, _mm_andnot_ps(finite, inf)));
        high = _mm_max_ps(high, _mm_or_ps(kept, _mm_andnot_ps(finite, negInf)));
        a = _mm_add_pd(a, _mm_cvtps_pd(kept));
        b = _mm_add_pd(b, _mm_cvtps_pd(_mm_movehl_ps(kept, kept)));
    };
    const std::int64_t whole = count & ~std::int64_t(7);
    for (std::int64_t begin = 0; begin < whole; begin += kSumBlock) {
        const std::int64_t end = std::min(whole, begin + kSumBlock);
        __m128d a0 = _mm_setzero_pd(), b0 = _mm_setzero_pd(), a1 = _mm_setzero_pd(), b1 = _mm_setzero_pd();
        for (std::int64_t i = begin; i < end; i += 8) {
            step(data + i, lo0, hi0, a0, b0);
            step(data + i + 4, lo1, hi1, a1, b1);
        }
        double parts[2];
        _mm_storeu_pd(parts, _mm_add_pd(_mm_add_pd(a0, b0), _mm_add_pd(a1, b1)));
        sum += parts[0] + parts[1];
    }
    float lows[4], highs[4];
    _mm_storeu_ps(lows, _mm_min_ps(lo0, lo1));
    _mm_storeu_ps(highs, _mm_max_ps(hi0, hi1));
    for (int l = 0; l < 4; ++l) {
        lo = std::min(lo, lows[l]);
        hi = std::max(hi, highs[l]);
    }
    const bool tailSpecial = reduceScalar(data + whole, count - whole, lo, hi, sum);
    return _mm_movemask_ps(odd) != 0 || tailSpecial;
}

bool reduceVector(const double *data, std::int64_t count, double &lo, double &hi, double &sum)
{
    const __m128d absMask = _mm_castsi128_pd(_mm_set1_epi64x(0x7fffffffffffffffLL));
    const __m128d largest = _mm_set1_pd(std::numeric_limits<double>::max());
    const __m128d inf = _mm_set1_pd(std::numeric_limits<double>::infinity());
    const __m128d negInf = _mm_set1_pd(-std::numeric_limits<double>::infinity());
    __m128d lo0 = inf, lo1 = inf, hi0 = negInf, hi1 = negInf, odd = _mm_setzero_pd();
    const auto step = [&](const double *at, __m128d &low, __m128d &high, __m128d &a) {
        const __m128d x = _mm_loadu_pd(at);
        const __m128d finite = _mm_cmple_pd(_mm_and_pd(x, absMask), largest);
        odd = _mm_or_pd(odd, _mm_cmpnle_pd(_mm_and_pd(x, absMask), largest));
        const __m128d kept = _mm_and_pd(finite, x);
        low = _mm_min_pd(low, _mm_or_pd(kept, _mm_andnot_pd(finite, inf)));
        high = _mm_max_pd(high, _mm_or_pd(kept, _mm_andnot_pd(finite, negInf)));
        a = _mm_add_pd(a, kept);
    };
    const std::int64_t whole = count & ~std::int64_t(7);
    for (std::int64_t begin = 0; begin < whole; begin += kSumBlock) {
        const std::int64_t end = std::min(whole, begin + kSumBlock);
        __m128d a0 = _mm_setzero_pd(), a1 = _mm_setzero_pd(), a2 = _mm_setzero_pd(), a3 = _mm_setzero_pd();
        for (std::int64_t i = begin; i < end; i += 8) {
            step(data + i, lo0, hi0, a0);
            step(data + i + 2, lo1, hi1, a1);
            step(data + i + 4, lo0, hi0, a2);
            step(data + i + 6, lo1, hi1, a3);
        }
        double parts[2];
        _mm_storeu_pd(parts, _mm_add_pd(_mm_add_pd(a0, a1), _mm_add_pd(a2, a3)));
        sum += parts[0] + parts[1];
    }
    double lows[2], highs[2];
    _mm_storeu_pd(lows, _mm_min_pd(lo0, lo1));
    _mm_storeu_pd(highs, _mm_max_pd(hi0, hi1));
    lo = std::min({lo, lows[0], lows[1]});
    hi = std::max({hi, highs[0], highs[1]});
    const bool tailSpecial = reduceScalar(data + whole, count - whole, lo, hi, sum);
    return _mm_movemask_pd(odd) != 0 || tailSpecial;
}
#else
template<typename T>
bool reduceVector(const T *data, std::int64_t count, T &lo, T &hi, double &sum)
{
    return reduceScalar(data, count, lo, hi, sum);
}
#endif

template<typename T>
Partial reduceContiguous(const T *data, std::int64_t count)
{
    T lo = std::numeric_limits<T>::infinity(), hi = -std::numeric_limits<T>::infinity();
    double sum = 0.0;
    const bool special = reduceVector(data, count, lo, hi, sum);
    Partial p;
    p.min = double(lo);
    p.max = double(hi);
    p.sum = sum;
    p.finite = count;
    if (special)
        countSpecial(p, data, count);
    return p;
}

void accumulate(Partial &p, double x)
{
    if (std::isnan(x)) {
        ++p.nan;
    } else if (std::isinf(x)) {
        ++(x > 0 ? p.posInf : p.negInf);
    } else {
        ++p.finite;
        p.min = std::min(p.min, x);
        p.max = std::max(p.max, x);
        p.sum += x;
    }
}

} // namespace

ArrayStatistics computeStatistics(const Tensor &tensor, Progress &progress, const CancelToken &cancel, int threads)
{
    ArrayStatistics stats;
    stats.count = tensor.isNull() ? 0 : tensor.numel();
    const std::int64_t count = stats.count;
    const std::int64_t chunks = (count + kChunk - 1) / kChunk;
    std::vector<Partial> partials(static_cast<std::size_t>(chunks));

    // Fast path: contiguous float32/float64 read in place. Anything else is read element by element
    // where it lies, never copied: a view may address far more elements than its storage holds
    // (a stride-0 torch tensor of 10⁹ rows is 1.5 KB on disk).
    const bool contiguous = tensor.isContiguous();
    const std::byte *base = count ? tensor.bytes() : nullptr;
    const std::size_t elementSize = dtypeSize(tensor.dtype());
    const int rank = tensor.ndim();

    parallelFor(chunks, 1, threads, [&](std::int64_t chunk, std::int64_t) {
        const std::int64_t begin = chunk * kChunk;
        const std::int64_t n = std::min(kChunk, count - begin);
        Partial &p = partials[static_cast<std::size_t>(chunk)];
        if (contiguous && tensor.dtype() == DType::Float32) {
            p = reduceContiguous(reinterpret_cast<const float *>(base) + begin, n);
        } else if (contiguous && tensor.dtype() == DType::Float64) {
            p = reduceContiguous(reinterpret_cast<const double *>(base) + begin, n);
        } else if (contiguous) {
            for (std::int64_t i = 0; i < n; ++i)
                accumulate(p, elementToDouble(base + static_cast<std::size_t>(begin + i) * elementSize, tensor.dtype()));
        } else {
            // The chunk's first index in C order, then an odometer over the strides.
            std::vector<std::int64_t> index(static_cast<std::size_t>(rank), 0);
            std::int64_t offset = 0, rest = begin;
            for (int d = rank - 1; d >= 0; --d) {
                const std::int64_t extent = tensor.shape()[std::size_t(d)];
                index[std::size_t(d)] = rest % extent;
                rest /= extent;
                offset += index[std::size_t(d)] * tensor.strides()[std::size_t(d)];
            }
            for (std::int64_t i = 0; i < n; ++i) {
                accumulate(p, elementToDouble(base + offset * std::int64_t(elementSize), tensor.dtype()));
                for (int d = rank - 1; d >= 0; --d) {
                    const std::size_t a = std::size_t(d);
                    if (++index[a] < tensor.shape()[a]) {
                        offset += tensor.strides()[a];
                        break;
                    }
                    offset -= tensor.strides()[a] * (index[a] - 1);
                    index[a] = 0;
                }
            }
        }
    }, cancel, [&](double fraction) { progress.report(fraction, "statistics"); });
    progress.report(1.0, "statistics");
    cancel.throwIfCancelled();

    Partial total;
    for (const Partial &p : partials) {
        total.nan += p.nan;
        total.posInf += p.posInf;
        total.negInf += p.negInf;
        total.finite += p.finite;
        total.min = std::min(total.min, p.min);
        total.max = std::max(total.max, p.max);
        total.sum += p.sum;
    }
    stats.nanCount = total.nan;
    stats.positiveInfCount = total.posInf;
    stats.negativeInfCount = total.negInf;
    stats.sum = total.sum;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    stats.min = total.finite ? total.min : nan;
    stats.max = total.finite ? total.max : nan;
    stats.mean = total.finite ? total.sum / double(total.finite) : nan;
    return stats;
}

} // namespace core

#include "data/arraystatistics.h"

#include "task/canceltoken.h"
#include "task/parallelfor.h"
#include "task/progress.h"

#include <algorithm>
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

template<typename T>
Partial reduceContiguous(const T *data, std::int64_t count)
{
    // Branch-light main loop: finite values feed min/max/sum; the rare non-finite ones are
    // recounted afterwards only if the chunk had any.
    Partial p;
    T lo = std::numeric_limits<T>::infinity(), hi = -std::numeric_limits<T>::infinity();
    double sum = 0.0;
    double block = 0.0;
    bool special = false;
    for (std::int64_t i = 0; i < count; ++i) {
        const T x = data[i];
        const bool finite = std::isfinite(x);
        special |= !finite;
        const T v = finite ? x : T(0);
        lo = finite && v < lo ? v : lo;
        hi = finite && v > hi ? v : hi;
        block += double(v);
        if ((i & 4095) == 4095) { // blocked summation keeps the rounding error ~sqrt(n) smaller
            sum += block;
            block = 0.0;
        }
    }
    sum += block;
    p.min = double(lo);
    p.max = double(hi);
    p.sum = sum;
    p.finite = count;
    if (special) {
        for (std::int64_t i = 0; i < count; ++i) {
            const T x = data[i];
            if (std::isnan(x))
                ++p.nan;
            else if (std::isinf(x))
                ++(x > 0 ? p.posInf : p.negInf);
        }
        p.finite = count - p.nan - p.posInf - p.negInf;
    }
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

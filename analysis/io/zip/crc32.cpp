#include "io/zip/crc32.h"

#include "task/atomiccanceltoken.h"
#include "task/parallelfor.h"

#include <zlib.h>

#include <algorithm>
#include <vector>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define INFOSCOPE_CRC_CLMUL 1
#endif

namespace core {

namespace {

std::uint32_t zlibCrc(std::uint32_t crc, const std::byte *data, std::size_t size)
{
    uLong c = crc;
    while (size > 0) { // zlib's length is a uInt
        const uInt chunk = uInt(std::min<std::size_t>(size, std::size_t(1) << 30));
        c = ::crc32(c, reinterpret_cast<const Bytef *>(data), chunk);
        data += chunk;
        size -= chunk;
    }
    return std::uint32_t(c);
}

#ifdef INFOSCOPE_CRC_CLMUL
__attribute__((target("pclmul,sse4.1"))) inline __m128i load(const std::byte *p)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
}

/// x·k folded 128 bits (or 512) further, plus the next block.
__attribute__((target("pclmul,sse4.1"))) inline __m128i fold(__m128i x, __m128i k, __m128i next)
{
    return _mm_xor_si128(_mm_xor_si128(_mm_clmulepi64_si128(x, k, 0x00), _mm_clmulepi64_si128(x, k, 0x11)), next);
}

/// Folding of the reflected CRC-32 polynomial 0x104C11DB7 (Gopal et al., "Fast CRC computation for
/// generic polynomials using PCLMULQDQ", Intel 2009): four 128-bit lanes folded 512 bits at a time,
/// reduced to one lane, then to 64 and 32 bits and a Barrett step. The constants are x^k mod P(x),
/// bit-reflected, for the fold distances used below. `raw` is the register (the CRC before its final
/// inversion); `size` is a multiple of 16 and at least 64.
__attribute__((target("pclmul,sse4.1")))
std::uint32_t foldClmul(std::uint32_t raw, const std::byte *data, std::size_t size)
{
    const __m128i fold512 = _mm_set_epi64x(0x1c6e41596, 0x154442bd4); // x^(512+32), x^(512-32) mod P
    const __m128i fold128 = _mm_set_epi64x(0x0ccaa009e, 0x1751997d0); // x^(128+32), x^(128-32) mod P
    const __m128i fold64 = _mm_set_epi64x(0, 0x163cd6124);            // x^64 mod P
    const __m128i barrett = _mm_set_epi64x(0x1f7011641, 0x1db710641); // mu and P(x), reflected
    const __m128i low32 = _mm_set_epi32(0, 0, 0, -1);
    __m128i x1 = _mm_xor_si128(load(data), _mm_cvtsi32_si128(int(raw)));
    __m128i x2 = load(data + 16);
    __m128i x3 = load(data + 32);
    __m128i x4 = load(data + 48);
    data += 64;
    size -= 64;
    for (; size >= 64; data += 64, size -= 64) {
        x1 = fold(x1, fold512, load(data));
        x2 = fold(x2, fold512, load(data + 16));
        x3 = fold(x3, fold512, load(data + 32));
        x4 = fold(x4, fold512, load(data + 48));
    }
    x1 = fold(x1, fold128, x2);
    x1 = fold(x1, fold128, x3);
    x1 = fold(x1, fold128, x4);
    for (; size >= 16; data += 16, size -= 16)
        x1 = fold(x1, fold128, load(data));

    // 128 -> 64 bits (appending 32 zero bits), 64 -> 32, then the Barrett reduction.
    x1 = _mm_xor_si128(_mm_srli_si128(x1, 8), _mm_clmulepi64_si128(fold128, x1, 0x01));
    x1 = _mm_xor_si128(_mm_srli_si128(x1, 4), _mm_clmulepi64_si128(_mm_and_si128(x1, low32), fold64, 0x00));
    __m128i t = _mm_and_si128(_mm_clmulepi64_si128(_mm_and_si128(x1, low32), barrett, 0x10), low32);
    t = _mm_clmulepi64_si128(t, barrett, 0x00);
    return std::uint32_t(_mm_extract_epi32(_mm_xor_si128(x1, t), 1));
}

bool hasClmul()
{
    static const bool has = __builtin_cpu_supports("pclmul") && __builtin_cpu_supports("sse4.1");
    return has;
}
#endif

} // namespace

std::uint32_t crc32(std::uint32_t crc, const std::byte *data, std::size_t size)
{
#ifdef INFOSCOPE_CRC_CLMUL
    if (size >= 64 && hasClmul()) {
        const std::size_t folded = size & ~std::size_t(15);
        crc = ~foldClmul(~crc, data, folded);
        data += folded;
        size -= folded;
    }
#endif
    return zlibCrc(crc, data, size);
}

std::uint32_t crc32Parallel(const std::byte *data, std::uint64_t size)
{
    constexpr std::uint64_t kBlock = std::uint64_t(1) << 22; // 4 MiB: a 40 MB member still spreads over the cores
    const std::int64_t blocks = std::int64_t((size + kBlock - 1) / kBlock);
    if (blocks <= 1)
        return crc32(0, data, std::size_t(size));
    std::vector<std::uint32_t> parts(std::size_t(blocks), 0);
    const AtomicCancelToken never;
    parallelFor(blocks, 1, 0, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t b = begin; b < end; ++b) {
            const std::uint64_t at = std::uint64_t(b) * kBlock;
            parts[std::size_t(b)] = crc32(0, data + at, std::size_t(std::min(kBlock, size - at)));
        }
    }, never);
    uLong crc = parts.front();
    for (std::int64_t b = 1; b < blocks; ++b)
        crc = crc32_combine(crc, parts[std::size_t(b)], z_off_t(std::min(kBlock, size - std::uint64_t(b) * kBlock)));
    return std::uint32_t(crc);
}

} // namespace core

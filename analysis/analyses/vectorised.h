#pragma once

/// Marks a hot loop function to be compiled twice, for AVX2 and for the baseline instruction set,
/// with the variant chosen at load time (GCC's function multi-versioning). The AVX2 variant does not
/// enable FMA, so no multiply–add is fused and both variants round identically. Clang cannot
/// multi-version templates; there (the fuzzing build) the baseline variant alone is compiled.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define INFOSCOPE_VECTORISED __attribute__((target_clones("avx2", "default")))
#else
#define INFOSCOPE_VECTORISED
#endif

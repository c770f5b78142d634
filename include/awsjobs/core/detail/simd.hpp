// Which SIMD instructions awsjobs' own block scans use.
#ifndef AWSJOBS_CORE_DETAIL_SIMD_HPP
#define AWSJOBS_CORE_DETAIL_SIMD_HPP

// SSE2 wherever the target has it (all of x86-64), AVX2 besides where the compiler targets it
// (-mavx2, -march=x86-64-v3 or native); neither with AWSJOBS_NO_SIMD, which leaves the scalar
// code. Every block scan reads inside its buffer only, so none has to be turned off for
// AddressSanitizer or Valgrind.
#if !defined(AWSJOBS_NO_SIMD) && (defined(__SSE2__) || defined(_M_X64))
#define AWSJOBS_DETAIL_SSE2
#include <emmintrin.h>
#if defined(__AVX2__)
#define AWSJOBS_DETAIL_AVX2
#include <immintrin.h>
#endif
#endif

#endif

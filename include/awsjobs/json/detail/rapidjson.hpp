// RapidJSON, with its SIMD scanning switched on where the target has it.
#ifndef AWSJOBS_JSON_DETAIL_RAPIDJSON_HPP
#define AWSJOBS_JSON_DETAIL_RAPIDJSON_HPP

// RapidJSON only uses SSE2/SSE4.2 to skip whitespace and copy plain string runs
// when asked to. Ask whenever the compiler targets it (SSE2 is part of x86-64;
// SSE4.2 comes with -msse4.2 or -march=native). Define AWSJOBS_NO_SIMD to keep
// RapidJSON scalar, e.g. under AddressSanitizer: its aligned 16-byte loads may
// read past the end of the input (never past a page, so it is safe, but ASan
// cannot know that). A program that includes RapidJSON elsewhere must use the
// same choice everywhere, or include awsjobs first.
#if !defined(AWSJOBS_NO_SIMD) && !defined(RAPIDJSON_SSE2) && !defined(RAPIDJSON_SSE42) && !defined(RAPIDJSON_NEON)
#if defined(__SSE4_2__)
#define RAPIDJSON_SSE42
#elif defined(__SSE2__) || defined(_M_X64)
#define RAPIDJSON_SSE2
#endif
#endif

#include <rapidjson/allocators.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/stream.h>

#endif

// RapidJSON's tokenizer with a null handler, for one SIMD choice: compiled three
// times (CMakeLists.txt), with AWSJOBS_BENCH_SIMD 2 (SSE4.2), 1 (SSE2) or 0
// (scalar). See tokenizer.hpp.
#if AWSJOBS_BENCH_SIMD == 2
#define RAPIDJSON_SSE42
#define RAPIDJSON_NAMESPACE rapidjson_sse42
#define RAPIDJSON_NAMESPACE_BEGIN namespace rapidjson_sse42 {
#define AWSJOBS_BENCH_TOKENIZER_KERNELS tokenizer_kernels_sse42
#elif AWSJOBS_BENCH_SIMD == 1
#define RAPIDJSON_SSE2
#define RAPIDJSON_NAMESPACE rapidjson_sse2
#define RAPIDJSON_NAMESPACE_BEGIN namespace rapidjson_sse2 {
#define AWSJOBS_BENCH_TOKENIZER_KERNELS tokenizer_kernels_sse2
#else
#define RAPIDJSON_NAMESPACE rapidjson_scalar
#define RAPIDJSON_NAMESPACE_BEGIN namespace rapidjson_scalar {
#define AWSJOBS_BENCH_TOKENIZER_KERNELS tokenizer_kernels_scalar
#endif
#define RAPIDJSON_NAMESPACE_END }

#include "tokenizer.hpp"

namespace awsjobs_bench {

std::vector<parse_kernel> AWSJOBS_BENCH_TOKENIZER_KERNELS() { return tokenizer_kernels(); }

}  // namespace awsjobs_bench

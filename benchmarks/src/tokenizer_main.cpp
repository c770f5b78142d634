// awsjobs_bench_tokenizer_<simd>: RapidJSON's SAX reader with a null handler,
// built once per SIMD choice (see tokenizer.hpp). The choice comes from the
// command line: RAPIDJSON_SSE42, RAPIDJSON_SSE2, or neither.
#include "driver.hpp"
#include "tokenizer.hpp"

int main(int argc, char** argv) {
    awsjobs_bench::suite s;
    s.parsers = awsjobs_bench::tokenizer_kernels();
    return awsjobs_bench::run(argc, argv, s, AWSJOBS_BENCH_CORPUS);
}

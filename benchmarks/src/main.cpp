// awsjobs_bench: awsjobs against RapidJSON, Boost.JSON, nlohmann::json and simdjson,
// and glaze when CMake is given its source tree.
#include "awsjobs_kernels.hpp"
#include "driver.hpp"

int main(int argc, char** argv) {
    using namespace awsjobs_bench;
    suite s;
    for (auto&& kernels : {awsjobs_parse_kernels(), simdjson_parse_kernels(), tokenizer_kernels_sse42(),
                           tokenizer_kernels_sse2(), tokenizer_kernels_scalar(), rapidjson_parse_kernels(),
                           boostjson_parse_kernels(), nlohmann_parse_kernels()})
        s.parsers.insert(s.parsers.end(), kernels.begin(), kernels.end());
    for (auto&& kernels : {awsjobs_write_kernels(), rapidjson_write_kernels(), boostjson_write_kernels(),
                           nlohmann_write_kernels()})
        s.writers.insert(s.writers.end(), kernels.begin(), kernels.end());
#if defined(AWSJOBS_BENCH_GLAZE)
    for (const parse_kernel& k : glaze_parse_kernels()) s.parsers.push_back(k);
    for (const write_kernel& k : glaze_write_kernels()) s.writers.push_back(k);
#endif
    s.reference = &awsjobs_owning;
    s.zero_copy = &awsjobs_zero_copy;
    s.census = &zero_copy_census;
    return run(argc, argv, s, AWSJOBS_BENCH_CORPUS);
}

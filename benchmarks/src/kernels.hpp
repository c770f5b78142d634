// What the benchmark runs: one kernel per library and way of using it.
//
// A parse kernel turns one document into the common target, the owning
// dataexchange::GetJobResponse or sesv2::GetImportJobResponse, for the equality
// check, and has a `run` function, the one that is timed, which parses the same
// way and drops the result (so destroying it is timed too). Each kernel lives in
// its own translation unit, which is the only one to include its library.
#ifndef AWSJOBS_BENCH_KERNELS_HPP
#define AWSJOBS_BENCH_KERNELS_HPP

#include <awsjobs/dataexchange/shapes.hpp>
#include <awsjobs/sesv2/shapes.hpp>

#include <benchmark/benchmark.h>

#include <string>
#include <string_view>
#include <vector>

namespace awsjobs_bench {

namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;

enum class operation { get_job, get_import_job };

/// One JSON document of the corpus. At least 64 NUL bytes follow the text in
/// memory: it is a C string for RapidJSON, and padded input for simdjson.
struct document {
    std::string_view text;
    operation op;
};
inline constexpr std::size_t padding = 64;

struct parse_kernel {
    std::string_view library;  // e.g. "RapidJSON"
    std::string_view variant;  // e.g. "DOM in situ"
    bool in_situ;              // destroys its input: copies each document into `scratch` first
    bool (*run)(const document&, std::string& scratch);
    // Into the common owning types; null for kernels that build no value (a bare tokenizer).
    bool (*get_job)(const document&, std::string& scratch, dx::GetJobResponse&);
    bool (*get_import_job)(const document&, std::string& scratch, ses::GetImportJobResponse&);
};

/// A writer returns the JSON text in its library's natural output buffer: the
/// view stays valid until the next call, and is empty if writing failed.
/// `scratch` is there for writers that produce a std::string.
struct write_kernel {
    std::string_view library;
    std::string_view variant;
    std::string_view (*get_job)(const dx::GetJobResponse&, std::string& scratch);
    std::string_view (*get_import_job)(const ses::GetImportJobResponse&, std::string& scratch);
};

/// What a zero-copy parse of one document may allocate: its lists grow one
/// element at a time; its strings must cost nothing.
struct zero_copy_counts {
    std::size_t strings = 0;
    std::size_t list_allocations = 0;
};

/// A `run` for kernels whose result is the owning type itself.
template <auto GetJob, auto GetImportJob>
bool run_owning(const document& doc, std::string& scratch) {
    if (doc.op == operation::get_job) {
        dx::GetJobResponse value;
        const bool ok = GetJob(doc, scratch, value);
        benchmark::DoNotOptimize(value);
        return ok;
    }
    ses::GetImportJobResponse value;
    const bool ok = GetImportJob(doc, scratch, value);
    benchmark::DoNotOptimize(value);
    return ok;
}

// Defined by one translation unit each.
std::vector<parse_kernel> awsjobs_parse_kernels();
std::vector<write_kernel> awsjobs_write_kernels();
std::vector<parse_kernel> rapidjson_parse_kernels();
std::vector<write_kernel> rapidjson_write_kernels();
std::vector<parse_kernel> boostjson_parse_kernels();
std::vector<write_kernel> boostjson_write_kernels();
std::vector<parse_kernel> nlohmann_parse_kernels();
std::vector<write_kernel> nlohmann_write_kernels();
std::vector<parse_kernel> simdjson_parse_kernels();
// Only when CMake is given a glaze source tree (AWSJOBS_BENCH_GLAZE).
std::vector<parse_kernel> glaze_parse_kernels();
std::vector<write_kernel> glaze_write_kernels();
// RapidJSON's tokenizer with a null handler, with SSE4.2, SSE2 and no SIMD.
std::vector<parse_kernel> tokenizer_kernels_sse42();
std::vector<parse_kernel> tokenizer_kernels_sse2();
std::vector<parse_kernel> tokenizer_kernels_scalar();

}  // namespace awsjobs_bench

#endif

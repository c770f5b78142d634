// The benchmark program: loads the corpus, checks every kernel against the
// reference, counts allocations, then times every kernel on every corpus.
#ifndef AWSJOBS_BENCH_DRIVER_HPP
#define AWSJOBS_BENCH_DRIVER_HPP

#include "kernels.hpp"

#include <vector>

namespace awsjobs_bench {

struct suite {
    std::vector<parse_kernel> parsers;
    // The first one's output size is the throughput unit of all writers, and its text
    // what the others' is compared with (`same_bytes`).
    std::vector<write_kernel> writers;
    // Every other kernel's result must equal this one's; it also reads back what the writers wrote.
    const parse_kernel* reference = nullptr;
    // Checked to allocate for its lists only, never for a string.
    const parse_kernel* zero_copy = nullptr;
    zero_copy_counts (*census)(const document&) = nullptr;
};

/// Runs the program. Besides Google Benchmark's flags:
///   --corpus=DIR        the generated corpus (default: the one CMake generates)
///   --profile=NAME      no checks, no timing: run the benchmark NAME (e.g.
///                       parse/mixed/awsjobs/zero_copy) --passes=N times, for callgrind
///   --ab=A,B            after the checks, no Google Benchmark: time write kernels A and B
///                       (LIBRARY/VARIANT) in --rounds=N alternating rounds on each corpus
///                       and print the median of the per-round time ratios B / A (CSV)
int run(int argc, char** argv, const suite& kernels, const char* default_corpus);

}  // namespace awsjobs_bench

#endif

// awsjobs' kernels, and what the driver needs to check its zero-copy claims.
#ifndef AWSJOBS_BENCH_AWSJOBS_KERNELS_HPP
#define AWSJOBS_BENCH_AWSJOBS_KERNELS_HPP

#include "kernels.hpp"

#include <cstddef>

namespace awsjobs_bench {

/// The reference: every other kernel's result must equal this one's.
extern const parse_kernel awsjobs_owning;
extern const parse_kernel awsjobs_zero_copy;

/// Counts the strings and list allocations of the document's zero-copy parse.
zero_copy_counts zero_copy_census(const document& doc);

}  // namespace awsjobs_bench

#endif

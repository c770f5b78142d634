// The heap-allocation counter of the benchmark programs (see allocations.cpp).
#ifndef AWSJOBS_BENCH_ALLOCATIONS_HPP
#define AWSJOBS_BENCH_ALLOCATIONS_HPP

#include <cstddef>

namespace awsjobs_bench {

/// Heap allocations made by this program so far.
std::size_t allocations() noexcept;

/// Counts one allocation made outside operator new (RapidJSON's malloc).
void count_allocation() noexcept;

}  // namespace awsjobs_bench

#endif

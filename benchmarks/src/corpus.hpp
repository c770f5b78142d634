// The corpus written by corpus/generate.py, loaded into padded memory.
#ifndef AWSJOBS_BENCH_CORPUS_HPP
#define AWSJOBS_BENCH_CORPUS_HPP

#include "kernels.hpp"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace awsjobs_bench {

struct corpus {
    std::string name;              // "small", "IMPORT_ASSETS_FROM_S3", ..., "mixed"
    std::vector<document> documents;
    std::size_t bytes = 0;         // JSON text, without padding
    std::size_t largest = 0;       // the longest document
    std::unique_ptr<char[]> storage;
};

/// Every corpus file of `directory`, in a fixed order; throws std::runtime_error
/// naming the file that is missing or unreadable.
std::vector<corpus> load_corpora(const std::string& directory);

/// One padded document made from `text` (for reading back what a writer wrote).
struct padded_text {
    explicit padded_text(std::string_view text);
    document as(operation op) const { return {{buffer.data(), size}, op}; }
    std::string buffer;
    std::size_t size;
};

}  // namespace awsjobs_bench

#endif

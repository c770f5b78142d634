// RapidJSON's SAX reader with a handler that ignores every event: how fast the
// tokenizer alone goes, the ceiling for anything built on it (awsjobs included).
//
// RapidJSON picks its SIMD code (RAPIDJSON_SSE42, RAPIDJSON_SSE2 or none) per
// translation unit. tokenizer_kernels.cpp includes this header three times over,
// once per choice, each time with RapidJSON in a namespace of its own
// (RAPIDJSON_NAMESPACE), so that the three tokenizers run in one program, in the
// same run as awsjobs, without breaking the one-definition rule. Everything here
// is in an unnamed namespace for the same reason.
#ifndef AWSJOBS_BENCH_TOKENIZER_HPP
#define AWSJOBS_BENCH_TOKENIZER_HPP

#include "allocations.hpp"
#include "kernels.hpp"

#include <rapidjson/allocators.h>
#include <rapidjson/reader.h>

#include <cstddef>
#include <string>
#include <vector>

#if defined(RAPIDJSON_SSE42)
#define AWSJOBS_BENCH_RAPIDJSON_SIMD "sse42"
#elif defined(RAPIDJSON_SSE2)
#define AWSJOBS_BENCH_RAPIDJSON_SIMD "sse2"
#else
#define AWSJOBS_BENCH_RAPIDJSON_SIMD "scalar"
#endif

namespace awsjobs_bench {
namespace {

/// RapidJSON's malloc-based allocator, counted like operator new.
struct counting_allocator : RAPIDJSON_NAMESPACE::CrtAllocator {
    static const bool kNeedFree = true;
    void* Malloc(std::size_t size) {
        if (size != 0) count_allocation();
        return CrtAllocator::Malloc(size);
    }
    void* Realloc(void* original, std::size_t original_size, std::size_t new_size) {
        if (new_size != 0) count_allocation();
        return CrtAllocator::Realloc(original, original_size, new_size);
    }
    static void Free(void* p) { CrtAllocator::Free(p); }
};

/// The fastest way through RapidJSON: in situ, recursive, numbers converted.
inline bool tokenize_in_situ(char* text) {
    RAPIDJSON_NAMESPACE::GenericReader<RAPIDJSON_NAMESPACE::UTF8<>, RAPIDJSON_NAMESPACE::UTF8<>, counting_allocator> reader;
    RAPIDJSON_NAMESPACE::InsituStringStream in(text);
    RAPIDJSON_NAMESPACE::BaseReaderHandler<> ignore;
    return !reader.Parse<RAPIDJSON_NAMESPACE::kParseInsituFlag>(in, ignore).IsError();
}

/// The way awsjobs drives RapidJSON (recursive, numbers as text, its stack in a
/// local buffer), minus awsjobs' handler: the difference to awsjobs' zero-copy
/// parse is the cost of filling the C++ value (and of the encoding scan).
inline bool tokenize_in_situ_like_awsjobs(char* text) {
    alignas(std::max_align_t) char stack_memory[1024];
    RAPIDJSON_NAMESPACE::MemoryPoolAllocator<counting_allocator> stack_allocator(stack_memory, sizeof stack_memory);
    RAPIDJSON_NAMESPACE::GenericReader<RAPIDJSON_NAMESPACE::UTF8<>, RAPIDJSON_NAMESPACE::UTF8<>, RAPIDJSON_NAMESPACE::MemoryPoolAllocator<counting_allocator>>
        reader(&stack_allocator, 256);
    RAPIDJSON_NAMESPACE::InsituStringStream in(text);
    RAPIDJSON_NAMESPACE::BaseReaderHandler<> ignore;
    constexpr unsigned flags = RAPIDJSON_NAMESPACE::kParseInsituFlag | RAPIDJSON_NAMESPACE::kParseNumbersAsStringsFlag;
    return !reader.Parse<flags>(in, ignore).IsError();
}

/// The two tokenizer runs as kernels. In situ destroys the text: each document
/// is first copied into `scratch`.
inline std::vector<parse_kernel> tokenizer_kernels() {
    constexpr auto sax_null = [](const document& doc, std::string& scratch) {
        scratch.assign(doc.text);
        return tokenize_in_situ(scratch.data());
    };
    constexpr auto sax_null_like_awsjobs = [](const document& doc, std::string& scratch) {
        scratch.assign(doc.text);
        return tokenize_in_situ_like_awsjobs(scratch.data());
    };
    return {{"RapidJSON", "sax_null_in_situ_" AWSJOBS_BENCH_RAPIDJSON_SIMD, true, sax_null, nullptr, nullptr},
            {"RapidJSON", "sax_null_in_situ_awsjobs_flags_" AWSJOBS_BENCH_RAPIDJSON_SIMD, true, sax_null_like_awsjobs,
             nullptr, nullptr}};
}

}  // namespace
}  // namespace awsjobs_bench

#endif

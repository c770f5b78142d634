// RapidJSON as awsjobs uses it: its SAX reader, over an input stream of awsjobs' own.
#ifndef AWSJOBS_JSON_DETAIL_RAPIDJSON_HPP
#define AWSJOBS_JSON_DETAIL_RAPIDJSON_HPP

// awsjobs defines none of RapidJSON's configuration macros (RAPIDJSON_SSE2, RAPIDJSON_SSE42,
// RAPIDJSON_NEON, RAPIDJSON_HAS_STDSTRING, ...): a program that uses RapidJSON itself configures
// it alone, and sees the same RapidJSON whether its translation units include awsjobs or not,
// before RapidJSON or after.
//
// The speed RapidJSON's SIMD macros would give comes from text_stream instead. Every RapidJSON
// function awsjobs instantiates takes that stream, so it is a function of awsjobs' own: it
// cannot be merged at link time with one the program compiled with other macros (RapidJSON's
// SIMD code specialises functions for its own stream types, so a program whose translation
// units disagree on the macros gets one of two definitions of them, chosen by the linker).
// And its scans read only inside the text, where RapidJSON's SIMD code reads whole aligned
// 16-byte blocks, past the end of the text (harmless, as a block never crosses a page, but
// AddressSanitizer reports it).

#include <awsjobs/core/detail/simd.hpp>

#include <rapidjson/allocators.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/stream.h>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace awsjobs::json::detail {

/// The text being parsed, `[first, last)` followed by a NUL, which RapidJSON reads and
/// unescapes in place: a model of RapidJSON's Stream concept (rapidjson/stream.h), like its
/// InsituStringStream, but one that knows where the text ends.
struct text_stream {
    using Ch = char;

    text_stream(char* first, std::size_t size) noexcept : src(first), head(first), end(first + size) {}

    char Peek() const noexcept { return *src; }
    char Take() noexcept { return *src++; }
    std::size_t Tell() const noexcept { return static_cast<std::size_t>(src - head); }

    // Unescaped strings are written over the text, behind the reading position.
    char* PutBegin() noexcept { return dst = src; }
    void Put(char c) noexcept { *dst++ = c; }
    void Flush() noexcept {}
    std::size_t PutEnd(char* start) const noexcept { return static_cast<std::size_t>(dst - start); }

    char* src;            // where reading is
    char* dst = nullptr;  // where writing is
    char* head;
    const char* end;
};

/// The RapidJSON reader that awsjobs parses with.
using rapidjson_reader = rapidjson::GenericReader<rapidjson::UTF8<>, rapidjson::UTF8<>, rapidjson::MemoryPoolAllocator<>>;

constexpr bool is_json_whitespace(char c) noexcept { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

/// True for the bytes that end a run of string characters to copy as they are.
constexpr bool ends_plain_run(char c) noexcept {
    return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
}

/// The first byte of `[p, end)` that is not JSON whitespace, or `end`.
inline const char* skip_whitespace(const char* p, const char* end) noexcept {
#if defined(AWSJOBS_DETAIL_SSE2)
    for (; end - p >= 16; p += 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i blank = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(block, _mm_set1_epi8('\n'))),
            _mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8('\r')), _mm_cmpeq_epi8(block, _mm_set1_epi8('\t'))));
        const auto other = static_cast<unsigned>(_mm_movemask_epi8(blank)) ^ 0xFFFFu;
        if (other != 0) return p + std::countr_zero(other);
    }
#endif
    while (p != end && is_json_whitespace(*p)) ++p;
    return p;
}

/// The first byte of `[p, end)` that is a quote, a backslash or a control character, or `end`.
inline const char* plain_run_end(const char* p, const char* end) noexcept {
    // Strings in AWS responses run from a few bytes (keys, enumerators) to a kilobyte and more
    // (presigned URLs): AVX2 takes 32 bytes a step where it can, then SSE2 16.
#if defined(AWSJOBS_DETAIL_AVX2)
    for (; end - p >= 32; p += 32) {
        const __m256i block = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
        const __m256i special = _mm256_or_si256(
            _mm256_or_si256(_mm256_cmpeq_epi8(block, _mm256_set1_epi8('"')), _mm256_cmpeq_epi8(block, _mm256_set1_epi8('\\'))),
            _mm256_cmpeq_epi8(_mm256_min_epu8(block, _mm256_set1_epi8(0x1F)), block));
        const auto found = static_cast<unsigned>(_mm256_movemask_epi8(special));
        if (found != 0) return p + std::countr_zero(found);
    }
#endif
#if defined(AWSJOBS_DETAIL_SSE2)
    for (; end - p >= 16; p += 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        // As unsigned bytes, the control characters are those that min(c, 0x1F) leaves alone.
        const __m128i special = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8('"')), _mm_cmpeq_epi8(block, _mm_set1_epi8('\\'))),
            _mm_cmpeq_epi8(_mm_min_epu8(block, _mm_set1_epi8(0x1F)), block));
        const auto found = static_cast<unsigned>(_mm_movemask_epi8(special));
        if (found != 0) return p + std::countr_zero(found);
    }
#endif
    while (p != end && !ends_plain_run(*p)) ++p;
    return p;
}

/// Moves the `n` bytes at `from` to `to`, which lies before them (the two may overlap): the
/// plain run after an escape, moved back over the text by the in-place unescaping. Inline,
/// because a call to memmove cost more than the copy itself for the short runs between
/// escapes (a URL's `\/`s). Every byte is loaded before any store can reach it: the last
/// block first, then blocks front to back, each ahead of every byte stored so far (`to` <
/// `from`).
inline void move_back(char* to, const char* from, std::size_t n) noexcept {
    auto move_words = [&](auto word) {
        decltype(word) first, last;
        std::memcpy(&first, from, sizeof first);
        std::memcpy(&last, from + n - sizeof last, sizeof last);
        std::memcpy(to, &first, sizeof first);
        std::memcpy(to + n - sizeof last, &last, sizeof last);
    };
    if (n >= 16) {
#if defined(AWSJOBS_DETAIL_SSE2)
        const __m128i last = _mm_loadu_si128(reinterpret_cast<const __m128i*>(from + n - 16));
        for (std::size_t i = 0; i + 16 < n; i += 16)
            _mm_storeu_si128(reinterpret_cast<__m128i*>(to + i), _mm_loadu_si128(reinterpret_cast<const __m128i*>(from + i)));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(to + n - 16), last);
#else
        std::memmove(to, from, n);
#endif
    } else if (n >= 8) {
        move_words(std::uint64_t{});
    } else if (n >= 4) {
        move_words(std::uint32_t{});
    } else {
        for (std::size_t i = 0; i != n; ++i) to[i] = from[i];
    }
}

}  // namespace awsjobs::json::detail

RAPIDJSON_NAMESPACE_BEGIN

// The reader keeps a copy of the stream in a local variable while it reads a value, and
// reads the start of a number it has just read (in place, as text) from the stream it
// was given, which has not moved yet: without the copy, numbers would come out wrong.
template <>
struct StreamTraits<awsjobs::json::detail::text_stream> {
    enum { copyOptimization = 1 };
};

// The hook RapidJSON's own SIMD code uses for its streams. Compact JSON, what services send,
// has no whitespace: one inline comparison of the next byte (no byte above the space is
// whitespace; the NUL after the text and control characters, which are not, take the scan,
// which stops at them), and the scan only for the rare text that has some. Always inlined:
// RapidJSON calls it before and after every token, and as a call it cost more than the test.
template <>
[[gnu::always_inline]] inline void SkipWhitespace(awsjobs::json::detail::text_stream& is) {
    if (static_cast<unsigned char>(*is.src) <= ' ') [[unlikely]]
        is.src += awsjobs::json::detail::skip_whitespace(is.src, is.end) - is.src;
}

// The reader's hook for copying the plain part of a string at once: a private member
// template that does nothing, which RapidJSON overloads for its own streams under its SIMD
// macros (an explicit specialisation may name a private member). In place, the stream is
// both source and destination: the characters move back only once an escape has made the
// string shorter than its text.
template <>
template <>
inline void awsjobs::json::detail::rapidjson_reader::ScanCopyUnescapedString(awsjobs::json::detail::text_stream& is,
                                                                             awsjobs::json::detail::text_stream&) {
    const auto n = awsjobs::json::detail::plain_run_end(is.src, is.end) - is.src;
    if (is.dst != is.src) awsjobs::json::detail::move_back(is.dst, is.src, static_cast<std::size_t>(n));
    is.src += n;
    is.dst += n;
}

RAPIDJSON_NAMESPACE_END

#endif

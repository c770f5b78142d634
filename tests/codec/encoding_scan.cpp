// The whole-input encoding scan against its byte-by-byte definition.
//
// scan_text() skips 32- or 16-byte blocks with SIMD and steps byte by byte only around
// non-ASCII text and escapes that may be surrogates; where its blocks begin and
// end relative to escapes is where it could go wrong. Random texts over an
// alphabet of escape fragments, at every alignment, must give exactly what the
// byte-by-byte scan gives.
#include "random_text.hpp"

#include <awsjobs/core/detail/utf8.hpp>
#include <doctest/doctest.h>

#include <span>
#include <string>
#include <string_view>

namespace detail = awsjobs::detail;

// This file is compiled three times: with the default flags (SSE2 on x86-64), with -mavx2
// and with AWSJOBS_NO_SIMD.
#if defined(AWSJOBS_DETAIL_AVX2)
#define SCAN_PATH " (AVX2)"
#elif defined(AWSJOBS_DETAIL_SSE2)
#define SCAN_PATH ""
#else
#define SCAN_PATH " (scalar)"
#endif

namespace {

detail::text_encoding byte_by_byte(std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    detail::text_encoding problem;
    std::size_t i = 0;
    while (i < text.size())
        if (!detail::scan_one(s, text.size(), i, problem)) break;
    return problem;
}

bool same(const detail::text_encoding& a, const detail::text_encoding& b) {
    return a.problem == b.problem && (a.problem == detail::text_encoding::none || a.offset == b.offset);
}

// Scans 20,000 random texts of the fragments and requires what the byte-by-byte scan
// finds; returns how many of them had a problem.
std::size_t scan_random_texts(std::span<const std::string_view> fragments, std::size_t max_fragments, unsigned seed) {
    testing_helpers::random_text texts(fragments, max_fragments, seed);
    std::size_t problems = 0;
    for (int round = 0; round != 20000; ++round) {
        const std::string text = texts.next();
        const auto expected = byte_by_byte(text);
        const auto got = detail::scan_text(text.data(), text.size());
        problems += expected.problem != detail::text_encoding::none;
        INFO("text: ", text);
        REQUIRE(same(got, expected));
    }
    return problems;
}

}  // namespace

TEST_CASE("scan_text finds what the byte-by-byte scan finds, at every alignment" SCAN_PATH) {
    // Fragments that start, end, or break escapes and multi-byte characters.
    const std::string_view fragments[] = {
        "a", "bcdefgh", "\\", "\\\\", "\\/", "\\n", "\\u", "\\uD", "\\udc00", "\\uDBFF", "\\ud83d\\ude00", "\\u00e9",
        "u", "D", "dc", "C00", "\xc3\xa9", "\xc3", "\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "\xed\xa0\x80", "\xff", "\"",
    };
    const std::size_t problems = scan_random_texts(fragments, 24, 20261201);
    // Both outcomes were exercised many times.
    CHECK(problems > 2000);
    CHECK(problems < 18000);
}

TEST_CASE("scan_text passes long runs of harmless escapes and still finds what hides among them" SCAN_PATH) {
    // Mostly ASCII and escapes that cannot be surrogates, so that whole blocks pass on the
    // fast path, with the rare fragment that ends a block's fast path (a backslash as a
    // block's last byte, a \\u that may be a surrogate, non-ASCII text).
    const std::string_view fragments[] = {
        "abcdefgh", "ijklmnop", "\\/", "\\n", "\\\\", "\\u00e9", "\\u0026", "q", "rs", "tuv", "\\\"",
        "abcdefgh", "ijklmnop", "\\/", "\\n", "\\\\", "\\u00e9", "\\u0026", "q", "rs", "tuv", "\\\"",
        "\\udc00", "\\uD83D\\uDE00", "\\ud800", "\\", "\xc3\xa9", "\xff",
    };
    const std::size_t problems = scan_random_texts(fragments, 30, 20261202);
    CHECK(problems > 2000);
    CHECK(problems < 18000);
}

TEST_CASE("scan_text locates a lone low surrogate escape in every position of a block" SCAN_PATH) {
    for (std::size_t pad = 0; pad != 70; ++pad) {
        const std::string lone = std::string(pad, 'x') + "\\udc00" + std::string(20, 'z');
        const auto found = detail::scan_text(lone.data(), lone.size());
        CHECK(found.problem == detail::text_encoding::unpaired_surrogate);
        CHECK(found.offset == pad);
        // An escaped backslash followed by the same letters is no escape.
        const std::string escaped = std::string(pad, 'x') + "\\\\udc00" + std::string(20, 'z');
        CHECK(detail::scan_text(escaped.data(), escaped.size()).problem == detail::text_encoding::none);
        // A pair is fine.
        const std::string pair = std::string(pad, 'x') + "\\ud83d\\udc00" + std::string(20, 'z');
        CHECK(detail::scan_text(pair.data(), pair.size()).problem == detail::text_encoding::none);
    }
}

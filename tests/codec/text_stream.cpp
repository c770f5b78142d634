// The stream awsjobs gives RapidJSON, and its two block scans (whitespace, and the plain run of
// a string), against their byte-by-byte definitions, at every place relative to a block and to
// the end of the text. Each text lies in a heap buffer that ends with its NUL, so that under
// AddressSanitizer (the asan preset) a read past it is reported.
#include <awsjobs/json.hpp>
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace json = awsjobs::json;
namespace detail = awsjobs::json::detail;

// This file is compiled three times: with the default flags (SSE2 on x86-64), with -mavx2 and
// with AWSJOBS_NO_SIMD.
#if defined(AWSJOBS_DETAIL_AVX2)
#define SCAN_PATH " (AVX2)"
#elif defined(AWSJOBS_DETAIL_SSE2)
#define SCAN_PATH " (SSE2)"
#else
#define SCAN_PATH " (scalar)"
#endif

namespace {

/// A copy of `text` in a heap buffer of exactly its size and a NUL.
class exact_copy {
public:
    explicit exact_copy(std::string_view text) : bytes_(new char[text.size() + 1]), size_(text.size()) {
        std::memcpy(bytes_.get(), text.data(), text.size());
        bytes_[size_] = '\0';
    }
    char* data() const { return bytes_.get(); }
    std::size_t size() const { return size_; }
    const char* end() const { return bytes_.get() + size_; }

private:
    std::unique_ptr<char[]> bytes_;
    std::size_t size_;
};

struct Doc {
    std::string_view S;
    std::optional<std::vector<std::int64_t>> N;
};
BOOST_DESCRIBE_STRUCT(Doc, (), (S, N))

// A piece of JSON string text and what it decodes to.
struct fragment {
    std::string_view text, decoded;
};

constexpr fragment fragments[] = {
    {"a", "a"},
    {"bcdefghijklmnopqrstuvwxyz0123456789", "bcdefghijklmnopqrstuvwxyz0123456789"},
    {"\\n", "\n"},
    {"\\t", "\t"},
    {"\\\"", "\""},
    {"\\\\", "\\"},
    {"\\/", "/"},
    {"\\u00e9", "\xc3\xa9"},
    {"\\ud83d\\ude00", "\xf0\x9f\x98\x80"},
    {"\xc3\xa9", "\xc3\xa9"},
    {"\xe2\x82\xac", "\xe2\x82\xac"},
    {"\x7f", "\x7f"},
};

}  // namespace

TEST_CASE("skip_whitespace stops where the byte-by-byte definition stops, never past the end" SCAN_PATH) {
    std::mt19937 random(20261202);
    std::uniform_int_distribution<std::size_t> length(0, 70), pick(0, 5);
    constexpr char alphabet[] = {' ', '\n', '\r', '\t', 'x', '"'};
    for (int round = 0; round != 20000; ++round) {
        std::string text;
        for (std::size_t k = length(random); k != 0; --k) text += alphabet[pick(random) % 4];  // whitespace...
        for (std::size_t k = length(random) / 8; k != 0; --k) text += alphabet[pick(random)];  // ...then anything
        const exact_copy copy(text);
        for (std::size_t from = 0; from <= copy.size(); ++from) {
            std::size_t expected = from;
            while (expected < text.size() && detail::is_json_whitespace(text[expected])) ++expected;
            REQUIRE(detail::skip_whitespace(copy.data() + from, copy.end()) == copy.data() + expected);
        }
    }
}

TEST_CASE("plain_run_end stops at the first quote, backslash or control character, never past the end" SCAN_PATH) {
    std::mt19937 random(20261203);
    std::uniform_int_distribution<std::size_t> length(0, 90);
    std::uniform_int_distribution<int> byte(0, 255), rare(0, 40);
    for (int round = 0; round != 20000; ++round) {
        std::string text;
        for (std::size_t k = length(random); k != 0; --k) {
            // Mostly bytes that pass, including non-ASCII ones (which a signed compare would stop at).
            const int b = byte(random);
            text += static_cast<char>(rare(random) == 0 ? "\"\\\x01\x1f"[b % 4] : (b < 0x20 || b == '"' || b == '\\' ? 'p' : b));
        }
        const exact_copy copy(text);
        for (std::size_t from = 0; from <= copy.size(); ++from) {
            std::size_t expected = from;
            while (expected < text.size() && !detail::ends_plain_run(text[expected])) ++expected;
            REQUIRE(detail::plain_run_end(copy.data() + from, copy.end()) == copy.data() + expected);
        }
    }
}

TEST_CASE("move_back moves a run back over the text as memmove does, for every length and distance" SCAN_PATH) {
    // The in-place unescaping moves each plain run a few bytes back, over the run itself.
    std::string original(300, '\0');
    for (std::size_t i = 0; i != original.size(); ++i) original[i] = static_cast<char>('!' + i % 90);
    for (std::size_t distance = 1; distance <= 40; ++distance) {
        for (std::size_t n = 0; n <= 200; ++n) {
            std::string expected = original, moved = original;
            std::memmove(expected.data() + 20, expected.data() + 20 + distance, n);
            detail::move_back(moved.data() + 20, moved.data() + 20 + distance, n);
            INFO("distance ", distance, ", length ", n);
            REQUIRE(moved == expected);
        }
    }
}

TEST_CASE("strings unescaped in place come out right wherever their escapes fall" SCAN_PATH) {
    std::mt19937 random(20261204);
    std::uniform_int_distribution<std::size_t> count(0, 12), pick(0, std::size(fragments) - 1), blanks(0, 20);
    for (int round = 0; round != 5000; ++round) {
        std::string raw, decoded;
        for (std::size_t k = count(random); k != 0; --k) {
            const fragment& f = fragments[pick(random)];
            raw += f.text;
            decoded += f.decoded;
        }
        // Whitespace runs of every length between the tokens, and a number list after the string.
        auto ws = [&] { return std::string(blanks(random), " \n\t\r"[round % 4]); };
        const std::string text = ws() + "{" + ws() + "\"S\"" + ws() + ":" + ws() + "\"" + raw + "\"" + ws() + "," + ws() +
                                 "\"N\":[" + ws() + "1," + ws() + "-22" + ws() + "]" + ws() + "}" + ws();
        const exact_copy copy(text);
        const awsjobs::result<Doc> doc = json::parse_in_place<Doc>(copy.data(), copy.size());
        INFO("text: ", text);
        REQUIRE_MESSAGE(doc.has_value(), (doc ? std::string() : doc.error().describe()));
        CHECK(doc->S == decoded);
        CHECK(*doc->N == std::vector<std::int64_t>{1, -22});
    }
}

TEST_CASE("a string that runs to the end of the text is a syntax error at the end" SCAN_PATH) {
    for (std::size_t n = 0; n != 40; ++n) {
        const std::string text = "{\"S\":\"" + std::string(n, 'x');
        const exact_copy copy(text);
        const awsjobs::result<Doc> doc = json::parse_in_place<Doc>(copy.data(), copy.size());
        REQUIRE_FALSE(doc.has_value());
        CHECK(doc.error().code == awsjobs::errc::syntax);
        CHECK(doc.error().offset == text.size());
    }
}

// UTF-8 validation (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
#ifndef AWSJOBS_CORE_DETAIL_UTF8_HPP
#define AWSJOBS_CORE_DETAIL_UTF8_HPP

#include <awsjobs/core/detail/simd.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace awsjobs::detail {

/// Length of the valid multi-byte sequence starting at s (s[0] >= 0x80),
/// or 0 when the bytes there are not valid UTF-8.
inline std::size_t utf8_sequence_length(const unsigned char* s, std::size_t available) noexcept {
    const unsigned char c = s[0];
    std::size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) lo = 0xA0;       // overlong
        else if (c == 0xED) hi = 0x9F;  // UTF-16 surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) lo = 0x90;       // overlong
        else if (c == 0xF4) hi = 0x8F;  // above U+10FFFF
    } else {
        return 0;
    }
    if (available < len || s[1] < lo || s[1] > hi) return 0;
    for (std::size_t k = 2; k < len; ++k)
        if ((s[k] & 0xC0) != 0x80) return 0;
    return len;
}

/// Index of the first byte that does not start a valid UTF-8 sequence, or n.
inline std::size_t find_invalid_utf8(const char* text, std::size_t n) noexcept {
    const auto* s = reinterpret_cast<const unsigned char*>(text);
    std::size_t i = 0;
    while (i < n) {
        // Nearly all text in AWS responses is ASCII: test eight bytes at a time.
        while (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, s + i, 8);
            if (word & 0x8080808080808080ull) break;
            i += 8;
        }
        while (i < n && s[i] < 0x80) ++i;
        if (i == n) break;
        const std::size_t len = utf8_sequence_length(s + i, n - i);
        if (len == 0) return i;
        i += len;
    }
    return n;
}

/// `text` with every byte that starts no valid UTF-8 sequence replaced by U+FFFD
/// (the replacement character), for quoting text of unknown encoding in a message.
inline std::string to_valid_utf8(std::string_view text) {
    std::string valid;
    valid.reserve(text.size());
    while (!text.empty()) {
        const std::size_t good = find_invalid_utf8(text.data(), text.size());
        valid.append(text.substr(0, good));
        if (good == text.size()) break;
        valid.append("\xEF\xBF\xBD");
        text.remove_prefix(good + 1);
    }
    return valid;
}

constexpr int hex_value(unsigned char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// The code unit of a \uXXXX escape at s (s[0] is the backslash), or -1.
constexpr long escaped_unit(const unsigned char* s, std::size_t available) noexcept {
    if (available < 6 || s[1] != 'u') return -1;
    long unit = 0;
    for (int k = 2; k != 6; ++k) {
        const int digit = hex_value(s[k]);
        if (digit < 0) return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

/// The first encoding problem of a whole JSON text, found in one pass before parsing,
/// so that strings need no check of their own.
struct text_encoding {
    enum problem_kind : unsigned char { none, invalid_utf8, unpaired_surrogate };
    problem_kind problem = none;
    /// Where: the invalid byte, or the backslash of an escape of a low surrogate
    /// (U+DC00 to U+DFFF) that follows no escape of a high one (U+D800 to U+DBFF).
    /// (RapidJSON rejects an unpaired high surrogate itself, but lets an unpaired
    /// low one through.)
    std::size_t offset = 0;
};

inline const char* encoding_message(const text_encoding& e) noexcept {
    return e.problem == text_encoding::invalid_utf8 ? "invalid UTF-8 in string"
                                                    : "string contains an unpaired UTF-16 surrogate escape (\\uDC00-\\uDFFF)";
}

/// The scan's byte-by-byte step at s[i], which must not be inside an escape:
/// advances i past one character or escape, or reports the problem found there.
inline bool scan_one(const unsigned char* s, std::size_t n, std::size_t& i, text_encoding& problem) noexcept {
    const unsigned char c = s[i];
    if (c == '\\') {
        const long unit = escaped_unit(s + i, n - i);
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const long next = escaped_unit(s + i + 6, n - i - 6);
            i += (next >= 0xDC00 && next <= 0xDFFF) ? 12 : 6;
        } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            problem = {text_encoding::unpaired_surrogate, i};
            return false;
        } else {
            i += unit >= 0 ? 6 : 2;  // the escaped character cannot start another escape
        }
    } else if (c < 0x80) {
        ++i;
    } else {
        const std::size_t len = utf8_sequence_length(s + i, n - i);
        if (len == 0) {
            problem = {text_encoding::invalid_utf8, i};
            return false;
        }
        i += len;
    }
    return true;
}

/// Finds the first encoding problem of the whole text.
///
/// In blocks of 32 bytes (AVX2) or 16 (SSE2). A block of ASCII with no backslash
/// passes at once; so does a block whose backslashes start no `\\u`
/// escape in the D800-DFFF range and whose last byte is no backslash (then the
/// next block starts outside any escape, or inside a harmless one: only hex
/// digits and plain characters can follow). Only non-ASCII text and escapes that
/// may be surrogates are read byte by byte, from the start of their block.
inline text_encoding scan_text(const char* text, std::size_t n) noexcept {
    const auto* s = reinterpret_cast<const unsigned char*>(text);
    text_encoding problem;
    std::size_t i = 0;
    while (i < n) {
#if defined(AWSJOBS_DETAIL_AVX2)
        // Most of a response is ASCII with no backslash: 64 bytes of it pass with one test.
        const __m256i backslash = _mm256_set1_epi8('\\');
        while (i + 64 <= n) {
            const __m256i low = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + i));
            const __m256i high = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + i + 32));
            const __m256i flagged = _mm256_or_si256(_mm256_or_si256(low, high),
                                                    _mm256_or_si256(_mm256_cmpeq_epi8(low, backslash),
                                                                    _mm256_cmpeq_epi8(high, backslash)));
            if (_mm256_movemask_epi8(flagged) != 0) break;
            i += 64;
        }
        // The same test as the SSE2 one below, on 32 bytes. Escapes are common (`\/` in
        // every URL of some services' output): a block with harmless ones passes here too.
        while (i + 34 <= n) {
            const __m256i chunk = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + i));
            const __m256i slashes = _mm256_cmpeq_epi8(chunk, backslash);
            if (_mm256_movemask_epi8(_mm256_or_si256(chunk, slashes)) != 0) {
                if (_mm256_movemask_epi8(chunk) != 0 || s[i + 31] == '\\') break;
                const __m256i next = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + i + 1));
                const __m256i after = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + i + 2));
                const __m256i d = _mm256_or_si256(after, _mm256_set1_epi8(0x20));
                const __m256i maybe_surrogate =
                    _mm256_and_si256(slashes, _mm256_and_si256(_mm256_cmpeq_epi8(next, _mm256_set1_epi8('u')),
                                                               _mm256_cmpeq_epi8(d, _mm256_set1_epi8('d'))));
                if (_mm256_movemask_epi8(maybe_surrogate) != 0) break;
            }
            i += 32;
        }
#endif
#if defined(AWSJOBS_DETAIL_SSE2)
        // Two bytes beyond the block are looked at, hence i + 18.
        if (i + 18 <= n) {
            const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
            const __m128i slashes = _mm_cmpeq_epi8(chunk, _mm_set1_epi8('\\'));
            bool harmless = _mm_movemask_epi8(_mm_or_si128(chunk, slashes)) == 0;
            if (!harmless && _mm_movemask_epi8(chunk) == 0 && s[i + 15] != '\\') {
                const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i + 1));
                const __m128i after = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i + 2));
                const __m128i d = _mm_or_si128(after, _mm_set1_epi8(0x20));  // 'D' or 'd'
                const __m128i maybe_surrogate = _mm_and_si128(
                    slashes, _mm_and_si128(_mm_cmpeq_epi8(next, _mm_set1_epi8('u')), _mm_cmpeq_epi8(d, _mm_set1_epi8('d'))));
                harmless = _mm_movemask_epi8(maybe_surrogate) == 0;
            }
            if (harmless) {
                i += 16;
                continue;
            }
        }
        // Byte by byte to the end of this block (and of the escape or character that
        // crosses its end), then back to whole blocks.
        const std::size_t stop = i + 16;
        while (i < n && i < stop)
            if (!scan_one(s, n, i, problem)) return problem;
#else
        if (!scan_one(s, n, i, problem)) return problem;
#endif
    }
    return problem;
}

}  // namespace awsjobs::detail

#endif

// UTF-8 validation (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
#ifndef AWSJOBS_JSON_DETAIL_UTF8_HPP
#define AWSJOBS_JSON_DETAIL_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#endif

namespace awsjobs::json::detail {

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
    /// Where: the invalid byte, or the backslash of a \uDC00-\uDFFF escape that
    /// follows no \uD800-\uDBFF one. (RapidJSON rejects an unpaired high surrogate
    /// itself, but lets an unpaired low one through.)
    std::size_t offset = 0;
};

inline const char* encoding_message(const text_encoding& e) noexcept {
    return e.problem == text_encoding::invalid_utf8 ? "invalid UTF-8 in string"
                                                    : "string contains an unpaired UTF-16 surrogate escape (\\uDC00-\\uDFFF)";
}

/// Sixteen bytes at a time; byte by byte only around non-ASCII text and backslashes.
inline text_encoding scan_text(const char* text, std::size_t n) noexcept {
    const auto* s = reinterpret_cast<const unsigned char*>(text);
    std::size_t i = 0;
    while (i < n) {
#if defined(__SSE2__) || defined(_M_X64)
        const __m128i backslash = _mm_set1_epi8('\\');
        while (i + 16 <= n) {
            const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
            if (_mm_movemask_epi8(_mm_or_si128(chunk, _mm_cmpeq_epi8(chunk, backslash))) != 0) break;
            i += 16;
        }
#endif
        if (i == n) break;
        const unsigned char c = s[i];
        if (c == '\\') {
            const long unit = escaped_unit(s + i, n - i);
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                const long next = escaped_unit(s + i + 6, n - i - 6);
                i += (next >= 0xDC00 && next <= 0xDFFF) ? 12 : 6;
            } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
                return {text_encoding::unpaired_surrogate, i};
            } else {
                i += unit >= 0 ? 6 : 2;  // the escaped character cannot start another escape
            }
        } else if (c < 0x80) {
            ++i;
        } else {
            const std::size_t len = utf8_sequence_length(s + i, n - i);
            if (len == 0) return {text_encoding::invalid_utf8, i};
            i += len;
        }
    }
    return {};
}

}  // namespace awsjobs::json::detail

#endif

// UTF-8 validation (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
#ifndef AWSJOBS_JSON_DETAIL_UTF8_HPP
#define AWSJOBS_JSON_DETAIL_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>

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

/// True when the bytes at p encode a UTF-16 surrogate (U+D800-U+DFFF). RapidJSON
/// stores an unpaired \uDC00-\uDFFF escape that way instead of rejecting it.
inline bool is_encoded_surrogate(const char* p, std::size_t available) noexcept {
    const auto* s = reinterpret_cast<const unsigned char*>(p);
    return available >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF;
}

}  // namespace awsjobs::json::detail

#endif

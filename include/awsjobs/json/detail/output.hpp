// The writer's output: a buffer in front of a std::string or a std::ostream,
// and the primitive writes (escaped strings, numbers) that go into it.
#ifndef AWSJOBS_JSON_DETAIL_OUTPUT_HPP
#define AWSJOBS_JSON_DETAIL_OUTPUT_HPP

#include <awsjobs/core/detail/simd.hpp>
#include <awsjobs/core/detail/utf8.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <ostream>
#include <string>
#include <string_view>

namespace awsjobs::json::detail {

using namespace awsjobs::detail;  // the internals the formats share (core/detail)

/// Callers reserve the most they may write, then write through a raw pointer:
/// one capacity check per token instead of one per byte.
///
/// Everything goes through a buffer of its own, appended to the string or
/// written to the stream when full and at the end. Writing into the string
/// directly would need room in it first, and std::string makes room only with
/// resize(), which zero-fills it (C++20 has no resize_and_overwrite): that
/// cost more than the one copy out of the buffer.
class output {
public:
    /// Appends to `target`.
    explicit output(std::string& target) : string_(&target) {}
    /// Writes to `target`.
    explicit output(std::ostream& target) : stream_(&target) {}

    output(const output&) = delete;
    output& operator=(const output&) = delete;
    ~output() { finish(); }

    /// A pointer with room for at least n bytes (n <= max_reserve).
    char* reserve(std::size_t n) {
        if (static_cast<std::size_t>(end_ - cur_) < n) flush();
        return cur_;
    }
    void commit(char* new_end) noexcept { cur_ = new_end; }

    void put(char c) { *reserve(1) = c; ++cur_; }
    void append(const char* text, std::size_t n) {
        while (n != 0) {  // in pieces, so that the buffer never has to hold all of it
            const std::size_t piece = std::min(n, max_reserve);
            std::memcpy(reserve(piece), text, piece);
            cur_ += piece;
            text += piece;
            n -= piece;
        }
    }
    void append(std::string_view text) { append(text.data(), text.size()); }

    /// Appends a short constant (a quoted key or enum name) with one fixed-size
    /// copy instead of a call to memcpy. Precondition: text.data() is followed by
    /// at least constant_padding readable bytes, as in a quoted_list.
    [[gnu::always_inline]] void append_constant(std::string_view text) {
        if (text.size() > constant_padding) return append(text);
        char* p = reserve(constant_padding);
        std::memcpy(p, text.data(), constant_padding);
        cur_ = p + text.size();
    }
    static constexpr std::size_t constant_padding = 32;

    /// `separator` then append_constant(text), in one reservation: a struct's
    /// members are written as `{"A":` and `,"B":` without a token of their own
    /// for the brace or the comma.
    [[gnu::always_inline]] void append_separated_constant(char separator, std::string_view text) {
        if (text.size() > constant_padding) {
            put(separator);
            return append(text);
        }
        char* p = reserve(constant_padding + 1);
        *p = separator;
        std::memcpy(p + 1, text.data(), constant_padding);
        cur_ = p + 1 + text.size();
    }

    /// Bytes written so far.
    std::size_t written() const noexcept { return flushed_ + static_cast<std::size_t>(cur_ - buffer_.data()); }

    /// Hands what is buffered to the string or the stream.
    void finish() { flush(); }

    static constexpr std::size_t max_reserve = 8192;

private:
    [[gnu::noinline]] void flush() {
        const auto n = static_cast<std::size_t>(cur_ - buffer_.data());
        if (n == 0) return;
        if (string_)
            string_->append(buffer_.data(), n);
        else
            stream_->write(buffer_.data(), static_cast<std::streamsize>(n));
        flushed_ += n;
        cur_ = buffer_.data();
    }

    std::string* string_ = nullptr;
    std::ostream* stream_ = nullptr;
    std::size_t flushed_ = 0;
    std::array<char, max_reserve * 2> buffer_;  // left uninitialised: only what is written is read
    char* cur_ = buffer_.data();
    char* end_ = buffer_.data() + buffer_.size();
};

// The high bit of each byte of `w` that is a quote, a backslash or an ASCII control
// character: the bytes that JSON escapes. A borrow can mark a byte above one
// that is marked already, never the lowest: whether any is marked is exact.
constexpr std::uint64_t escape_bits(std::uint64_t w) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    const std::uint64_t control = (w - ones * 0x20) & ~w;
    const std::uint64_t quote = ((w ^ (ones * '"')) - ones) & ~(w ^ (ones * '"'));
    const std::uint64_t backslash = ((w ^ (ones * '\\')) - ones) & ~(w ^ (ones * '\\'));
    return (control | quote | backslash) & highs;
}

// True when any of the 8 bytes in `w` is a quote, a backslash, a control
// character, or not ASCII: the bytes that need more than a copy.
constexpr bool needs_care(std::uint64_t w) noexcept {
    return (escape_bits(w) | (w & 0x8080808080808080ull)) != 0;
}

#if defined(AWSJOBS_DETAIL_SSE2)
// One bit per byte of `w` that needs more than a copy: as signed bytes, control
// characters and non-ASCII are both below 0x20.
inline unsigned care_mask(__m128i w) noexcept {
    const __m128i care = _mm_or_si128(_mm_cmplt_epi8(w, _mm_set1_epi8(0x20)),
                                      _mm_or_si128(_mm_cmpeq_epi8(w, _mm_set1_epi8('"')),
                                                   _mm_cmpeq_epi8(w, _mm_set1_epi8('\\'))));
    return static_cast<unsigned>(_mm_movemask_epi8(care));
}
#endif
#if defined(AWSJOBS_DETAIL_AVX2)
inline unsigned care_mask(__m256i w) noexcept {
    const __m256i care = _mm256_or_si256(_mm256_cmpgt_epi8(_mm256_set1_epi8(0x20), w),
                                         _mm256_or_si256(_mm256_cmpeq_epi8(w, _mm256_set1_epi8('"')),
                                                         _mm256_cmpeq_epi8(w, _mm256_set1_epi8('\\'))));
    return static_cast<unsigned>(_mm256_movemask_epi8(care));
}
#endif

// Copies from s to p the bytes that need no care, up to `available` of them, and
// returns how many: a block at a time, each block stored whole (the caller has
// room for it) and p then advanced past its clean bytes only. The blocks of
// eight bytes stop at the first that holds a byte needing care, which may leave
// clean bytes before it for the caller to copy one at a time.
inline std::size_t copy_clean_run(char* p, const unsigned char* s, std::size_t available) noexcept {
    std::size_t k = 0;
#if defined(AWSJOBS_DETAIL_AVX2)
    for (; k + 32 <= available; k += 32) {
        const __m256i w = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + k));
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(p + k), w);
        if (const unsigned care = care_mask(w)) return k + static_cast<std::size_t>(std::countr_zero(care));
    }
#endif
#if defined(AWSJOBS_DETAIL_SSE2)
    for (; k + 16 <= available; k += 16) {
        const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + k));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(p + k), w);
        if (const unsigned care = care_mask(w)) return k + static_cast<std::size_t>(std::countr_zero(care));
    }
#endif
    for (; k + 8 <= available; k += 8) {
        std::uint64_t w;
        std::memcpy(&w, s + k, 8);
        if (needs_care(w)) break;
        std::memcpy(p + k, &w, 8);
    }
    return k;
}

/// Writes `"text"` with JSON escapes. Returns the index of the first byte that is
/// not valid UTF-8, or text.size() when all was written.
[[gnu::noinline]] inline std::size_t write_escaped_string(output& out, std::string_view text) {
    static constexpr char hex[] = "0123456789abcdef";
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    // Worst case a byte becomes \u00XX: six bytes out for each byte in, in chunks
    // that fit one reservation, with room for both quotes, a UTF-8 sequence that
    // crosses the end of a chunk, and a block stored whole.
    constexpr std::size_t max_chunk = output::max_reserve / 6 - 8;
    char* p = out.reserve(std::min(n, max_chunk) * 6 + 8);
    *p++ = '"';
    while (true) {
        const std::size_t stop = i + std::min(n - i, max_chunk);
        while (i < stop) {
            const std::size_t clean = copy_clean_run(p, s + i, stop - i);
            p += clean;
            i += clean;
            if (i == stop) break;
            const unsigned char c = s[i];
            if (c >= 0x80) {
                const std::size_t len = utf8_sequence_length(s + i, n - i);
                if (len == 0) {
                    out.commit(p);
                    return i;
                }
                std::memcpy(p, s + i, len);  // may run past `stop`: the reservation has bytes to spare
                p += len;
                i += len;
                continue;
            }
            if (c >= 0x20 && c != '"' && c != '\\') {
                *p++ = static_cast<char>(c);
            } else {
                *p++ = '\\';
                switch (c) {
                case '"': *p++ = '"'; break;
                case '\\': *p++ = '\\'; break;
                case '\b': *p++ = 'b'; break;
                case '\f': *p++ = 'f'; break;
                case '\n': *p++ = 'n'; break;
                case '\r': *p++ = 'r'; break;
                case '\t': *p++ = 't'; break;
                default:
                    *p++ = 'u';
                    *p++ = '0';
                    *p++ = '0';
                    *p++ = hex[c >> 4];
                    *p++ = hex[c & 0xF];
                }
            }
            ++i;
        }
        if (i >= n) break;
        out.commit(p);
        p = out.reserve(std::min(n - i, max_chunk) * 6 + 8);
    }
    *p++ = '"';
    out.commit(p);
    return n;
}

#if defined(AWSJOBS_DETAIL_AVX2)
// The bytes of `w` that JSON escapes, as 0xFF (0x00 elsewhere): as signed bytes,
// control characters (and non-ASCII, taken out again) are below 0x20.
inline __m256i escape_bytes(__m256i w) noexcept {
    const __m256i below_space = _mm256_cmpgt_epi8(_mm256_set1_epi8(0x20), w);
    const __m256i quote_or_backslash = _mm256_or_si256(_mm256_cmpeq_epi8(w, _mm256_set1_epi8('"')),
                                                       _mm256_cmpeq_epi8(w, _mm256_set1_epi8('\\')));
    return _mm256_andnot_si256(w, _mm256_or_si256(below_space, quote_or_backslash));
}
#endif
#if defined(AWSJOBS_DETAIL_SSE2)
inline __m128i escape_bytes(__m128i w) noexcept {
    const __m128i below_space = _mm_cmplt_epi8(w, _mm_set1_epi8(0x20));
    const __m128i quote_or_backslash =
        _mm_or_si128(_mm_cmpeq_epi8(w, _mm_set1_epi8('"')), _mm_cmpeq_epi8(w, _mm_set1_epi8('\\')));
    return _mm_andnot_si128(w, _mm_or_si128(below_space, quote_or_backslash));
}
#endif

/// What copy_plain found in the text.
enum class plain_text {
    ascii,          // nothing to escape, nothing but ASCII: copied
    not_ascii,      // nothing to escape: copied, but the bytes above 0x7F are still to be checked as UTF-8
    needs_escapes,  // stopped at a block with a byte to escape
};

/// Copies the n bytes at s to out unless one of them needs escaping, in blocks,
/// the last of which overlaps the one before rather than read past s + n.
/// On needs_escapes, part of the text may have been copied.
inline plain_text copy_plain(char* out, const unsigned char* s, std::size_t n) noexcept {
#if defined(AWSJOBS_DETAIL_AVX2)
    if (n >= 32) {
        const __m256i highs = _mm256_set1_epi8(static_cast<char>(0x80));
        const unsigned char* const last = s + n - 32;
        char* const out_last = out + n - 32;
        __m256i seen = _mm256_setzero_si256();
        for (; s < last; s += 32, out += 32) {
            const __m256i w = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s));
            if (!_mm256_testz_si256(escape_bytes(w), highs)) return plain_text::needs_escapes;
            seen = _mm256_or_si256(seen, w);
            _mm256_storeu_si256(reinterpret_cast<__m256i*>(out), w);
        }
        const __m256i w = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(last));
        if (!_mm256_testz_si256(escape_bytes(w), highs)) return plain_text::needs_escapes;
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(out_last), w);
        return _mm256_testz_si256(_mm256_or_si256(seen, w), highs) ? plain_text::ascii : plain_text::not_ascii;
    }
#endif
#if defined(AWSJOBS_DETAIL_SSE2)
    if (n >= 16) {
        const unsigned char* const last = s + n - 16;
        char* const out_last = out + n - 16;
        __m128i seen = _mm_setzero_si128();
        for (; s < last; s += 16, out += 16) {
            const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s));
            if (_mm_movemask_epi8(escape_bytes(w)) != 0) return plain_text::needs_escapes;
            seen = _mm_or_si128(seen, w);
            _mm_storeu_si128(reinterpret_cast<__m128i*>(out), w);
        }
        const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(last));
        if (_mm_movemask_epi8(escape_bytes(w)) != 0) return plain_text::needs_escapes;
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out_last), w);
        return _mm_movemask_epi8(_mm_or_si128(seen, w)) == 0 ? plain_text::ascii : plain_text::not_ascii;
    }
#endif
    std::uint64_t seen = 0;
    if (n >= 8) {
        const unsigned char* const last = s + n - 8;
        char* const out_last = out + n - 8;
        std::uint64_t w;
        for (; s < last; s += 8, out += 8) {
            std::memcpy(&w, s, 8);
            if (escape_bits(w) != 0) return plain_text::needs_escapes;
            seen |= w;
            std::memcpy(out, &w, 8);
        }
        std::memcpy(&w, last, 8);
        if (escape_bits(w) != 0) return plain_text::needs_escapes;
        seen |= w;
        std::memcpy(out_last, &w, 8);
    } else if (n >= 4) {  // two words of four, overlapping, tested as one of eight
        std::uint32_t first, last;
        std::memcpy(&first, s, 4);
        std::memcpy(&last, s + n - 4, 4);
        seen = first | std::uint64_t{last} << 32;
        if (escape_bits(seen) != 0) return plain_text::needs_escapes;
        std::memcpy(out, &first, 4);
        std::memcpy(out + n - 4, &last, 4);
    } else if (n != 0) {  // bytes 0, n/2 and n-1 cover all three; the rest of the word is spaces
        const std::size_t middle = n / 2;
        seen = 0x2020202020000000ull | s[0] | std::uint64_t{s[middle]} << 8 | std::uint64_t{s[n - 1]} << 16;
        if (escape_bits(seen) != 0) return plain_text::needs_escapes;
        out[0] = static_cast<char>(s[0]);
        out[middle] = static_cast<char>(s[middle]);
        out[n - 1] = static_cast<char>(s[n - 1]);
    }
    return (seen & 0x8080808080808080ull) == 0 ? plain_text::ascii : plain_text::not_ascii;
}

// Ends what copy_plain began at p for text with bytes above 0x7F: the quotes
// if it is valid UTF-8, else the general path, which finds the invalid byte.
// Out of line, to keep the path of ASCII text short.
[[gnu::noinline]] inline std::size_t write_plain_utf8_string(output& out, char* p, std::string_view text) {
    const std::size_t n = text.size();
    if (find_invalid_utf8(text.data(), n) != n) return write_escaped_string(out, text);
    p[0] = '"';
    p[n + 1] = '"';
    out.commit(p + n + 2);
    return n;
}

/// Writes `"text"` with JSON escapes. Returns the index of the first byte that is
/// not valid UTF-8, or text.size() when all was written.
///
/// Nearly every string in an AWS response has nothing to escape: one reservation,
/// one pass of block copies, and a check of the UTF-8 if there are bytes above
/// 0x7F. Text to escape, invalid text, or text too long for one reservation
/// takes the general path from the start.
inline std::size_t write_string(output& out, std::string_view text) {
    const std::size_t n = text.size();
    if (n <= output::max_reserve - 2) {
        char* const p = out.reserve(n + 2);
        const plain_text found = copy_plain(p + 1, reinterpret_cast<const unsigned char*>(text.data()), n);
        if (found == plain_text::ascii) {
            p[0] = '"';
            p[n + 1] = '"';
            out.commit(p + n + 2);
            return n;
        }
        if (found == plain_text::not_ascii) return write_plain_utf8_string(out, p, text);
    }
    return write_escaped_string(out, text);
}

template <class Int>
void write_integer(output& out, Int value) {
    char* p = out.reserve(24);
    out.commit(std::to_chars(p, p + 24, value).ptr);
}

/// Shortest text that reads back to the same double. False for NaN and infinity.
template <class Float>
bool write_floating(output& out, Float value) {
    if (!std::isfinite(value)) return false;
    char* p = out.reserve(32);
    out.commit(std::to_chars(p, p + 32, value).ptr);
    return true;
}

/// Writes `"text"` escaped, at compile time, so that the writer emits keys and
/// enum names without looking at their characters again. Returns the length.
constexpr std::size_t quote_into(char* out, std::string_view text, std::string_view suffix) noexcept {
    constexpr char hex[] = "0123456789abcdef";
    std::size_t k = 0;
    auto put = [&](char c) {
        if (out) out[k] = c;
        ++k;
    };
    put('"');
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            put('\\');
            put(c);
        } else if (u < 0x20) {
            put('\\');
            put('u');
            put('0');
            put('0');
            put(hex[u >> 4]);
            put(hex[u & 0xF]);
        } else {
            put(c);
        }
    }
    put('"');
    for (char c : suffix) put(c);
    return k;
}

/// The quoted forms of a constant list of strings, each followed by Suffix
/// (e.g. `"Name":` for keys), packed into one static array.
template <const auto& Names, char... Suffix>
struct quoted_list {
    static constexpr std::size_t count = std::size(Names);
    static constexpr char suffix_chars[sizeof...(Suffix) + 1] = {Suffix..., '\0'};
    static constexpr std::string_view suffix{suffix_chars, sizeof...(Suffix)};

    static constexpr std::size_t total = [] {
        std::size_t n = 0;
        for (std::string_view name : Names) n += quote_into(nullptr, name, suffix);
        return n;
    }();
    // Zero bytes after the last string, for output::append_constant.
    static constexpr std::array<char, total + output::constant_padding> chars = [] {
        std::array<char, total + output::constant_padding> a{};
        std::size_t k = 0;
        for (std::string_view name : Names) k += quote_into(a.data() + k, name, suffix);
        return a;
    }();
    static constexpr std::array<std::size_t, count + 1> offsets = [] {
        std::array<std::size_t, count + 1> a{};
        for (std::size_t i = 0; i != count; ++i) a[i + 1] = a[i] + quote_into(nullptr, Names[i], suffix);
        return a;
    }();

    static constexpr std::string_view get(std::size_t i) noexcept {
        return {chars.data() + offsets[i], offsets[i + 1] - offsets[i]};
    }
};

}  // namespace awsjobs::json::detail

#endif

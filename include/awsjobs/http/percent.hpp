/// \file
/// Percent-encoding (RFC 3986) of URI components, and application/x-www-form-urlencoded bodies.
#ifndef AWSJOBS_HTTP_PERCENT_HPP
#define AWSJOBS_HTTP_PERCENT_HPP

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace awsjobs::http {

/// RFC 3986 unreserved characters: A-Z a-z 0-9 - . _ ~, the only ones never encoded.
constexpr bool is_unreserved(char c) noexcept {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

/// Appends `text` with every byte but the unreserved ones (and those in `keep`) as %XX,
/// upper-case hex, as the AWS SDKs encode a URI label (`keep` = "/" for a greedy label).
inline void percent_encode(std::string_view text, std::string& out, std::string_view keep = {}) {
    constexpr char hex[] = "0123456789ABCDEF";
    for (const char c : text) {
        if (is_unreserved(c) || keep.find(c) != std::string_view::npos) {
            out += c;
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
        }
    }
}

/// `text` percent-encoded as by the overload that appends, as a new string.
inline std::string percent_encode(std::string_view text, std::string_view keep = {}) {
    std::string out;
    out.reserve(text.size());
    percent_encode(text, out, keep);
    return out;
}

/// What percent_decode made of its input.
struct decoded {
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);  ///< No offset: the input was well-formed.
    std::string text;  ///< The decoded bytes (up to the bad escape, if there is one).
    /// Offset in the input of a `%` not followed by two hex digits; npos when there is none.
    std::size_t bad_escape = npos;
    /// Whether the input decoded without a bad escape.
    explicit operator bool() const noexcept { return bad_escape == npos; }
};

/// Decodes %XX sequences (either case of hex digit) and, when `plus_is_space`, `+` as a space
/// (form bodies and query strings). A `%` without two hex digits fails; the bytes are not
/// checked for UTF-8 here.
inline decoded percent_decode(std::string_view text, bool plus_is_space = false) {
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    decoded result;
    result.text.reserve(text.size());
    for (std::size_t i = 0; i != text.size(); ++i) {
        const char c = text[i];
        if (c == '%') {
            const int high = i + 1 < text.size() ? hex(text[i + 1]) : -1;
            const int low = i + 2 < text.size() ? hex(text[i + 2]) : -1;
            if (high < 0 || low < 0) {
                result.bad_escape = i;
                return result;
            }
            result.text += static_cast<char>(high * 16 + low);
            i += 2;
        } else {
            result.text += plus_is_space && c == '+' ? ' ' : c;
        }
    }
    return result;
}

/// One name/value pair of a form or query string.
using form_field = std::pair<std::string, std::string>;

/// Appends `name=value` pairs joined by `&`, each side percent-encoded with a space as `+`
/// (application/x-www-form-urlencoded, as Python's urlencode and the AWS CLI write it).
inline void form_encode(const std::vector<std::pair<std::string_view, std::string_view>>& pairs, std::string& out) {
    auto encode = [&out](std::string_view text) {
        for (std::size_t start = 0; start <= text.size();) {
            const auto space = std::min(text.find(' ', start), text.size());
            percent_encode(text.substr(start, space - start), out);
            if (space == text.size()) break;
            out += '+';
            start = space + 1;
        }
    };
    bool first = true;
    for (const auto& [name, value] : pairs) {
        if (!first) out += '&';
        first = false;
        encode(name);
        out += '=';
        encode(value);
    }
}

/// What form_decode made of its input.
struct decoded_form {
    std::vector<form_field> fields;  ///< The decoded fields, in order, duplicates kept.
    /// Offset in the input of a bad %-escape; decoded::npos when there is none.
    std::size_t bad_escape = decoded::npos;
    /// Whether the input decoded without a bad escape.
    explicit operator bool() const noexcept { return bad_escape == decoded::npos; }
};

/// Splits a form body or query string at `&` and the first `=` of each part, decoding both
/// sides (`+` is a space). Empty parts (`a=1&&b=2`) are skipped; a part without `=` has an
/// empty value. Order and duplicates are kept.
inline decoded_form form_decode(std::string_view text) {
    decoded_form result;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find('&', start), text.size());
        const auto part = text.substr(start, end - start);
        if (!part.empty()) {
            const auto equals = std::min(part.find('='), part.size());
            auto name = percent_decode(part.substr(0, equals), true);
            if (!name) {
                result.bad_escape = start + name.bad_escape;
                return result;
            }
            const auto value_start = std::min(equals + 1, part.size());
            auto value = percent_decode(part.substr(value_start), true);
            if (!value) {
                result.bad_escape = start + value_start + value.bad_escape;
                return result;
            }
            result.fields.emplace_back(std::move(name.text), std::move(value.text));
        }
        start = end + 1;
    }
    return result;
}

}  // namespace awsjobs::http

#endif

// The pieces of SigV4's canonical request and SigV2's string to sign, as botocore builds them:
// timestamps, the path, the query string, header values.
#ifndef AWSJOBS_AUTH_DETAIL_CANONICAL_HPP
#define AWSJOBS_AUTH_DETAIL_CANONICAL_HPP

#include <awsjobs/http/fields.hpp>
#include <awsjobs/http/percent.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace awsjobs::auth::detail {

using time_point = std::chrono::system_clock::time_point;

/// SigV4's algorithm name, first in the Authorization header and the string to sign.
inline constexpr std::string_view sigv4_algorithm = "AWS4-HMAC-SHA256";
/// The last element of every SigV4 credential scope.
inline constexpr std::string_view scope_terminator = "aws4_request";

/// The given time, or the system clock's now.
inline time_point time_or_now(const std::optional<time_point>& t) { return t ? *t : std::chrono::system_clock::now(); }

struct civil_time {
    int year, month, day, hour, minute, second;
};

inline civil_time to_civil(time_point t) {
    const auto seconds = std::chrono::floor<std::chrono::seconds>(t);
    const auto days = std::chrono::floor<std::chrono::days>(seconds);
    const std::chrono::year_month_day date{days};
    const std::chrono::hh_mm_ss clock{seconds - days};
    return {static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
            static_cast<int>(static_cast<unsigned>(date.day())), static_cast<int>(clock.hours().count()),
            static_cast<int>(clock.minutes().count()), static_cast<int>(clock.seconds().count())};
}

inline void append_digits(std::string& out, int value, int width) {
    std::string digits(static_cast<std::size_t>(width), '0');
    for (int i = width - 1; i >= 0 && value > 0; --i, value /= 10)
        digits[static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
    out += digits;
}

/// SigV4's X-Amz-Date: ISO 8601 basic format, UTC, e.g. 20150830T123600Z.
inline std::string amz_date(time_point t) {
    const civil_time c = to_civil(t);
    std::string out;
    out.reserve(16);
    append_digits(out, c.year, 4);
    append_digits(out, c.month, 2);
    append_digits(out, c.day, 2);
    out += 'T';
    append_digits(out, c.hour, 2);
    append_digits(out, c.minute, 2);
    append_digits(out, c.second, 2);
    out += 'Z';
    return out;
}

/// SigV2's Timestamp: ISO 8601 extended format, UTC, e.g. 2015-08-30T12:36:00Z.
inline std::string iso8601(time_point t) {
    const civil_time c = to_civil(t);
    std::string out;
    out.reserve(20);
    append_digits(out, c.year, 4);
    out += '-';
    append_digits(out, c.month, 2);
    out += '-';
    append_digits(out, c.day, 2);
    out += 'T';
    append_digits(out, c.hour, 2);
    out += ':';
    append_digits(out, c.minute, 2);
    out += ':';
    append_digits(out, c.second, 2);
    out += 'Z';
    return out;
}

/// Reads `text` laid out as `pattern`, where Y, M, D, h, m, s stand for the digits of the
/// year, month, day, hour, minute and second, f for a digit of a fraction of a second (read,
/// not kept), and every other character must be itself; a valid date (years 1900 to 2199) and
/// time of day, else nothing.
inline std::optional<time_point> parse_time(std::string_view text, std::string_view pattern) {
    if (text.size() != pattern.size()) return std::nullopt;
    constexpr std::string_view letters = "YMDhms";
    int fields[6] = {};
    for (std::size_t i = 0; i != text.size(); ++i) {
        const std::size_t field = letters.find(pattern[i]);
        if (pattern[i] == 'f') {
            if (text[i] < '0' || text[i] > '9') return std::nullopt;
        } else if (field == letters.npos) {
            if (text[i] != pattern[i]) return std::nullopt;
        } else {
            if (text[i] < '0' || text[i] > '9') return std::nullopt;
            fields[field] = fields[field] * 10 + (text[i] - '0');
        }
    }
    const std::chrono::year_month_day date{std::chrono::year{fields[0]}, std::chrono::month{static_cast<unsigned>(fields[1])},
                                           std::chrono::day{static_cast<unsigned>(fields[2])}};
    // Years outside 1900..2199 are refused: no signature is that old or new, and a
    // system_clock::time_point (nanoseconds on libstdc++) cannot hold years past 2262.
    if (!date.ok() || fields[0] < 1900 || fields[0] > 2199 || fields[3] > 23 || fields[4] > 59 || fields[5] > 59)
        return std::nullopt;
    return std::chrono::sys_days{date} + std::chrono::hours{fields[3]} + std::chrono::minutes{fields[4]} +
           std::chrono::seconds{fields[5]};
}

/// X-Amz-Date's format, 20150830T123600Z.
inline std::optional<time_point> parse_amz_date(std::string_view text) { return parse_time(text, "YYYYMMDDThhmmssZ"); }

/// SigV2's Timestamp, 2015-08-30T12:36:00Z, with or without milliseconds (.000Z), as the SDKs write it.
inline std::optional<time_point> parse_iso8601(std::string_view text) {
    if (text.size() == 24) return parse_time(text, "YYYY-MM-DDThh:mm:ss.fffZ");
    return parse_time(text, "YYYY-MM-DDThh:mm:ssZ");
}

/// The path of a request-target (before `?`), and its query (after it, or empty).
inline std::pair<std::string_view, std::string_view> split_target(std::string_view target) {
    const std::size_t question = target.find('?');
    if (question == target.npos) return {target, {}};
    return {target.substr(0, question), target.substr(question + 1)};
}

/// RFC 3986 5.2.4 dot-segment removal with empty segments dropped too, as botocore's
/// remove_dot_segments does ("AWS services require consecutive slashes to be removed").
inline std::string remove_dot_segments(std::string_view path) {
    if (path.empty()) return "/";
    std::vector<std::string_view> kept;
    for (std::size_t start = 0; start <= path.size();) {
        const std::size_t slash = std::min(path.find('/', start), path.size());
        const std::string_view segment = path.substr(start, slash - start);
        if (segment == "..") {
            if (!kept.empty()) kept.pop_back();
        } else if (!segment.empty() && segment != ".") {
            kept.push_back(segment);
        }
        start = slash + 1;
    }
    std::string out = path.front() == '/' ? "/" : "";
    for (std::size_t i = 0; i != kept.size(); ++i) {
        if (i != 0) out += '/';
        out += kept[i];
    }
    if (path.back() == '/' && !kept.empty()) out += '/';
    return out;
}

/// SigV4's canonical URI for the services here (all but S3): the path as sent, dot segments
/// and empty segments removed, then percent-encoded again, `/` kept. A label's `%2F` is so
/// `%252F` here: the path is encoded twice, as botocore and the services do.
inline std::string canonical_uri(std::string_view path) {
    return http::percent_encode(remove_dot_segments(path), "/");
}

/// Decodes a query-string part where it can; a `%` without two hex digits stays a literal
/// `%` (which encoding then writes as %25), so any target has one canonical form.
inline std::string decode_query_part(std::string_view text) {
    auto decoded = http::percent_decode(text);
    return decoded ? std::move(decoded.text) : std::string(text);
}

/// SigV4's canonical query string: each name and value decoded, then RFC 3986-encoded
/// (unreserved characters as they are, every other byte %XX, `+` included), pairs sorted by
/// name then value, joined by `&`; a name without `=` gets an empty value.
inline std::string canonical_query(std::string_view query) {
    std::vector<std::pair<std::string, std::string>> pairs;
    for (std::size_t start = 0; start <= query.size();) {
        const std::size_t amp = std::min(query.find('&', start), query.size());
        const std::string_view part = query.substr(start, amp - start);
        if (!part.empty()) {
            const std::size_t equals = std::min(part.find('='), part.size());
            pairs.emplace_back(http::percent_encode(decode_query_part(part.substr(0, equals))),
                               http::percent_encode(decode_query_part(part.substr(std::min(equals + 1, part.size())))));
        }
        start = amp + 1;
    }
    std::sort(pairs.begin(), pairs.end());
    std::string out;
    for (const auto& [name, value] : pairs) {
        if (!out.empty()) out += '&';
        out += name;
        out += '=';
        out += value;
    }
    return out;
}

constexpr bool is_space(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/// A header value as SigV4 signs it: leading and trailing white space removed, each run of
/// white space inside (folded lines included) one space.
inline std::string trim_all(std::string_view value) {
    std::string out;
    out.reserve(value.size());
    bool pending_space = false;
    for (const char c : value) {
        if (is_space(c)) {
            pending_space = !out.empty();
        } else {
            if (pending_space) out += ' ';
            pending_space = false;
            out += c;
        }
    }
    return out;
}

inline std::string to_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

/// The canonical headers block (a `name:value` line each, values of repeated names joined by `,`)
/// and the SignedHeaders list (`a;b;c`) for the given lower-case, sorted, distinct names.
/// A name the request does not carry gets an empty value, as a verifier computes it.
inline std::pair<std::string, std::string> canonical_headers(const http::fields& headers,
                                                             const std::vector<std::string>& names) {
    std::string block;
    std::string list;
    for (const std::string& name : names) {
        block += name;
        block += ':';
        bool first = true;
        for (const http::field& f : headers) {
            if (!http::iequals(f.name, name)) continue;
            if (!first) block += ',';
            first = false;
            block += trim_all(f.value);
        }
        block += '\n';
        if (!list.empty()) list += ';';
        list += name;
    }
    return {std::move(block), std::move(list)};
}

}  // namespace awsjobs::auth::detail

#endif

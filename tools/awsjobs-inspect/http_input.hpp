// A whole HTTP response as text, the way `curl -i` prints it: a status line, header lines,
// a blank line, the body. Informational responses before it (`HTTP/1.1 100 Continue`) are
// skipped, as curl prints them too. The body is taken as it is: curl has already undone
// chunking, and Content-Length is not checked against it for that reason. And a whole HTTP
// request, likewise, for --explain-signature.
#ifndef AWSJOBS_INSPECT_HTTP_INPUT_HPP
#define AWSJOBS_INSPECT_HTTP_INPUT_HPP

#include <awsjobs/http/message.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace awsjobs_inspect {

struct http_input {
    awsjobs::http::response response;
    std::size_t body_offset = 0;  // where the body starts in the text
};

namespace detail {

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

/// RFC 9110 token characters: what a field name is made of.
constexpr bool is_token(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) ||
           std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

constexpr std::string_view trim(std::string_view s) noexcept {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

/// "HTTP/1.1 404 Not Found" (or HTTP/1.0, HTTP/2, HTTP/2.0): the status, else nothing.
inline std::optional<int> status_of(std::string_view line) {
    if (!line.starts_with("HTTP/")) return std::nullopt;
    std::size_t i = 5;
    if (i >= line.size() || !is_digit(line[i++])) return std::nullopt;
    if (i < line.size() && line[i] == '.') {
        if (++i >= line.size() || !is_digit(line[i++])) return std::nullopt;
    }
    if (line.size() < i + 4 || line[i] != ' ' || !is_digit(line[i + 1]) || !is_digit(line[i + 2]) ||
        !is_digit(line[i + 3]) || (line.size() > i + 4 && line[i + 4] != ' '))
        return std::nullopt;
    return (line[i + 1] - '0') * 100 + (line[i + 2] - '0') * 10 + (line[i + 3] - '0');
}

/// Reads header lines up to the blank line before the body into `headers`; false with `why`
/// on a line that is not `Name: value`, or at the end of the text when `blank_line_required`.
template <class NextLine>
bool read_headers(NextLine& next_line, const std::size_t& line_number, awsjobs::http::fields& headers, std::string& why,
                  bool blank_line_required) {
    std::string_view line;
    for (;;) {
        if (!next_line(line)) {
            if (!blank_line_required) return true;
            why = "the headers end without the blank line that comes before the body";
            return false;
        }
        if (line.empty()) return true;
        const std::size_t colon = line.find(':');
        const std::string_view name = line.substr(0, colon);
        bool token = colon != std::string_view::npos && colon != 0;
        for (char c : name) token = token && is_token(c);
        if (!token) {
            why = "line " + std::to_string(line_number) + " is not a header field 'Name: value'";
            return false;
        }
        headers.add(name, trim(line.substr(colon + 1)));
    }
}

/// A reader of `text` line by line, without the CR LF (or LF); false at the end of the text.
struct line_reader {
    std::string_view text;
    std::size_t at = 0;
    std::size_t line_number = 0;
    bool operator()(std::string_view& line) {
        if (at >= text.size()) return false;
        std::size_t end = text.find('\n', at);
        const std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
        if (end == std::string_view::npos) end = text.size();
        line = text.substr(at, end - at);
        if (line.ends_with('\r')) line.remove_suffix(1);
        at = next;
        ++line_number;
        return true;
    }
};

}  // namespace detail

/// The response in `text`, or nothing with `why` saying what is wrong and on which line.
inline std::optional<http_input> parse_http_response(std::string_view text, std::string& why) {
    detail::line_reader next_line{text};
    http_input input;
    for (;;) {
        std::string_view line;
        if (!next_line(line)) {
            why = "the input is empty, not an HTTP response";
            return std::nullopt;
        }
        const auto status = detail::status_of(line);
        if (!status) {
            why = "line " + std::to_string(next_line.line_number) +
                  " is not an HTTP status line such as 'HTTP/1.1 200 OK'";
            return std::nullopt;
        }
        input.response = {};
        input.response.status = *status;
        if (!detail::read_headers(next_line, next_line.line_number, input.response.headers, why, true))
            return std::nullopt;
        if (*status >= 200) break;  // 1xx: an interim response, the real one follows
    }
    input.body_offset = next_line.at;
    input.response.body = std::string(text.substr(next_line.at));
    return input;
}

/// The request in `text`, as a proxy or `curl -v` shows it: a request line such as
/// `GET /v1/jobs/ID HTTP/1.1`, header lines, a blank line and the body (the blank line may be
/// missing when there is no body); or nothing with `why` saying what is wrong.
inline std::optional<awsjobs::http::request> parse_http_request(std::string_view text, std::string& why) {
    detail::line_reader next_line{text};
    std::string_view line;
    if (!next_line(line)) {
        why = "the input is empty, not an HTTP request";
        return std::nullopt;
    }
    const std::size_t first_space = line.find(' ');
    const std::size_t last_space = line.rfind(' ');
    bool method_ok = first_space != std::string_view::npos && first_space != 0;
    for (char c : line.substr(0, first_space)) method_ok = method_ok && detail::is_token(c);
    if (!method_ok || last_space == first_space || !line.substr(last_space + 1).starts_with("HTTP/")) {
        why = "line 1 is not an HTTP request line such as 'GET /v1/jobs/ID HTTP/1.1'";
        return std::nullopt;
    }
    awsjobs::http::request request;
    request.method = std::string(line.substr(0, first_space));
    request.target = std::string(line.substr(first_space + 1, last_space - first_space - 1));
    if (!detail::read_headers(next_line, next_line.line_number, request.headers, why, false)) return std::nullopt;
    request.body = std::string(text.substr(std::min(next_line.at, text.size())));
    return request;
}

}  // namespace awsjobs_inspect

#endif

// A whole HTTP response as text, the way `curl -i` prints it: a status line, header lines,
// a blank line, the body. Informational responses before it (`HTTP/1.1 100 Continue`) are
// skipped, as curl prints them too. The body is taken as it is: curl has already undone
// chunking, and Content-Length is not checked against it for that reason.
#ifndef AWSJOBS_INSPECT_HTTP_INPUT_HPP
#define AWSJOBS_INSPECT_HTTP_INPUT_HPP

#include <awsjobs/http/message.hpp>

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

}  // namespace detail

/// The response in `text`, or nothing with `why` saying what is wrong and on which line.
inline std::optional<http_input> parse_http_response(std::string_view text, std::string& why) {
    std::size_t at = 0, line_number = 0;
    // The next line without its CR LF (or LF); false at the end of the text.
    auto next_line = [&](std::string_view& line) {
        if (at >= text.size()) return false;
        std::size_t end = text.find('\n', at);
        const std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
        if (end == std::string_view::npos) end = text.size();
        line = text.substr(at, end - at);
        if (line.ends_with('\r')) line.remove_suffix(1);
        at = next;
        ++line_number;
        return true;
    };
    http_input input;
    for (;;) {
        std::string_view line;
        if (!next_line(line)) {
            why = "the input is empty, not an HTTP response";
            return std::nullopt;
        }
        const auto status = detail::status_of(line);
        if (!status) {
            why = "line " + std::to_string(line_number) + " is not an HTTP status line such as 'HTTP/1.1 200 OK'";
            return std::nullopt;
        }
        input.response = {};
        input.response.status = *status;
        for (;;) {
            if (!next_line(line)) {
                why = "the headers end without the blank line that comes before the body";
                return std::nullopt;
            }
            if (line.empty()) break;
            const std::size_t colon = line.find(':');
            const std::string_view name = line.substr(0, colon);
            bool token = colon != std::string_view::npos && colon != 0;
            for (char c : name) token = token && detail::is_token(c);
            if (!token) {
                why = "line " + std::to_string(line_number) + " is not a header field 'Name: value'";
                return std::nullopt;
            }
            input.response.headers.add(name, detail::trim(line.substr(colon + 1)));
        }
        if (*status >= 200) break;  // 1xx: an interim response, the real one follows
    }
    input.body_offset = at;
    input.response.body = std::string(text.substr(at));
    return input;
}

}  // namespace awsjobs_inspect

#endif

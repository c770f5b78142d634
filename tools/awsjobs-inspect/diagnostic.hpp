// Error messages that point into the input, compiler style:
//
//   list.txt:5:37: error: syntax at offset 75, $.ImportJobs[0]: Missing a comma or '}' after an object member.
//       5 |             "CreatedTimestamp": 2020-07-31T06:06:55Z",
//         |                                     ^
//
// The input must be the original text: parsing in place rewrites its buffer.
#ifndef AWSJOBS_INSPECT_DIAGNOSTIC_HPP
#define AWSJOBS_INSPECT_DIAGNOSTIC_HPP

#include "terminal.hpp"

#include <awsjobs/core/error.hpp>

#include <algorithm>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

namespace awsjobs_inspect {

constexpr bool is_utf8_continuation(char c) noexcept { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// Characters (UTF-8 code points) in `text`, so that columns match what a terminal shows.
constexpr std::size_t count_characters(std::string_view text) noexcept {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return !is_utf8_continuation(c); }));
}

struct text_position {
    std::size_t line = 1;       // 1-based
    std::size_t column = 1;     // 1-based, in characters
    std::string_view line_text; // without its line break
    std::size_t line_offset = 0;// bytes from the start of the line to the position
};

/// Line and column of byte `offset` (clamped to the end of the input).
inline text_position locate(std::string_view input, std::size_t offset) {
    offset = std::min(offset, input.size());
    const std::size_t last_break = offset == 0 ? std::string_view::npos : input.rfind('\n', offset - 1);
    const std::size_t start = last_break == std::string_view::npos ? 0 : last_break + 1;
    std::size_t end = input.find('\n', offset);
    if (end == std::string_view::npos) end = input.size();
    if (end > start && input[end - 1] == '\r') end -= 1;

    text_position where;
    where.line = 1 + static_cast<std::size_t>(std::count(input.begin(), input.begin() + static_cast<std::ptrdiff_t>(start), '\n'));
    where.line_offset = offset - start;
    where.column = 1 + count_characters(input.substr(start, where.line_offset));
    where.line_text = input.substr(start, end - start);
    return where;
}

/// The line of `where`, cut to a window around the position when it is long (compact
/// JSON is often one line), and a caret under the position.
inline void quote_line(std::ostream& out, const text_position& where) {
    constexpr std::size_t context = 60;  // bytes kept on each side of a long line's position
    std::string_view text = where.line_text;
    std::size_t caret = std::min(where.line_offset, text.size());
    std::string before, after;
    if (text.size() > 2 * context) {
        std::size_t first = caret > context ? caret - context : 0;
        std::size_t last = std::min(text.size(), caret + context);
        while (first < caret && is_utf8_continuation(text[first])) ++first;
        while (last < text.size() && is_utf8_continuation(text[last])) ++last;
        if (first > 0) before = "...";
        if (last < text.size()) after = "...";
        text = text.substr(first, last - first);
        caret -= first;
    }

    // Control characters print escaped (`\u001b`), so the caret lines up under the
    // escaped text; tabs stay tabs below, however wide the terminal draws them.
    const std::string up_to_caret = escape_controls(text.substr(0, caret));
    std::string padding(before.size(), ' ');
    for (char c : up_to_caret)
        if (!is_utf8_continuation(c)) padding += c == '\t' ? '\t' : ' ';

    const std::string number = std::to_string(where.line);
    out << "    " << number << " | " << before << up_to_caret << escape_controls(text.substr(caret)) << after << '\n';
    out << "    " << std::string(number.size(), ' ') << " | " << padding << "^\n";
}

/// `source:line:column: error: <what>` and the offending line, or just `source: error: <what>`
/// when the error has no position.
inline void report(std::ostream& out, std::string_view source, std::string_view input, const awsjobs::error& e) {
    if (e.offset == awsjobs::error::no_offset) {
        out << source << ": error: " << e.describe() << '\n';
        return;
    }
    const text_position where = locate(input, e.offset);
    out << source << ':' << where.line << ':' << where.column << ": error: " << e.describe() << '\n';
    quote_line(out, where);
}

}  // namespace awsjobs_inspect

#endif

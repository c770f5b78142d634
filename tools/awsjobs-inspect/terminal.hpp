// Output that cannot drive the terminal: a response is untrusted text, and an escape
// sequence in a message (`\u001b[2J`, `\u001b]0;title\u0007`) must print as text,
// not clear the screen or retitle the window.
#ifndef AWSJOBS_INSPECT_TERMINAL_HPP
#define AWSJOBS_INSPECT_TERMINAL_HPP

#include <cstddef>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>

namespace awsjobs_inspect {

/// Length of the UTF-8 sequence at text[i], or 0 when the bytes there are not valid UTF-8.
inline std::size_t utf8_length(std::string_view text, std::size_t i) noexcept {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char c = byte(i);
    if (c < 0x80) return 1;
    std::size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (len == 0 || i + len > text.size()) return 0;
    const unsigned char second = byte(i + 1);
    const unsigned char lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
    const unsigned char hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    if (second < lo || second > hi) return 0;
    for (std::size_t k = 2; k < len; ++k)
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
    return len;
}

/// `text` with every control character escaped as JSON does (`\u001b`), C1 controls
/// (U+0080-U+009F) and DEL included, and every byte that is not UTF-8 as `\xff`.
/// Line feeds and tabs stay when `keep_layout` (they shape the output, drive nothing).
inline std::string escape_controls(std::string_view text, bool keep_layout = true) {
    constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t len = utf8_length(text, i);
        unsigned code = c;  // the control character's code point, if it is one
        if (len == 2 && c == 0xC2) code = static_cast<unsigned char>(text[i + 1]);
        const bool control = (len == 1 && (c < 0x20 || c == 0x7F)) || (len == 2 && c == 0xC2 && code < 0xA0);
        if (len == 0) {
            ((out += "\\x") += digits[c >> 4]) += digits[c & 0xF];
            i += 1;
        } else if (control && !(keep_layout && (c == '\n' || c == '\t'))) {
            ((out += "\\u00") += digits[code >> 4]) += digits[code & 0xF];
            i += len;
        } else {
            out.append(text.substr(i, len));
            i += len;
        }
    }
    return out;
}

/// A stream buffer that passes what is written on to `sink` with escape_controls(),
/// a line at a time or when flushed, never cutting a UTF-8 sequence in two. Installed
/// on std::cout and std::cerr (terminal_guard), it covers every path that prints.
class escaping_buffer final : public std::streambuf {
public:
    explicit escaping_buffer(std::streambuf* sink) : sink_(sink) {}
    escaping_buffer(const escaping_buffer&) = delete;
    escaping_buffer& operator=(const escaping_buffer&) = delete;
    ~escaping_buffer() override { flush_all(); }

protected:
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        pending_ += traits_type::to_char_type(c);
        if (traits_type::to_char_type(c) == '\n' && !flush_all()) return traits_type::eof();
        return c;
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        pending_.append(s, static_cast<std::size_t>(n));
        if (pending_.find('\n') != std::string::npos && !flush_lines()) return 0;
        return n;
    }
    // std::cerr flushes after every insertion: a character cut in two by one waits for its end.
    int sync() override { return flush_complete() && sink_->pubsync() == 0 ? 0 : -1; }

public:
    std::streambuf* sink() const noexcept { return sink_; }

private:
    bool write(std::string_view text) {
        const std::string safe = escape_controls(text);
        return sink_->sputn(safe.data(), static_cast<std::streamsize>(safe.size())) ==
               static_cast<std::streamsize>(safe.size());
    }
    bool flush_lines() {
        const std::size_t end = pending_.rfind('\n') + 1;
        const bool ok = write(std::string_view(pending_).substr(0, end));
        pending_.erase(0, end);
        return ok;
    }
    bool flush_complete() {
        std::size_t end = pending_.size();
        std::size_t continuations = 0;
        while (end > 0 && continuations < 3 && (static_cast<unsigned char>(pending_[end - 1]) & 0xC0) == 0x80)
            --end, ++continuations;
        if (end > 0) {
            const auto lead = static_cast<unsigned char>(pending_[end - 1]);
            const std::size_t needs = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
            end = needs > continuations + 1 ? end - 1 : pending_.size();
        } else {
            end = pending_.size();
        }
        const bool ok = write(std::string_view(pending_).substr(0, end));
        pending_.erase(0, end);
        return ok;
    }
    bool flush_all() {
        const bool ok = write(pending_);
        pending_.clear();
        return ok;
    }

    std::streambuf* sink_;
    std::string pending_;
};

/// Escapes what `stream` prints while it lives; puts the stream's own buffer back after.
class terminal_guard {
public:
    explicit terminal_guard(std::ostream& stream) : stream_(stream), escaping_(stream.rdbuf()) {
        stream_.rdbuf(&escaping_);
    }
    terminal_guard(const terminal_guard&) = delete;
    terminal_guard& operator=(const terminal_guard&) = delete;
    ~terminal_guard() {
        stream_.flush();
        stream_.rdbuf(original_);
    }

private:
    std::ostream& stream_;
    escaping_buffer escaping_;
    std::streambuf* original_ = escaping_.sink();
};

}  // namespace awsjobs_inspect

#endif

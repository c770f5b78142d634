// Reads the aws4_testsuite's .req/.sreq files: an HTTP/1.1 request as text, whose request-target
// may hold raw spaces and UTF-8 (the suite's requests are not all valid on the wire).
#ifndef AWSJOBS_TESTS_AUTH_RAW_REQUEST_HPP
#define AWSJOBS_TESTS_AUTH_RAW_REQUEST_HPP

#include <awsjobs/http/message.hpp>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace awsjobs_test {

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

/// Method and target from the request line (the target is everything between the first
/// space and the last " HTTP/"), header lines up to an empty line (a line starting with white
/// space continues the previous value), then the body.
inline awsjobs::http::request parse_raw_request(std::string_view text) {
    awsjobs::http::request request;
    auto next_line = [&text]() {
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == text.npos ? std::string_view{} : text.substr(end + 1);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        return line;
    };
    const std::string_view request_line = next_line();
    const std::size_t first_space = request_line.find(' ');
    const std::size_t version = request_line.rfind(" HTTP/");
    if (first_space == request_line.npos || version == request_line.npos || version <= first_space)
        throw std::runtime_error("not a request line: " + std::string(request_line));
    request.method = std::string(request_line.substr(0, first_space));
    request.target = std::string(request_line.substr(first_space + 1, version - first_space - 1));
    std::string name, value;
    auto flush = [&] {
        if (!name.empty()) request.headers.add(name, value);
        name.clear();
        value.clear();
    };
    while (!text.empty()) {
        const std::string_view line = next_line();
        if (line.empty()) break;
        if (line.front() == ' ' || line.front() == '\t') {
            value += ' ';
            value += line;
            continue;
        }
        flush();
        const std::size_t colon = line.find(':');
        if (colon == line.npos) throw std::runtime_error("not a header line: " + std::string(line));
        name = std::string(line.substr(0, colon));
        value = std::string(line.substr(colon + 1));
    }
    flush();
    request.body = std::string(text);
    return request;
}

}  // namespace awsjobs_test

#endif

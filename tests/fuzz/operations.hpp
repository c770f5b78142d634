// The operations harness's checks of one operation (fuzz_operations.cpp says what they are),
// instantiated per service in operations_<service>.cpp: the 18 operations' request and response
// code is most of the fuzzing build's compile time, and three translation units compile in
// parallel.
#ifndef AWSJOBS_TESTS_FUZZ_OPERATIONS_HPP
#define AWSJOBS_TESTS_FUZZ_OPERATIONS_HPP

#include "checks.hpp"

#include <awsjobs/protocol.hpp>

#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/list.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

namespace awsjobs_fuzz::operations {

namespace http = awsjobs::http;
namespace protocol = awsjobs::protocol;

/// Each service's operations, in the order of the harness's operation byte (dataexchange first,
/// then sesv2, then importexport): the seeds depend on it.
inline constexpr std::size_t dataexchange_count = 5;
inline constexpr std::size_t sesv2_count = 7;
inline constexpr std::size_t importexport_count = 6;

/// Checks `input` as a request (or, if `response`, a response) of the service's operation `index`.
void check_dataexchange(std::size_t index, bool response, std::string_view input);
void check_sesv2(std::size_t index, bool response, std::string_view input);
void check_importexport(std::size_t index, bool response, std::string_view input);

/// Splits `text` at the first "\n": the line, and what follows.
inline std::string_view take_line(std::string_view& text) {
    const std::size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    return line;
}

inline http::fields take_headers(std::string_view& text) {
    http::fields headers;
    while (!text.empty()) {
        const std::string_view line = take_line(text);
        if (line.empty()) break;
        const std::size_t colon = line.find(':');
        const std::string_view value = colon == std::string_view::npos ? std::string_view() : line.substr(colon + 1);
        headers.add(line.substr(0, colon), value.substr(value.starts_with(' ') ? 1 : 0));
    }
    return headers;
}

inline void check_refusal(const protocol::error& e, std::size_t body_size) {
    require(e.code != protocol::errc::ok, "a refusal without a code");
    require(!e.message.empty(), "a refusal without a message");
    if (e.body_error) awsjobs_fuzz::check_error(*e.body_error, body_size);
}

template <class Op>
void check_request(std::string_view input) {
    const std::string_view line = take_line(input);
    const std::size_t space = line.find(' ');
    http::request request;
    request.method = std::string(line.substr(0, space));
    request.target = space == std::string_view::npos ? std::string() : std::string(line.substr(space + 1));
    request.headers = take_headers(input);
    request.body = std::string(input);

    const auto read = protocol::read_request<Op>(request);
    if (!read) {
        check_refusal(read.error(), request.body.size());
        require(protocol::http_status_for(read.error().code) >= 400, "a refusal answered with a success");
        return;
    }
    const auto written = protocol::make_request<Op>(*read);
    require(written.has_value(), "a request read cannot be written back", written ? "" : written.error().describe());
    const auto again = protocol::read_request<Op>(*written);
    require(again.has_value(), "a request written does not read back", again ? "" : again.error().describe());
    require(*again == *read, "a request written reads back to another value", written->target + "\n" + written->body);
}

template <class Op>
void check_response(std::string_view input) {
    int status = 0;
    const std::string_view line = take_line(input);
    for (const char c : line.substr(0, 4))
        if (c >= '0' && c <= '9') status = status * 10 + (c - '0');
    http::response response{status, take_headers(input), std::string(input)};

    const auto read = protocol::read_response<Op>(response);
    http::response copy = response;
    const auto in_place = protocol::read_response_in_place<Op>(copy);
    require(read.has_value() == in_place.has_value(), "owning and in-place reads disagree");
    if (!read) {
        check_refusal(read.error(), response.body.size());
        require(read.error() == in_place.error(), "owning and in-place reads refuse differently");
        return;
    }
    require(read->index() == in_place->index(), "owning and in-place reads disagree on the outcome");
    if (const auto* output = std::get_if<0>(&*read)) {
        const auto written = protocol::make_response<Op>(*output, "req");
        require(written.has_value(), "an output read cannot be written back");
        const auto again = protocol::read_response<Op>(*written);
        require(again.has_value() && again->index() == 0, "an output written does not read back");
        require(std::get<0>(*again) == *output, "an output written reads back to another value", written->body);
    } else {
        const auto& error = std::get<1>(*read);
        require(!error.code.wire_name().empty(), "an error without a code");
        const auto written = protocol::make_error_response<Op>(error, "req");
        if (!written) return;  // an unmodeled code's body verbatim may not be writable as JSON
        const auto again = protocol::read_response<Op>(*written);
        require(again.has_value() && again->index() == 1, "an error written does not read back as one");
        require(std::get<1>(*again).code == error.code, "an error written reads back with another code");
    }
}

/// Checks `input` as a request or response of the operation `index` of `Operations`.
template <class Operations>
void check_operation(std::size_t index, bool response, std::string_view input) {
    boost::mp11::mp_with_index<boost::mp11::mp_size<Operations>::value>(index, [&](auto I) {
        using Op = boost::mp11::mp_at_c<Operations, I>;
        if (response) check_response<Op>(input);
        else check_request<Op>(input);
    });
}

}  // namespace awsjobs_fuzz::operations

#endif

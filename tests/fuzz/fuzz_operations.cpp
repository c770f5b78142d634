// Every operation's HTTP binding, both sides: arbitrary requests to read_request, arbitrary
// responses to read_response (owning and in place).
//
// Input format (so that seeds are readable and mutations stay meaningful):
//   byte 0: the operation (byte % the number of operations) and the side (byte & 0x80: a
//           response, else a request);
//   a request:  METHOD SP TARGET \n then header lines `Name: value` \n, a blank line, the body;
//   a response: STATUS \n then header lines, a blank line, the body.
// Oracles: a request read is written back by make_request and reads back to the same value; a
// response read as the output is written back by make_response and reads back to the same
// value; an error read is written back by make_error_response with the same code; a refusal
// names a protocol::errc and, for a body, where in it.
#include "checks.hpp"

#include <awsjobs/dataexchange.hpp>
#include <awsjobs/importexport.hpp>
#include <awsjobs/protocol.hpp>
#include <awsjobs/protocol/xml.hpp>
#include <awsjobs/sesv2.hpp>

#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/list.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace {

namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;
namespace iex = awsjobs::importexport;
namespace http = awsjobs::http;
namespace protocol = awsjobs::protocol;
using awsjobs_fuzz::require;

using operations = boost::mp11::mp_list<
    dx::CreateJob, dx::StartJob, dx::GetJob, dx::ListJobs, dx::CancelJob, ses::CreateImportJob, ses::GetImportJob,
    ses::ListImportJobs, ses::CreateExportJob, ses::GetExportJob, ses::ListExportJobs, ses::CancelExportJob,
    iex::CreateJob, iex::GetStatus, iex::ListJobs, iex::CancelJob, iex::UpdateJob, iex::GetShippingLabel>;

/// Splits `text` at the first "\n": the line, and what follows.
std::string_view take_line(std::string_view& text) {
    const std::size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    return line;
}

http::fields take_headers(std::string_view& text) {
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

void check_refusal(const protocol::error& e, std::size_t body_size) {
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

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    constexpr std::size_t count = boost::mp11::mp_size<operations>::value;
    const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
    boost::mp11::mp_with_index<count>(data[0] % 0x80 % count, [&](auto I) {
        using Op = boost::mp11::mp_at_c<operations, I>;
        if (data[0] & 0x80) check_response<Op>(input);
        else check_request<Op>(input);
    });
    return 0;
}

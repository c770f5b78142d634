// Typed error responses: read_service_error for GetJob and GetImportJob, with any
// status, any x-amzn-ErrorType header and any body.
//
// Input format (so that seeds are readable and mutations stay meaningful):
//   <service><status> <x-amzn-ErrorType header>\n<body>
// service 'd' is Data Exchange GetJob, anything else SES v2 GetImportJob; the
// status is the (signed) decimal digits that follow (0 when none); the header is the
// rest of the first line after one space; the body everything after the first newline.
#include "checks.hpp"

#include <awsjobs/dataexchange.hpp>
#include <awsjobs/protocol/read_service_error.hpp>
#include <awsjobs/sesv2.hpp>

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace {

using awsjobs_fuzz::require;

bool is_valid_utf8(std::string_view text) {
    return awsjobs::detail::find_invalid_utf8(text.data(), text.size()) == text.size();
}

template <class ServiceError>
void check(int status, std::string_view header, std::string_view body) {
    // Whatever the response, a typed error comes out: the body is never a reason to lose it.
    const ServiceError read = awsjobs::protocol::read_service_error<ServiceError>(status, header, body);
    require(read.http_status == status, "the status changed");
    require(is_valid_utf8(read.message), "the message is not valid UTF-8", read.message);

    // A code in the header is never lost, whatever the body; nothing is ever no code.
    const std::string_view header_code = awsjobs::protocol::detail::bare_error_code(header);
    if (!header_code.empty())
        require(read.code.wire_name() == header_code, "the header's code was lost", std::string(read.code.wire_name()));
    require(!read.code.wire_name().empty(), "no code, not even the status");

    // body_error holds exactly when the details are not the shape; it says "not JSON"
    // exactly when the body is not JSON.
    if (read.body_error) {
        awsjobs_fuzz::check_error(*read.body_error, body.size());
        awsjobs_fuzz::check_judged_json(body, &*read.body_error);
    } else if (body.find_first_not_of(" \t\r\n\f\v") != std::string_view::npos) {
        awsjobs_fuzz::check_judged_json(body, nullptr);
    }

    const auto code = read.code.known();
    if (!code || read.body_error) {
        const auto* unknown = std::get_if<awsjobs::unknown_error>(&read.details);
        require(unknown != nullptr && unknown->body == body, "an unknown code or unreadable body without the body verbatim");
        return;
    }
    // The code chooses the exception shape; the codes are declared in the shapes' order.
    require(read.details.index() == static_cast<std::size_t>(*code) + 1, "the details do not match the code");

    // The details, written as a body and read back under the same code, are the same.
    std::visit(
        [&](const auto& details) {
            using Shape = std::remove_cvref_t<decltype(details)>;
            if constexpr (!std::is_same_v<Shape, awsjobs::unknown_error>) {
                awsjobs_fuzz::check_round_trip(details);
                const std::string written = awsjobs_fuzz::write_or_fail(details);
                const ServiceError again =
                    awsjobs::protocol::read_service_error<ServiceError>(status, read.code.wire_name(), written);
                require(!again.body_error, "written details do not read back", written);
                require(again.code == read.code, "the code changed", written);
                require(again.details == read.details, "the details changed", written);
            }
        },
        read.details);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto line_end = input.find('\n');
    std::string_view line = input.substr(0, line_end);
    const std::string_view body = line_end == std::string_view::npos ? std::string_view() : input.substr(line_end + 1);

    const bool dataexchange = line.starts_with('d');
    if (!line.empty()) line.remove_prefix(1);
    int status = 0;
    const char* const digits_end = std::from_chars(line.data(), line.data() + line.size(), status).ptr;
    line.remove_prefix(static_cast<std::size_t>(digits_end - line.data()));
    if (line.starts_with(' ')) line.remove_prefix(1);
    const std::string_view header = line;

    if (dataexchange)
        check<awsjobs::dataexchange::GetJobError>(status, header, body);
    else
        check<awsjobs::sesv2::GetImportJobError>(status, header, body);
    return 0;
}

// Typed error responses: read_service_error for GetJob and GetImportJob.
//
// Input format (so that seeds are readable and mutations stay meaningful):
//   <service><status> <x-amzn-ErrorType header>\n<body>
// service 'd' is Data Exchange GetJob, anything else SES v2 GetImportJob; the
// status is the decimal digits that follow (0 when none); the header is the rest
// of the first line after one space; the body everything after the first newline.
#include "checks.hpp"

#include <awsjobs/dataexchange.hpp>
#include <awsjobs/sesv2.hpp>

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace {

using awsjobs_fuzz::require;

template <class ServiceError>
void check(int status, std::string_view header, std::string_view body) {
    const auto read = awsjobs::read_service_error<ServiceError>(status, header, body);
    // An empty or blank body is allowed (the header names the error); any other must be JSON.
    if (body.find_first_not_of(" \t\r\n") != std::string_view::npos)
        awsjobs_fuzz::check_judged_json(body, read ? nullptr : &read.error());
    if (!read) {
        awsjobs_fuzz::check_error(read.error(), body.size());
        return;
    }
    require(read->http_status == status, "the status changed");
    const auto code = read->code.known();
    if (!code) {
        const auto* unknown = std::get_if<awsjobs::unknown_error>(&read->details);
        require(unknown != nullptr && unknown->body == body, "an unknown code without its body verbatim");
        return;
    }
    // The code chooses the exception shape; the codes are declared in the shapes' order.
    require(read->details.index() == static_cast<std::size_t>(*code) + 1, "the details do not match the code");

    // The details, written as a body and read back under the same code, are the same.
    std::visit(
        [&](const auto& details) {
            using Shape = std::remove_cvref_t<decltype(details)>;
            if constexpr (!std::is_same_v<Shape, awsjobs::unknown_error>) {
                awsjobs_fuzz::check_round_trip(details);
                const std::string written = awsjobs_fuzz::write_or_fail(details);
                const auto again = awsjobs::read_service_error<ServiceError>(status, read->code.wire_name(), written);
                if (!again) awsjobs_fuzz::fail("written details do not read back", again.error().describe() + "\n" + written);
                require(again->code == read->code, "the code changed", written);
                require(again->details == read->details, "the details changed", written);
            }
        },
        read->details);
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

// What botocore calls a generic error response, and when a body is blank.
#ifndef AWSJOBS_PROTOCOL_DETAIL_GENERIC_ERROR_HPP
#define AWSJOBS_PROTOCOL_DETAIL_GENERIC_ERROR_HPP

#include <string_view>

namespace awsjobs::protocol::detail {

/// Whether `body` holds nothing but whitespace, as Python's bytes.strip() has it (space, tab,
/// CR, LF, form feed, vertical tab): botocore reads such a body as none, whatever the protocol.
constexpr bool is_blank(std::string_view body) noexcept {
    return body.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

/// The reason phrase of a 5xx status, as Python's http.client.responses has it
/// (botocore's message for a generic server error); empty for other statuses.
constexpr std::string_view server_error_reason(int status) noexcept {
    switch (status) {
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported";
    case 506: return "Variant Also Negotiates";
    case 507: return "Insufficient Storage";
    case 508: return "Loop Detected";
    case 510: return "Not Extended";
    case 511: return "Network Authentication Required";
    default: return {};
    }
}

/// botocore's generic server error: a 5xx whose body is blank or an HTML page (a load
/// balancer's, not the service's) is named by its status, its message the reason phrase.
constexpr bool is_generic_server_error(int status, std::string_view body) noexcept {
    if (status < 500) return false;
    const std::size_t first = body.find_first_not_of(" \t\r\n\f\v");
    return first == std::string_view::npos || body.substr(first).starts_with("<html>");
}

}  // namespace awsjobs::protocol::detail

#endif

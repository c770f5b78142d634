// Typed service errors: an operation's error codes and exception shapes, and how a
// REST-JSON error response is read into them.
#ifndef AWSJOBS_SERVICE_ERROR_HPP
#define AWSJOBS_SERVICE_ERROR_HPP

#include <awsjobs/json/detail/describe.hpp>
#include <awsjobs/json/detail/loose_string.hpp>
#include <awsjobs/json/detail/utf8.hpp>
#include <awsjobs/json/error.hpp>
#include <awsjobs/json/open_enum.hpp>
#include <awsjobs/json/read.hpp>
#include <awsjobs/json/result.hpp>

#include <boost/describe/class.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace awsjobs {

/// The details of an error whose code the operation does not list: its body, verbatim.
struct unknown_error {
    std::string body;
    friend bool operator==(const unknown_error&, const unknown_error&) = default;
};

/// An error response of one operation.
///
/// Code is an enum whose enumerators are named after the operation's exception
/// shapes, in the same order as Shapes: the code selects the shape the body is read as.
template <class Code, class... Shapes>
struct service_error {
    using code_type = Code;

    /// The HTTP status, always as received.
    int http_status = 0;
    /// The error code, e.g. ResourceNotFoundException; a code the operation does
    /// not list is kept verbatim (code.wire_name()). When nothing names the error,
    /// the HTTP status as text ("404"), as botocore does.
    json::open_enum<Code> code;
    /// The body's `message` (or `Message`); the body itself when it is not a JSON
    /// object; the status's reason phrase for a generic 5xx response. Valid UTF-8.
    std::string message;
    /// The body read as the exception shape the code names, or unknown_error (with
    /// the body verbatim) when the code is not listed or the body cannot be read as
    /// that shape.
    std::variant<unknown_error, Shapes...> details;
    /// Why the body could not be read (not JSON, not an object, a member of the
    /// wrong type, a limit of read_options); empty when it was read or was blank.
    std::optional<json::error> body_error;

    friend bool operator==(const service_error&, const service_error&) = default;
};

namespace detail {

// The members every AWS JSON error body may carry, whatever the exception; each is
// taken only when it is a string (botocore would pass a number on as the code).
struct error_envelope {
    json::detail::loose_string type;  // "__type"
    json::detail::loose_string code;
    json::detail::loose_string Code;
    json::detail::loose_string message;
    json::detail::loose_string Message;
    BOOST_DESCRIBE_CLASS(error_envelope, (), (type, code, Code, message, Message), (), ())
};
constexpr std::string_view awsjobs_json_key(const error_envelope*, std::string_view member) {
    return member == "type" ? "__type" : member;
}

/// `ValidationException:http://internal.amazon.com/...` and
/// `com.amazonaws.dataexchange#ValidationException` both name ValidationException.
constexpr std::string_view bare_error_code(std::string_view raw) noexcept {
    if (const auto colon = raw.find(':'); colon != std::string_view::npos) raw = raw.substr(0, colon);
    if (const auto hash = raw.rfind('#'); hash != std::string_view::npos) raw = raw.substr(hash + 1);
    const auto first = raw.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return raw.substr(first, raw.find_last_not_of(" \t") - first + 1);
}

/// The bare code of the first of `sources` that names one (a string, not blank).
inline std::string_view first_error_code(std::initializer_list<const std::optional<std::string>*> sources) noexcept {
    for (const auto* source : sources)
        if (*source)
            if (const auto bare = bare_error_code(**source); !bare.empty()) return bare;
    return {};
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

constexpr std::string_view whitespace = " \t\r\n\f\v";

}  // namespace detail

/// Reads the error response of a REST-JSON operation into its typed error, the way
/// botocore (the AWS CLI) does; README.md ("Error responses") has the rules as a
/// table, and tests/botocore compares them with botocore's own parser.
///
/// The code is the first of: the `x-amzn-ErrorType` header; the body's `code`, then
/// `Code`; the body's `__type`; the HTTP status as text. Each is cut at `:` and after
/// the last `#`, and a blank one counts as absent. A body that is not JSON, or not an
/// object, names no code and is the message; a generic server error (5xx with a blank
/// or `<html>` body) has the status's reason phrase as its message.
///
/// Never fails: a body it cannot read as the exception shape leaves `details` an
/// unknown_error holding the body, and `body_error` says why. (The result type is
/// kept for the callers written when it could fail.) `options` bound what reading
/// the body may cost, as for json::parse.
template <class ServiceError>
json::result<ServiceError> read_service_error(int http_status, std::string_view error_type_header,
                                              std::string_view body, const json::read_options& options = {}) {
    using Code = typename ServiceError::code_type;
    ServiceError error;
    error.http_status = http_status;

    const std::size_t first = body.find_first_not_of(detail::whitespace);
    const bool blank = first == std::string_view::npos;
    const std::string_view header_code = detail::bare_error_code(error_type_header);
    bool named = !header_code.empty();
    if (named) error.code = json::open_enum<Code>::from_wire(header_code);
    if (!blank) {
        const auto envelope = json::parse<detail::error_envelope>(body, options);
        if (envelope) {
            if (const auto body_code = detail::first_error_code(
                    {&envelope->code.value, &envelope->Code.value, &envelope->type.value});
                !named && !body_code.empty()) {
                error.code = json::open_enum<Code>::from_wire(body_code);  // a copy: the envelope goes
                named = true;
            }
            if (envelope->message.value)
                error.message = *envelope->message.value;
            else if (envelope->Message.value)
                error.message = *envelope->Message.value;
        } else {
            error.body_error = envelope.error();
            const bool not_json = json::is_syntax_error(envelope.error().code);
            const bool not_object = envelope.error().code == json::errc::type_mismatch && envelope.error().path == "$";
            if (not_json || not_object) error.message = json::detail::to_valid_utf8(body);
        }
    }
    if (!named) error.code = json::open_enum<Code>::from_wire(std::to_string(http_status));
    if (http_status >= 500 && (blank || body.substr(first).starts_with("<html>")))
        error.message = detail::server_error_reason(http_status);

    const auto known = error.code.known();
    if (!known || error.body_error) {
        error.details = unknown_error{std::string(body)};
        return error;
    }
    constexpr std::size_t count = std::variant_size_v<decltype(error.details)> - 1;
    const std::size_t index = json::detail::enum_info<Code>::index_of(*known);
    boost::mp11::mp_with_index<count>(index, [&](auto I) {
        using Shape = std::variant_alternative_t<I + 1, decltype(error.details)>;
        if (blank) {
            error.details.template emplace<I + 1>();
            return;
        }
        auto parsed = json::parse<Shape>(body, options);
        if (parsed) {
            error.details.template emplace<I + 1>(std::move(*parsed));
        } else {
            error.body_error = parsed.error();
            error.details = unknown_error{std::string(body)};
        }
    });
    return error;
}

}  // namespace awsjobs

#endif

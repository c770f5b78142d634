// read_service_error: a REST-JSON error response read into an operation's typed error,
// as botocore reads it.
#ifndef AWSJOBS_PROTOCOL_READ_SERVICE_ERROR_HPP
#define AWSJOBS_PROTOCOL_READ_SERVICE_ERROR_HPP

#include <awsjobs/core/detail/describe.hpp>
#include <awsjobs/core/detail/loose_string.hpp>
#include <awsjobs/core/detail/utf8.hpp>
#include <awsjobs/core/error.hpp>
#include <awsjobs/core/open_enum.hpp>
#include <awsjobs/core/service_error.hpp>
#include <awsjobs/json/options.hpp>
#include <awsjobs/json/read.hpp>
#include <awsjobs/protocol/detail/generic_error.hpp>

#include <boost/describe/class.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace awsjobs::protocol {

namespace detail {

// The members every AWS JSON error body may carry, whatever the exception; each is
// taken only when it is a string (botocore would pass a number on as the code).
struct error_envelope {
    awsjobs::detail::loose_string type;  // "__type"
    awsjobs::detail::loose_string code;
    awsjobs::detail::loose_string Code;
    awsjobs::detail::loose_string message;
    awsjobs::detail::loose_string Message;
    BOOST_DESCRIBE_CLASS(error_envelope, (), (type, code, Code, message, Message), (), ())
};
constexpr std::string_view awsjobs_json_member_name(const error_envelope*, std::string_view member) {
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
/// unknown_error holding the body, and `body_error` says why. `options` bound what
/// reading the body may cost, as for json::parse.
template <class ServiceError>
ServiceError read_service_error(int http_status, std::string_view error_type_header,
                                              std::string_view body, const json::read_options& options = {}) {
    using Code = typename ServiceError::code_type;
    ServiceError error;
    error.http_status = http_status;

    const bool blank = detail::is_blank(body);
    const std::string_view header_code = detail::bare_error_code(error_type_header);
    bool named = !header_code.empty();
    if (named) error.code = awsjobs::open_enum<Code>::from_wire(header_code);
    if (!blank) {
        const auto envelope = json::parse<detail::error_envelope>(body, options);
        if (envelope) {
            if (const auto body_code = detail::first_error_code(
                    {&envelope->code.value, &envelope->Code.value, &envelope->type.value});
                !named && !body_code.empty()) {
                error.code = awsjobs::open_enum<Code>::from_wire(body_code);  // a copy: the envelope goes
                named = true;
            }
            if (envelope->message.value)
                error.message = *envelope->message.value;
            else if (envelope->Message.value)
                error.message = *envelope->Message.value;
        } else {
            error.body_error = envelope.error();
            const bool not_json = awsjobs::is_syntax_error(envelope.error().code);
            const bool not_object = envelope.error().code == awsjobs::errc::type_mismatch && envelope.error().path == "$";
            if (not_json || not_object) error.message = awsjobs::detail::to_valid_utf8(body);
        }
    }
    if (!named) error.code = awsjobs::open_enum<Code>::from_wire(std::to_string(http_status));
    if (detail::is_generic_server_error(http_status, body)) error.message = detail::server_error_reason(http_status);

    const auto known = error.code.known();
    if (!known || error.body_error) {
        error.details = unknown_error{std::string(body)};
        return error;
    }
    constexpr std::size_t count = std::variant_size_v<decltype(error.details)> - 1;
    const std::size_t index = awsjobs::detail::enum_info<Code>::index_of(*known);
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

}  // namespace awsjobs::protocol

#endif

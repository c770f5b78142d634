// Typed service errors: an operation's error codes and exception shapes, and how a
// REST-JSON error response is read into them.
#ifndef AWSJOBS_SERVICE_ERROR_HPP
#define AWSJOBS_SERVICE_ERROR_HPP

#include <awsjobs/json/detail/describe.hpp>
#include <awsjobs/json/open_enum.hpp>
#include <awsjobs/json/read.hpp>
#include <awsjobs/json/result.hpp>

#include <boost/describe/class.hpp>
#include <boost/mp11/algorithm.hpp>

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

    int http_status = 0;
    /// The error code, e.g. ResourceNotFoundException; a code the operation does
    /// not list is kept verbatim (code.wire_name()).
    json::open_enum<Code> code;
    /// The body's `message` (or `Message`), empty when it has none.
    std::string message;
    /// The body read as the exception shape the code names, or unknown_error.
    std::variant<unknown_error, Shapes...> details;

    friend bool operator==(const service_error&, const service_error&) = default;
};

namespace detail {

// The members every AWS JSON error body may carry, whatever the exception.
struct error_envelope {
    std::optional<std::string> type;  // "__type"
    std::optional<std::string> code;
    std::optional<std::string> message;
    std::optional<std::string> Message;
    BOOST_DESCRIBE_CLASS(error_envelope, (), (type, code, message, Message), (), ())
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

}  // namespace detail

/// Reads the error response of a REST-JSON operation into its typed error, the
/// way the AWS SDKs do: the code comes from the `x-amzn-ErrorType` header if
/// present, else from the body's `__type`, else from its `code`; any `:...`
/// suffix and `namespace#` prefix are stripped. An empty body is allowed (the
/// header alone names the error); a body that is not JSON, or does not fit the
/// exception shape, is a json::error.
template <class ServiceError>
json::result<ServiceError> read_service_error(int http_status, std::string_view error_type_header,
                                              std::string_view body) {
    using Code = typename ServiceError::code_type;
    ServiceError error;
    error.http_status = http_status;

    const bool blank = body.find_first_not_of(" \t\r\n") == std::string_view::npos;
    detail::error_envelope envelope;
    if (!blank) {
        auto parsed = json::parse<detail::error_envelope>(body);
        if (!parsed) return parsed.error();
        envelope = std::move(*parsed);
    }
    std::string_view raw_code = error_type_header;
    if (detail::bare_error_code(raw_code).empty() && envelope.type) raw_code = *envelope.type;
    if (detail::bare_error_code(raw_code).empty() && envelope.code) raw_code = *envelope.code;
    // from_wire copies the code: envelope's strings may be gone by the time it is read.
    error.code = json::open_enum<Code>::from_wire(detail::bare_error_code(raw_code));
    error.message = envelope.message ? std::move(*envelope.message) : envelope.Message.value_or("");

    const auto known = error.code.known();
    if (!known) {
        error.details = unknown_error{std::string(body)};
        return error;
    }
    constexpr std::size_t count = std::variant_size_v<decltype(error.details)> - 1;
    const std::size_t index = json::detail::enum_info<Code>::index_of(*known);
    std::optional<json::error> failure;
    boost::mp11::mp_with_index<count>(index, [&](auto I) {
        using Shape = std::variant_alternative_t<I + 1, decltype(error.details)>;
        if (blank) {
            error.details.template emplace<I + 1>();
            return;
        }
        auto parsed = json::parse<Shape>(body);
        if (!parsed) {
            failure = parsed.error();
            return;
        }
        error.details.template emplace<I + 1>(std::move(*parsed));
    });
    if (failure) return *failure;
    return error;
}

}  // namespace awsjobs

#endif

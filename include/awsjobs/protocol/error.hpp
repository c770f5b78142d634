/// \file
/// protocol::error and protocol::result<T>: what the HTTP bindings report when a message is not
/// what the operation's model says.
#ifndef AWSJOBS_PROTOCOL_ERROR_HPP
#define AWSJOBS_PROTOCOL_ERROR_HPP

#include <awsjobs/core/detail/errc_category.hpp>
#include <awsjobs/core/error.hpp>
#include <awsjobs/core/result.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <system_error>
#include <type_traits>

namespace awsjobs::protocol {

/// What is wrong with a message. Request errors are the client's (a server answers them with
/// a 4xx); response errors mean the response is neither the output nor a service error.
enum class errc {
    ok = 0,
    // --- requests (server side), and request values (client side) ---
    wrong_method,       ///< e.g. POST where the operation is GET
    wrong_path,         ///< the path is not the operation's URI template (a literal, or a segment too many or few)
    bad_escape,         ///< a `%` not followed by two hex digits
    invalid_label,      ///< a URI label that is empty, unset, not UTF-8 once decoded, or not its member's type
    missing_parameter,  ///< a required query parameter, or Action/Version, is absent
    wrong_action,       ///< the query Action names another operation, or Version another API version
    invalid_parameter,  ///< a query-string, header or form value that is not its member's type (a bad
                        ///< integer or boolean, not UTF-8), or that comes more often than its member holds
    target_too_large,   ///< the request-target is longer than read_options::max_target_size, or has
                        ///< more parameters than read_options::max_parameters (a server answers 414)
    // --- bodies, both sides ---
    invalid_body,       ///< the body does not read as (or cannot be written from) the value; see body_error
    body_too_large,     ///< the body is longer than read_options::max_body_size (a server answers 413)
    // --- responses (client side) ---
    unexpected_response,  ///< a status or body that is neither the output nor an error of the operation
};

/// The enumerator's name, e.g. "wrong_method".
constexpr const char* to_string(errc code) noexcept {
    switch (code) {
    case errc::ok: return "ok";
    case errc::wrong_method: return "wrong_method";
    case errc::wrong_path: return "wrong_path";
    case errc::bad_escape: return "bad_escape";
    case errc::invalid_label: return "invalid_label";
    case errc::missing_parameter: return "missing_parameter";
    case errc::wrong_action: return "wrong_action";
    case errc::invalid_parameter: return "invalid_parameter";
    case errc::target_too_large: return "target_too_large";
    case errc::invalid_body: return "invalid_body";
    case errc::body_too_large: return "body_too_large";
    case errc::unexpected_response: return "unexpected_response";
    }
    return "unknown";
}

/// The category of protocol::errc, named "awsjobs.protocol".
inline const std::error_category& category() noexcept {
    static const awsjobs::detail::errc_category<errc> instance("awsjobs.protocol");  // immutable: thread-safe
    return instance;
}

/// `code` as a std::error_code of protocol::category(); found by ADL.
inline std::error_code make_error_code(errc code) noexcept {
    return {static_cast<int>(code), category()};
}

/// The status a server answers a request error with: 405 for the method, 404 for a path the
/// operation does not serve, 413 for a body too large, 414 for a target too long, 400 for the
/// rest of what the client sent.
constexpr int http_status_for(errc code) noexcept {
    switch (code) {
    case errc::ok: return 200;
    case errc::wrong_method: return 405;
    case errc::wrong_path: return 404;
    case errc::body_too_large: return 413;
    case errc::target_too_large: return 414;
    case errc::unexpected_response: return 502;
    default: return 400;
    }
}

/// A message that does not fit the operation: code, what was expected and found, and for
/// bodies the codec's error (offset, path, reason).
struct error {
    /// What kind of mismatch.
    errc code = errc::ok;
    /// A sentence naming the operation, what it expected and what came, e.g.
    /// "GetJob: the method is POST, expected GET".
    std::string message;
    /// Why the body does not read as (or cannot be written from) the value, with its byte
    /// offset and path, for invalid_body (and an unexpected response's body).
    std::optional<awsjobs::error> body_error;

    /// "wrong_method: GetJob: the method is POST, expected GET"
    std::string describe() const {
        std::string text = std::string(to_string(code)) + ": " + message;
        if (body_error) (text += ": ") += body_error->describe();
        return text;
    }
    /// Equal when every member is.
    friend bool operator==(const error&, const error&) = default;
    /// Writes describe().
    friend std::ostream& operator<<(std::ostream& os, const error& e) { return os << e.describe(); }
};

/// A T or a protocol::error (checked with `if (r)`; value() throws bad_result_access<protocol::error>).
template <class T>
using result = awsjobs::result<T, protocol::error>;

}  // namespace awsjobs::protocol

/// awsjobs::protocol::errc converts to std::error_code.
template <>
struct std::is_error_code_enum<awsjobs::protocol::errc> : std::true_type {};

#endif

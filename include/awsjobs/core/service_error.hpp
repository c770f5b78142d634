// Typed service errors: an operation's error codes and exception shapes (the model's
// vocabulary; protocol/read_service_error.hpp reads a REST-JSON error response into them).
#ifndef AWSJOBS_CORE_SERVICE_ERROR_HPP
#define AWSJOBS_CORE_SERVICE_ERROR_HPP

#include <awsjobs/core/error.hpp>
#include <awsjobs/core/open_enum.hpp>

#include <optional>
#include <string>
#include <variant>

namespace awsjobs {

/// The details of an error whose code the operation does not list: its body, verbatim.
struct unknown_error {
    /// The body as received.
    std::string body;
    /// Equal when the bodies are.
    friend bool operator==(const unknown_error&, const unknown_error&) = default;
};

/// An error response of one operation.
///
/// Code is an enum whose enumerators are named after the operation's exception
/// shapes, in the same order as Shapes: the code selects the shape the body is read as.
template <class Code, class... Shapes>
struct service_error {
    /// The enum of the operation's error codes.
    using code_type = Code;

    /// The HTTP status, always as received.
    int http_status = 0;
    /// The error code, e.g. ResourceNotFoundException; a code the operation does
    /// not list is kept verbatim (code.wire_name()). When nothing names the error,
    /// the HTTP status as text ("404"), as botocore does.
    open_enum<Code> code;
    /// The body's `message` (or `Message`); the body itself when it is not a JSON
    /// object; the status's reason phrase for a generic 5xx response. Valid UTF-8.
    std::string message;
    /// The body read as the exception shape the code names, or unknown_error (with
    /// the body verbatim) when the code is not listed or the body cannot be read as
    /// that shape.
    std::variant<unknown_error, Shapes...> details;
    /// Why the body could not be read (not JSON, not an object, a member of the
    /// wrong type, a limit of read_options); empty when it was read or was blank.
    std::optional<error> body_error;

    /// Equal when every member is.
    friend bool operator==(const service_error&, const service_error&) = default;
};

}  // namespace awsjobs

#endif

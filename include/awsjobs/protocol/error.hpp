// protocol::error and protocol::result<T>: what the HTTP bindings report when a message is not
// what the operation's model says.
#ifndef AWSJOBS_PROTOCOL_ERROR_HPP
#define AWSJOBS_PROTOCOL_ERROR_HPP

#include <awsjobs/json/error.hpp>

#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>

namespace awsjobs::protocol {

/// What is wrong with a message. Request errors are the client's (a server answers them with
/// a 4xx); response errors mean the response is neither the output nor a service error.
enum class errc {
    ok = 0,
    // --- requests (server side), and request values (client side) ---
    wrong_method,       ///< e.g. POST where the operation is GET
    wrong_path,         ///< the path is not the operation's URI template (a literal, or a segment too many or few)
    bad_escape,         ///< a `%` not followed by two hex digits
    invalid_label,      ///< a URI label (or parameter) that is empty, unset, or not UTF-8 once decoded
    missing_parameter,  ///< a required query parameter, or Action/Version, is absent
    wrong_action,       ///< the query Action names another operation, or Version another API version
    // --- bodies, both sides ---
    invalid_body,       ///< the body does not read as (or cannot be written from) the value; see json_error
    // --- responses (client side) ---
    unexpected_response,  ///< a status or body that is neither the output nor an error of the operation
};

constexpr const char* to_string(errc code) noexcept {
    switch (code) {
    case errc::ok: return "ok";
    case errc::wrong_method: return "wrong_method";
    case errc::wrong_path: return "wrong_path";
    case errc::bad_escape: return "bad_escape";
    case errc::invalid_label: return "invalid_label";
    case errc::missing_parameter: return "missing_parameter";
    case errc::wrong_action: return "wrong_action";
    case errc::invalid_body: return "invalid_body";
    case errc::unexpected_response: return "unexpected_response";
    }
    return "unknown";
}

/// The status a server answers a request error with: 405 for the method, 404 for a path the
/// operation does not serve, 400 for the rest of what the client sent.
constexpr int http_status_for(errc code) noexcept {
    switch (code) {
    case errc::ok: return 200;
    case errc::wrong_method: return 405;
    case errc::wrong_path: return 404;
    case errc::unexpected_response: return 502;
    default: return 400;
    }
}

/// A message that does not fit the operation: code, what was expected and found, and for
/// bodies the JSON codec's error (offset, path, reason).
struct error {
    errc code = errc::ok;
    /// A sentence naming the operation, what it expected and what came, e.g.
    /// "GetJob: the method is POST, expected GET".
    std::string message;
    /// The body's error, with its byte offset and JSON path, for invalid_body.
    std::optional<json::error> json_error;

    /// "wrong_method: GetJob: the method is POST, expected GET"
    std::string describe() const {
        std::string text = std::string(to_string(code)) + ": " + message;
        if (json_error) (text += ": ") += json_error->describe();
        return text;
    }
    friend bool operator==(const error&, const error&) = default;
    friend std::ostream& operator<<(std::ostream& os, const error& e) { return os << e.describe(); }
};

/// Thrown by result::value() when there is no value.
class protocol_error : public std::runtime_error {
public:
    explicit protocol_error(protocol::error e) : std::runtime_error(e.describe()), error_(std::move(e)) {}
    const protocol::error& error() const noexcept { return error_; }

private:
    protocol::error error_;
};

/// A T or an error, like json::result (checked with `if (r)`; value() throws protocol_error).
template <class T>
class [[nodiscard]] result {
public:
    result(T value) noexcept(std::is_nothrow_move_constructible_v<T>) : value_(std::move(value)) {}
    result(protocol::error e) noexcept : error_(std::move(e)) {}

    bool has_value() const noexcept { return value_.has_value(); }
    explicit operator bool() const noexcept { return has_value(); }

    T& value() & { check(); return *value_; }
    const T& value() const& { check(); return *value_; }
    T&& value() && { check(); return std::move(*value_); }

    /// Preconditions: has_value().
    T& operator*() & noexcept { return *value_; }
    const T& operator*() const& noexcept { return *value_; }
    T&& operator*() && noexcept { return std::move(*value_); }
    T* operator->() noexcept { return &*value_; }
    const T* operator->() const noexcept { return &*value_; }

    /// Preconditions: !has_value().
    const protocol::error& error() const& noexcept { return error_; }

private:
    void check() const {
        if (!has_value()) throw protocol_error(error_);
    }
    std::optional<T> value_;
    protocol::error error_;
};

}  // namespace awsjobs::protocol

#endif

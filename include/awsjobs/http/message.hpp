/// \file
/// http::request and http::response: HTTP/1.1 messages as plain values, for any HTTP library.
#ifndef AWSJOBS_HTTP_MESSAGE_HPP
#define AWSJOBS_HTTP_MESSAGE_HPP

#include <awsjobs/http/fields.hpp>

#include <string>

namespace awsjobs::http {

/// A request as it travels: no URL parsing, no transport. `target` is the request-target
/// exactly as on the request line (path and query, still percent-encoded), as Beast's
/// `request::target()` keeps it; the Host header carries the authority.
struct request {
    std::string method = "GET";  ///< The method, as on the request line.
    std::string target = "/";    ///< The request-target: path and query, percent-encoded.
    http::fields headers;        ///< The header fields, in order.
    std::string body;            ///< The body, as bytes.
    /// Equal when every part is.
    friend bool operator==(const request&, const request&) = default;
};

/// A response as it travels: status code, header fields, body. No reason phrase: HTTP/2
/// has none and no client reads it.
struct response {
    int status = 200;      ///< The status code.
    http::fields headers;  ///< The header fields, in order.
    std::string body;      ///< The body, as bytes.
    /// Equal when every part is.
    friend bool operator==(const response&, const response&) = default;
};

}  // namespace awsjobs::http

#endif

// protocol::make_auth_error_response: the response AWS sends when it refuses a request's
// authentication (auth::verify's failures), in each protocol's format. No I/O, no OpenSSL.
#ifndef AWSJOBS_PROTOCOL_AUTH_ERROR_HPP
#define AWSJOBS_PROTOCOL_AUTH_ERROR_HPP

#include <awsjobs/auth/error.hpp>
#include <awsjobs/http/message.hpp>
#include <awsjobs/protocol/binding.hpp>

#include <string>
#include <string_view>

namespace awsjobs::protocol {

/// How AWS answers an authentication failure: the status and the error code.
struct auth_error_code {
    /// The response's status: 400 or 403.
    int http_status;
    /// The error code: the query protocol's `<Code>`, REST-JSON's `x-amzn-ErrorType`.
    std::string_view code;
};

/// AWS's status and code for `failure` in `protocol`: query services (Import/Export) use the
/// common error codes (MissingAuthenticationToken, IncompleteSignature, InvalidClientTokenId,
/// SignatureDoesNotMatch), REST-JSON services their exception names
/// (MissingAuthenticationTokenException, IncompleteSignatureException,
/// UnrecognizedClientException, InvalidSignatureException). An expired signature is a
/// mismatch to AWS. IncompleteSignature is 400, the others 403.
constexpr auth_error_code auth_error_code_for(wire_protocol protocol, auth::errc failure) noexcept {
    const bool query = protocol == wire_protocol::query;
    switch (failure) {
    case auth::errc::missing_authentication_token:
        return {403, query ? "MissingAuthenticationToken" : "MissingAuthenticationTokenException"};
    case auth::errc::invalid_client_token_id:
        return {403, query ? "InvalidClientTokenId" : "UnrecognizedClientException"};
    case auth::errc::signature_does_not_match:
    case auth::errc::signature_expired:
        return {403, query ? "SignatureDoesNotMatch" : "InvalidSignatureException"};
    case auth::errc::ok:
    case auth::errc::incomplete_signature:
    case auth::errc::unsignable_request:
        break;
    }
    return {400, query ? "IncompleteSignature" : "IncompleteSignatureException"};
}

namespace detail {

// Bytes outside ASCII come from the client (a header value in a canonical request): written
// as their code points U+0080..U+00FF, so the body is valid JSON or XML whatever they were.
inline void append_json_string(std::string& out, std::string_view text) {
    constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (byte < 0x20 || byte >= 0x7f) {
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
        } else {
            out += c;
        }
    }
    out += '"';
}

inline void append_xml_text(std::string& out, std::string_view text) {
    constexpr char hex[] = "0123456789ABCDEF";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default:
            if ((byte < 0x20 && c != '\n' && c != '\t') || byte >= 0x7f) {
                // XML 1.0 has no control characters but tab and newline: those become U+FFFD.
                if (byte < 0x20) {
                    out += "&#xFFFD;";
                } else {
                    out += "&#x";
                    out += hex[byte >> 4];
                    out += hex[byte & 0xF];
                    out += ';';
                }
            } else {
                out += c;
            }
        }
    }
}

}  // namespace detail

/// The response AWS sends for an authentication failure. Query: status, `Content-Type:
/// text/xml`, `x-amzn-RequestId`, and `<ErrorResponse xmlns="..."><Error><Type>Sender</Type>
/// <Code>...</Code><Message>...</Message></Error><RequestId>...</RequestId></ErrorResponse>`
/// (xml_namespace: the service's, e.g. an operation's binding.xml_namespace). REST-JSON:
/// status, `Content-Type: application/json`, `x-amzn-RequestId`, `x-amzn-ErrorType` with the
/// code, and `{"message":"..."}`. The message is the failure's (never a secret), but for an
/// unsigned REST-JSON request, which AWS answers "Missing Authentication Token" (a query
/// service: "Request is missing Authentication Token", auth::verify's text).
inline http::response make_auth_error_response(wire_protocol protocol, const auth::error& failure,
                                               std::string_view request_id, std::string_view xml_namespace = {}) {
    const auth_error_code answer = auth_error_code_for(protocol, failure.code);
    http::response response;
    response.status = answer.http_status;
    if (protocol == wire_protocol::query) {
        response.headers.add("Content-Type", "text/xml");
        response.headers.add("x-amzn-RequestId", request_id);
        std::string& body = response.body;
        body = "<ErrorResponse";
        if (!xml_namespace.empty()) {
            body += " xmlns=\"";
            detail::append_xml_text(body, xml_namespace);
            body += '"';
        }
        body += "><Error><Type>Sender</Type><Code>";
        body += answer.code;
        body += "</Code><Message>";
        detail::append_xml_text(body, failure.message);
        body += "</Message></Error><RequestId>";
        detail::append_xml_text(body, request_id);
        body += "</RequestId></ErrorResponse>";
    } else {
        response.headers.add("Content-Type", "application/json");
        response.headers.add("x-amzn-RequestId", request_id);
        response.headers.add("x-amzn-ErrorType", answer.code);
        response.body = "{\"message\":";
        detail::append_json_string(response.body, failure.code == auth::errc::missing_authentication_token
                                                       ? std::string_view("Missing Authentication Token")
                                                       : std::string_view(failure.message));
        response.body += '}';
    }
    return response;
}

/// The same for operation Op: its protocol and, for query operations, its XML namespace.
template <class Op>
http::response make_auth_error_response(const auth::error& failure, std::string_view request_id) {
    return make_auth_error_response(Op::binding.protocol, failure, request_id, Op::binding.xml_namespace);
}

}  // namespace awsjobs::protocol

#endif

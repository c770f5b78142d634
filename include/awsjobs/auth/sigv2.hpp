// auth::sign_v2: AWS Signature Version 2 (HmacSHA256) on a query-protocol request, as botocore's
// SigV2Auth signs Import/Export when the config says `signature_version = v2`. Opt-in: the AWS
// CLI signs Import/Export with SigV4 otherwise (see protocol::make_signed_request).
#ifndef AWSJOBS_AUTH_SIGV2_HPP
#define AWSJOBS_AUTH_SIGV2_HPP

#include <awsjobs/auth/credentials.hpp>
#include <awsjobs/auth/detail/canonical.hpp>
#include <awsjobs/auth/detail/crypto.hpp>
#include <awsjobs/auth/error.hpp>
#include <awsjobs/core/result.hpp>
#include <awsjobs/http/message.hpp>
#include <awsjobs/http/percent.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace awsjobs::auth {

/// When a SigV2 signature is made.
struct sigv2_options {
    /// The signing time (the Timestamp parameter); unset is the system clock's now.
    std::optional<std::chrono::system_clock::time_point> time{};
};

namespace detail {

/// The parameters SigV2 adds; a signer replaces them, a verifier reads them.
inline constexpr std::array<std::string_view, 6> sigv2_parameters{
    "AWSAccessKeyId", "SignatureVersion", "SignatureMethod", "Timestamp", "SecurityToken", "Signature"};

/// Where a request's SigV2 parameters are: the form body of a POST, else the query string.
inline bool sigv2_parameters_in_body(const http::request& request) {
    return request.method == "POST";
}

/// SigV2's string to sign: method, Host (with its port, as sent), path ("/" when empty), then
/// every parameter but Signature sorted by name, RFC 3986-encoded, `&`-joined.
inline std::string sigv2_string_to_sign(std::string_view method, std::string_view host, std::string_view path,
                                        std::vector<http::form_field> parameters) {
    std::erase_if(parameters, [](const http::form_field& p) { return p.first == "Signature"; });
    std::sort(parameters.begin(), parameters.end());
    std::string out(method);
    out += '\n';
    out += host;
    out += '\n';
    out += path.empty() ? std::string_view("/") : path;
    out += '\n';
    bool first = true;
    for (const auto& [name, value] : parameters) {
        if (!first) out += '&';
        first = false;
        http::percent_encode(name, out);
        out += '=';
        http::percent_encode(value, out);
    }
    return out;
}

/// The Base64 HMAC-SHA256 of a SigV2 string to sign.
inline std::string sigv2_signature(const secret_string& secret, std::string_view string_to_sign) {
    digest mac = hmac_sha256(secret.reveal(), string_to_sign);
    std::string signature = base64(mac);
    mac.wipe();
    return signature;
}

}  // namespace detail

/// Signs a query-protocol request in place with SigV2, as botocore's SigV2Auth: adds
/// AWSAccessKeyId, SignatureVersion=2, SignatureMethod=HmacSHA256, Timestamp (and
/// SecurityToken for temporary credentials) to the form body (of a POST; else to the query
/// string), signs method, Host, path and the sorted parameters, and appends Signature.
/// Earlier SigV2 parameters are replaced, so a retry can be signed again.
///
/// Fails with errc::unsignable_request when there is no Host header or the parameters do not
/// decode (a `%` without two hex digits).
inline result<void, error> sign_v2(http::request& request, const credentials& creds, const sigv2_options& options = {}) {
    const std::string_view host = request.headers.value_or_empty("Host");
    if (host.empty())
        return error{errc::unsignable_request,
                     "the request has no Host header, which SigV2 signs: set protocol::request_options::host", {}, {}};
    if (creds.access_key_id.empty() || creds.secret_access_key.empty())
        return error{errc::unsignable_request, "the credentials have no access key id or no secret access key", {}, {}};
    const bool in_body = detail::sigv2_parameters_in_body(request);
    auto [path, query] = detail::split_target(request.target);
    const std::string path_text(path);
    auto decoded = http::form_decode(in_body ? std::string_view(request.body) : query);
    if (!decoded)
        return error{errc::unsignable_request,
                     std::string("the ") + (in_body ? "form body" : "query string") +
                         " has a % without two hex digits at offset " + std::to_string(decoded.bad_escape),
                     {}, {}};
    std::vector<http::form_field> parameters = std::move(decoded.fields);
    std::erase_if(parameters, [](const http::form_field& p) {
        return std::find(detail::sigv2_parameters.begin(), detail::sigv2_parameters.end(), p.first) !=
               detail::sigv2_parameters.end();
    });
    parameters.emplace_back("AWSAccessKeyId", creds.access_key_id);
    parameters.emplace_back("SignatureVersion", "2");
    parameters.emplace_back("SignatureMethod", "HmacSHA256");
    parameters.emplace_back("Timestamp", detail::iso8601(detail::time_or_now(options.time)));
    if (!creds.session_token.empty()) parameters.emplace_back("SecurityToken", creds.session_token.reveal());
    const std::string string_to_sign = detail::sigv2_string_to_sign(request.method, host, path_text, parameters);
    parameters.emplace_back("Signature", detail::sigv2_signature(creds.secret_access_key, string_to_sign));

    std::vector<std::pair<std::string_view, std::string_view>> pairs(parameters.begin(), parameters.end());
    std::string encoded;
    http::form_encode(pairs, encoded);
    if (in_body) {
        request.body = std::move(encoded);
    } else {
        request.target = path_text + '?' + encoded;
    }
    return {};
}

}  // namespace awsjobs::auth

#endif

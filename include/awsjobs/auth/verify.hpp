// auth::verify: checks a received request's SigV4 (or SigV2) signature the way AWS does, against
// a key lookup, a clock and a window, and answers with AWS's own failure; auth::explain_v4 shows
// the canonical request and string to sign of a signed request. No I/O.
//
//   auto lookup = [&](std::string_view id) -> std::optional<auth::credentials> { ... };
//   auto checked = auth::verify(request, lookup, {.required_region = "us-east-1"});
//   if (!checked) return protocol::make_auth_error_response(protocol::wire_protocol::rest_json, checked.error(), id);
#ifndef AWSJOBS_AUTH_VERIFY_HPP
#define AWSJOBS_AUTH_VERIFY_HPP

#include <awsjobs/auth/credentials.hpp>
#include <awsjobs/auth/detail/authorization.hpp>
#include <awsjobs/auth/detail/canonical.hpp>
#include <awsjobs/auth/detail/crypto.hpp>
#include <awsjobs/auth/error.hpp>
#include <awsjobs/auth/sigv2.hpp>
#include <awsjobs/auth/sigv4.hpp>
#include <awsjobs/core/result.hpp>
#include <awsjobs/http/message.hpp>
#include <awsjobs/http/percent.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsjobs::auth {

/// Finds the credentials of an access key id: the secret (and session token, for temporary
/// credentials) the verifier checks the signature with; nothing for a key it does not know.
using key_lookup = std::function<std::optional<credentials>(std::string_view access_key_id)>;

/// How strict the verifier is.
struct verify_options {
    /// How far the request's time may be from now, either way. AWS services allow 5 to 15
    /// minutes; 5 is the strictest.
    std::chrono::seconds window = std::chrono::minutes(5);
    /// The region the credential scope must name; empty accepts any.
    std::string_view required_region{};
    /// The signing name the credential scope must name (e.g. "dataexchange"); empty accepts any.
    std::string_view required_service{};
    /// The verifier's now; unset is the system clock's.
    std::optional<std::chrono::system_clock::time_point> now{};
    /// Whether a SigV2 request (AWSAccessKeyId, Signature, ... parameters) is checked; when
    /// false, such a request is unsigned.
    bool accept_sigv2 = true;
};

/// What a verified request was signed with.
struct verified {
    /// The access key id that signed it.
    std::string access_key_id;
    /// 4 or 2.
    int signature_version = 4;
    /// The credential scope's region (SigV4; empty for SigV2).
    std::string region;
    /// The credential scope's service (SigV4; empty for SigV2).
    std::string service;
    /// The time the request says it was signed.
    std::chrono::system_clock::time_point time;
};

namespace detail {

inline error auth_error(errc code, std::string message) { return error{code, std::move(message), {}, {}}; }

/// A SigV4 request's signature parts, read and checked for form, not yet for truth.
struct sigv4_request {
    authorization parts;
    std::string_view amz_date;
    std::chrono::system_clock::time_point time;
    std::vector<std::string> signed_headers;
};

inline result<sigv4_request, error> read_sigv4_request(const http::request& request) {
    if (request.headers.count("Authorization") > 1)
        return auth_error(errc::incomplete_signature, "The request has more than one Authorization header.");
    parsed_authorization parsed = parse_authorization(request.headers.value_or_empty("Authorization"));
    if (!parsed) return auth_error(errc::incomplete_signature, std::move(parsed.problem));
    sigv4_request out;
    out.parts = std::move(parsed.parts);
    const auto amz_date = request.headers.find("X-Amz-Date");
    if (!amz_date)
        return auth_error(errc::incomplete_signature,
                          "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
    out.amz_date = *amz_date;
    const auto time = parse_amz_date(out.amz_date);
    if (!time)
        return auth_error(errc::incomplete_signature, "Date must be in ISO-8601 'basic format'. Got '" +
                                                          std::string(out.amz_date.substr(0, 64)) +
                                                          "'. See http://en.wikipedia.org/wiki/ISO_8601");
    out.time = *time;
    for (const std::string_view name : out.parts.signed_headers) {
        if (name.empty() || to_lower(name) != name || (!out.signed_headers.empty() && out.signed_headers.back() >= name))
            return auth_error(errc::incomplete_signature,
                              "SignedHeaders must list distinct lower-case header names in sorted order, e.g. "
                              "host;x-amz-date.");
        out.signed_headers.emplace_back(name);
    }
    if (!std::binary_search(out.signed_headers.begin(), out.signed_headers.end(), "host"))
        return auth_error(errc::incomplete_signature,
                          "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
    return out;
}

/// "Signature expired: ..." or "Signature not yet current: ...", AWS's texts, when `time` is
/// more than `window` from `now`. Compared in whole seconds, which no time point overflows.
inline std::optional<error> outside_window(std::chrono::system_clock::time_point time,
                                           std::chrono::system_clock::time_point now, std::chrono::seconds window,
                                           std::string (*format)(time_point)) {
    using std::chrono::floor;
    using std::chrono::seconds;
    const seconds ahead = floor<seconds>(time).time_since_epoch() - floor<seconds>(now).time_since_epoch();
    const auto minutes = std::to_string(std::chrono::duration_cast<std::chrono::minutes>(window).count()) + " min.";
    // Past the window, `window` is less than |ahead|: now - window and now + window are times.
    if (-ahead > window)
        return auth_error(errc::signature_expired, "Signature expired: " + format(time) + " is now earlier than " +
                                                       format(now - window) + " (" + format(now) + " - " + minutes + ")");
    if (ahead > window)
        return auth_error(errc::signature_expired, "Signature not yet current: " + format(time) +
                                                       " is still later than " + format(now + window) + " (" +
                                                       format(now) + " + " + minutes + ")");
    return std::nullopt;
}

/// The session token check: temporary credentials need their token with the request, and
/// long-term ones none. Compared in constant time: the token is a secret.
inline std::optional<error> token_mismatch(const credentials& creds, std::optional<std::string_view> sent) {
    const bool ok = creds.session_token.empty() ? !sent.has_value()
                                                : sent && constant_time_equal(*sent, creds.session_token.reveal());
    if (ok) return std::nullopt;
    return auth_error(errc::invalid_client_token_id, "The security token included in the request is invalid.");
}

/// `text` with the value after `marker` (up to `end`) replaced by <redacted>: the session token
/// a canonical request (`x-amz-security-token:` to the line's end) or a SigV2 string to sign
/// (`SecurityToken=` to the next `&`) holds stays out of failures, which end up in logs.
inline std::string redacted(std::string text, std::string_view marker, char end) {
    for (std::size_t at = text.find(marker); at != std::string::npos; at = text.find(marker, at)) {
        if (at != 0 && text[at - 1] != '\n' && text[at - 1] != '&') {
            at += marker.size();
            continue;
        }
        const std::size_t value = at + marker.size();
        const std::size_t stop = std::min(text.find(end, value), text.size());
        text.replace(value, stop - value, "<redacted>");
        at = value;
    }
    return text;
}

inline constexpr std::string_view signature_mismatch_text =
    "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access "
    "Key and signing method. Consult the service documentation for details.";

inline result<verified, error> verify_v4(const http::request& request, const key_lookup& lookup,
                                         const verify_options& options) {
    auto read = read_sigv4_request(request);
    if (!read) return read.error();
    const sigv4_request& r = *read;
    const std::optional<credentials> creds = lookup(r.parts.access_key_id);
    if (!creds) return auth_error(errc::invalid_client_token_id, "The security token included in the request is invalid.");
    if (auto bad = token_mismatch(*creds, request.headers.find("X-Amz-Security-Token"))) return *bad;
    if (auto late = outside_window(r.time, time_or_now(options.now), options.window, amz_date)) return *late;
    if (r.parts.date != r.amz_date.substr(0, 8))
        return auth_error(errc::signature_does_not_match,
                          "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '" +
                              std::string(r.parts.date.substr(0, 64)) + "' != '" + std::string(r.amz_date.substr(0, 8)) +
                              "', from '" + std::string(r.amz_date) + "'.");
    if (!options.required_region.empty() && r.parts.region != options.required_region)
        return auth_error(errc::signature_does_not_match, "Credential should be scoped to a valid region, not '" +
                                                              std::string(r.parts.region.substr(0, 64)) + "'. ");
    if (!options.required_service.empty() && r.parts.service != options.required_service)
        return auth_error(errc::signature_does_not_match, "Credential should be scoped to correct service: '" +
                                                              std::string(options.required_service) + "'. ");
    sigv4_strings strings =
        make_sigv4_strings(request, r.signed_headers, r.amz_date, std::string(r.parts.credential_scope));
    const std::string expected =
        sigv4_signature(creds->secret_access_key, r.parts.date, r.parts.region, r.parts.service, strings.string_to_sign);
    if (!constant_time_equal(expected, r.parts.signature)) {
        std::string canonical = redacted(std::move(strings.canonical_request), "x-amz-security-token:", '\n');
        error e{errc::signature_does_not_match,
                std::string(signature_mismatch_text) + "\n\nThe Canonical String for this request should have been\n'" +
                    canonical + "'\n\nThe String-to-Sign should have been\n'" + strings.string_to_sign + "'\n",
                std::move(canonical), std::move(strings.string_to_sign)};
        return e;
    }
    return verified{std::string(r.parts.access_key_id), 4, std::string(r.parts.region), std::string(r.parts.service),
                    r.time};
}

/// The SigV2 parameters of a request (form body of a POST, else query string), decoded.
inline result<std::vector<http::form_field>, error> sigv2_fields(const http::request& request) {
    const bool in_body = sigv2_parameters_in_body(request);
    auto decoded = http::form_decode(in_body ? std::string_view(request.body) : split_target(request.target).second);
    if (!decoded)
        return auth_error(errc::incomplete_signature, std::string("The ") + (in_body ? "form body" : "query string") +
                                                          " has a % without two hex digits at offset " +
                                                          std::to_string(decoded.bad_escape) + ".");
    return std::move(decoded.fields);
}

inline std::optional<std::string_view> field_value(const std::vector<http::form_field>& fields, std::string_view name) {
    for (const auto& [key, value] : fields)
        if (key == name) return std::string_view(value);
    return std::nullopt;
}

/// True when the request carries any SigV2 parameter: it is then a SigV2 request, complete or not.
inline bool looks_like_sigv2(const std::vector<http::form_field>& fields) {
    return field_value(fields, "Signature") || field_value(fields, "AWSAccessKeyId") ||
           field_value(fields, "SignatureVersion");
}

inline result<verified, error> verify_v2(const http::request& request, const std::vector<http::form_field>& fields,
                                         const key_lookup& lookup, const verify_options& options) {
    std::string missing;
    for (const std::string_view name : {"AWSAccessKeyId", "Signature", "SignatureVersion", "SignatureMethod", "Timestamp"}) {
        const auto value = field_value(fields, name);
        if (!value || value->empty()) missing += "The request must contain the parameter " + std::string(name) + ". ";
        else if (std::count_if(fields.begin(), fields.end(), [&](const http::form_field& f) { return f.first == name; }) > 1)
            missing += "The parameter " + std::string(name) + " is given more than once. ";
    }
    if (!missing.empty()) {
        missing.pop_back();
        return auth_error(errc::incomplete_signature, std::move(missing));
    }
    if (*field_value(fields, "SignatureVersion") != "2")
        return auth_error(errc::incomplete_signature, "Unsupported SignatureVersion: '" +
                                                          std::string(field_value(fields, "SignatureVersion")->substr(0, 64)) +
                                                          "'. Versions 2 and 4 (Authorization header) are supported.");
    if (*field_value(fields, "SignatureMethod") != "HmacSHA256")
        return auth_error(errc::incomplete_signature, "Unsupported SignatureMethod: '" +
                                                          std::string(field_value(fields, "SignatureMethod")->substr(0, 64)) +
                                                          "'. HmacSHA256 is supported.");
    const std::string_view timestamp = *field_value(fields, "Timestamp");
    const auto time = parse_iso8601(timestamp);
    if (!time)
        return auth_error(errc::incomplete_signature, "Timestamp must be in ISO-8601 format, e.g. "
                                                      "2015-08-30T12:36:00Z. Got '" +
                                                          std::string(timestamp.substr(0, 64)) + "'.");
    const std::string_view key_id = *field_value(fields, "AWSAccessKeyId");
    const std::optional<credentials> creds = lookup(key_id);
    if (!creds) return auth_error(errc::invalid_client_token_id, "The security token included in the request is invalid.");
    if (auto bad = token_mismatch(*creds, field_value(fields, "SecurityToken"))) return *bad;
    if (auto late = outside_window(*time, time_or_now(options.now), options.window, iso8601)) return *late;
    std::string string_to_sign = sigv2_string_to_sign(request.method, request.headers.value_or_empty("Host"),
                                                      split_target(request.target).first, fields);
    if (!constant_time_equal(sigv2_signature(creds->secret_access_key, string_to_sign), *field_value(fields, "Signature")))
        return error{errc::signature_does_not_match, std::string(signature_mismatch_text), {},
                     redacted(std::move(string_to_sign), "SecurityToken=", '&')};
    return verified{std::string(key_id), 2, {}, {}, *time};
}

}  // namespace detail

/// Checks `request`'s signature as AWS does, SigV4 (the Authorization header) or, when
/// options.accept_sigv2, SigV2 (AWSAccessKeyId, Signature, ... in the form body of a POST, else
/// the query string). Only the headers named in SignedHeaders are checked: an HTTP library may
/// add others after signing. Signatures and session tokens are compared in constant time.
///
/// The failures, in the order they are checked: missing_authentication_token (not signed),
/// incomplete_signature (malformed Authorization, no X-Amz-Date, Host not signed),
/// invalid_client_token_id (the lookup does not know the key, or the session token is not
/// the key's), signature_expired (time outside the window), signature_does_not_match
/// (scope date, region or service, or the signature itself; then with the canonical request
/// and string to sign the verifier computed, never the signature it expected, and with the
/// session token's value shown as <redacted>).
inline result<verified, error> verify(const http::request& request, const key_lookup& lookup,
                                      const verify_options& options = {}) {
    if (request.headers.contains("Authorization")) return detail::verify_v4(request, lookup, options);
    if (options.accept_sigv2) {
        auto fields = detail::sigv2_fields(request);
        if (!fields) return fields.error();
        if (detail::looks_like_sigv2(*fields)) return detail::verify_v2(request, *fields, lookup, options);
    }
    return detail::auth_error(errc::missing_authentication_token, "Request is missing Authentication Token");
}

/// The canonical request and string to sign of a SigV4-signed request, computed from its
/// Authorization header (credential scope, SignedHeaders) and X-Amz-Date as a verifier does:
/// what to compare with a service's SignatureDoesNotMatch message. Needs no secret.
inline result<sigv4_strings, error> explain_v4(const http::request& request) {
    if (!request.headers.contains("Authorization"))
        return detail::auth_error(errc::missing_authentication_token, "Request is missing Authentication Token");
    auto read = detail::read_sigv4_request(request);
    if (!read) return read.error();
    return detail::make_sigv4_strings(request, read->signed_headers, read->amz_date,
                                      std::string(read->parts.credential_scope));
}

/// The string to sign of a SigV2-signed request (its AWSAccessKeyId, Signature, ...
/// parameters in the form body of a POST, else the query string), as a verifier computes it.
inline result<std::string, error> explain_v2(const http::request& request) {
    auto fields = detail::sigv2_fields(request);
    if (!fields) return fields.error();
    if (!detail::looks_like_sigv2(*fields))
        return detail::auth_error(errc::missing_authentication_token, "Request is missing Authentication Token");
    return detail::sigv2_string_to_sign(request.method, request.headers.value_or_empty("Host"),
                                        detail::split_target(request.target).first, std::move(*fields));
}

}  // namespace awsjobs::auth

#endif

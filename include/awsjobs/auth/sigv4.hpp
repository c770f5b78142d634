// auth::sign_v4: AWS Signature Version 4 on an http::request, as the AWS CLI (botocore) signs
// it for Data Exchange, SES v2 and Import/Export. No I/O: the caller gives the time or takes now.
//
//   auth::sign_v4(request, creds, {.region = "us-east-1", .service = "dataexchange"}).value();
//   // request now has X-Amz-Date, X-Amz-Security-Token (temporary credentials) and Authorization
#ifndef AWSJOBS_AUTH_SIGV4_HPP
#define AWSJOBS_AUTH_SIGV4_HPP

#include <awsjobs/auth/credentials.hpp>
#include <awsjobs/auth/detail/canonical.hpp>
#include <awsjobs/auth/detail/crypto.hpp>
#include <awsjobs/auth/error.hpp>
#include <awsjobs/core/result.hpp>
#include <awsjobs/http/message.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsjobs::auth {

/// What a SigV4 signature is for: the credential scope's region and service, and the time.
struct sigv4_options {
    /// The credential scope's region, e.g. "us-east-1" (Import/Export: always "us-east-1"
    /// unless an endpoint URL is given; protocol::make_signed_request knows).
    std::string_view region{};
    /// The signing name, e.g. "dataexchange", "ses" (SES v2), "IngestionService" (Import/Export).
    std::string_view service{};
    /// The signing time; unset is the system clock's now. Fixed in tests.
    std::optional<std::chrono::system_clock::time_point> time{};
};

/// The two strings a SigV4 signature is the HMAC of, and the parts of the Authorization
/// header that name them: what to compare when a service answers SignatureDoesNotMatch.
struct sigv4_strings {
    /// Method, canonical URI, canonical query, canonical headers, signed headers, payload hash.
    std::string canonical_request;
    /// AWS4-HMAC-SHA256, the time, the credential scope, the canonical request's SHA-256.
    std::string string_to_sign;
    /// date/region/service/aws4_request, e.g. 20150830/us-east-1/service/aws4_request.
    std::string credential_scope;
    /// The signed header names, lower-case, sorted, `;`-separated.
    std::string signed_headers;
};

namespace detail {

/// Headers the CLI does not sign: those an SDK or a proxy may add or change after signing
/// (botocore's SIGNED_HEADERS_BLACKLIST: Debian's AWS CLI 2.9 lists the first three, newer
/// botocore the hop-by-hop headers too), and the Authorization header itself.
inline constexpr std::array<std::string_view, 12> unsigned_headers{
    "authorization", "expect", "user-agent", "x-amzn-trace-id", "connection", "keep-alive", "proxy-authenticate",
    "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade"};

/// The headers a signer signs: every one present but unsigned_headers, lower-case, sorted, once.
inline std::vector<std::string> headers_to_sign(const http::fields& headers) {
    std::vector<std::string> names;
    for (const http::field& f : headers) {
        std::string name = to_lower(f.name);
        if (std::find(unsigned_headers.begin(), unsigned_headers.end(), name) == unsigned_headers.end())
            names.push_back(std::move(name));
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

/// The canonical request and string to sign of `request` for the given signed header names
/// (lower-case, sorted, distinct), X-Amz-Date value and credential scope.
inline sigv4_strings make_sigv4_strings(const http::request& request, const std::vector<std::string>& names,
                                        std::string_view amz_date, std::string credential_scope) {
    const auto [path, query] = split_target(request.target);
    auto [header_block, header_list] = canonical_headers(request.headers, names);
    sigv4_strings out;
    std::string& creq = out.canonical_request;
    creq = request.method;
    creq += '\n';
    creq += canonical_uri(path);
    creq += '\n';
    creq += canonical_query(query);
    creq += '\n';
    creq += header_block;
    creq += '\n';
    creq += header_list;
    creq += '\n';
    // A payload hash the client sent is signed as it is (botocore, and S3-style clients).
    if (const auto declared = request.headers.find("X-Amz-Content-SHA256"))
        creq += *declared;
    else
        creq += hex(sha256(request.body));
    out.string_to_sign = std::string(sigv4_algorithm) + '\n';
    out.string_to_sign += amz_date;
    out.string_to_sign += '\n';
    out.string_to_sign += credential_scope;
    out.string_to_sign += '\n';
    out.string_to_sign += hex(sha256(creq));
    out.credential_scope = std::move(credential_scope);
    out.signed_headers = std::move(header_list);
    return out;
}

inline std::string make_credential_scope(std::string_view date, std::string_view region, std::string_view service) {
    std::string scope(date);
    scope += '/';
    scope += region;
    scope += '/';
    scope += service;
    scope += '/';
    scope += scope_terminator;
    return scope;
}

/// The hex signature of a string to sign: HMAC chain from "AWS4" + secret through the date,
/// region, service and "aws4_request". Every intermediate key is wiped after use.
inline std::string sigv4_signature(const secret_string& secret, std::string_view date, std::string_view region,
                                   std::string_view service, std::string_view string_to_sign) {
    secret_string seed{"AWS4" + std::string(secret.reveal())};
    digest key = hmac_sha256(seed.reveal(), date);
    for (const std::string_view part : {region, service, scope_terminator}) {
        const digest next = hmac_sha256(key.view(), part);
        key.wipe();
        key = next;
    }
    const std::string signature = hex(hmac_sha256(key.view(), string_to_sign));
    key.wipe();
    return signature;
}

}  // namespace detail

/// Signs `request` in place with SigV4 as the AWS CLI does: removes any Authorization header,
/// sets X-Amz-Date (and X-Amz-Security-Token when the credentials have a session token),
/// signs every header but User-Agent, Expect, X-Amzn-Trace-Id and the hop-by-hop ones, hashes
/// the body, and adds `Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=...,
/// Signature=...`. Add the headers you want signed first; an HTTP library's own Content-Length
/// or User-Agent added afterwards is fine, AWS checks only the signed ones.
///
/// Fails with errc::unsignable_request when the request has no Host header (give
/// protocol::request_options::host) or the options name no region or service.
inline result<void, error> sign_v4(http::request& request, const credentials& creds, const sigv4_options& options) {
    if (request.headers.value_or_empty("Host").empty())
        return error{errc::unsignable_request,
                     "the request has no Host header, which SigV4 signs: set protocol::request_options::host", {}, {}};
    if (options.region.empty() || options.service.empty())
        return error{errc::unsignable_request, "SigV4 needs a region and a service (signing name) for its scope", {}, {}};
    if (creds.access_key_id.empty() || creds.secret_access_key.empty())
        return error{errc::unsignable_request, "the credentials have no access key id or no secret access key", {}, {}};
    const std::string amz_date = detail::amz_date(detail::time_or_now(options.time));
    const std::string_view date = std::string_view(amz_date).substr(0, 8);
    request.headers.erase("Authorization");
    request.headers.set("X-Amz-Date", amz_date);
    if (!creds.session_token.empty()) request.headers.set("X-Amz-Security-Token", creds.session_token.reveal());
    const sigv4_strings strings =
        detail::make_sigv4_strings(request, detail::headers_to_sign(request.headers), amz_date,
                                   detail::make_credential_scope(date, options.region, options.service));
    request.headers.set("Authorization",
                        std::string(detail::sigv4_algorithm) + " Credential=" + creds.access_key_id + '/' +
                            strings.credential_scope + ", SignedHeaders=" + strings.signed_headers + ", Signature=" +
                            detail::sigv4_signature(creds.secret_access_key, date, options.region, options.service,
                                                    strings.string_to_sign));
    return {};
}

}  // namespace awsjobs::auth

#endif

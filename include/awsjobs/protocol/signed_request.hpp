// protocol::make_signed_request: an operation's request, built and signed as the AWS CLI signs
// it, ready to send, in one call. Needs awsjobs::auth (OpenSSL 3's libcrypto).
//
//   auto request = protocol::make_signed_request<dataexchange::GetJob>(input, creds, {.region = "us-east-1"});
//   if (!request) std::cerr << request.error() << '\n';   // e.g. unsignable_request: ...
#ifndef AWSJOBS_PROTOCOL_SIGNED_REQUEST_HPP
#define AWSJOBS_PROTOCOL_SIGNED_REQUEST_HPP

#include <awsjobs/auth/credentials.hpp>
#include <awsjobs/auth/error.hpp>
#include <awsjobs/auth/sigv2.hpp>
#include <awsjobs/auth/sigv4.hpp>
#include <awsjobs/core/result.hpp>
#include <awsjobs/http/message.hpp>
#include <awsjobs/protocol/binding.hpp>
#include <awsjobs/protocol/client.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace awsjobs::protocol {

/// Where and how a request is signed.
struct signing_options {
    /// The client's region, e.g. "eu-west-1": the CLI's --region, AWS_REGION or the profile's.
    std::string_view region{};
    /// The Host header, the endpoint's host[:port]; empty: the service's default host,
    /// signing.global_hostname or `<endpoint_prefix>.<region>.amazonaws.com`.
    std::string_view host{};
    /// True when the host is an endpoint URL the user gave (--endpoint-url, AWS_ENDPOINT_URL):
    /// a global endpoint's credential scope then names the client's region instead of its
    /// own (Import/Export: eu-west-1/IngestionService, not us-east-1/IngestionService), as
    /// botocore does.
    bool custom_endpoint = false;
    /// Sign with SigV2, as the CLI does with `signature_version = v2` in its config; only for a
    /// service whose endpoints list it (Import/Export).
    bool sigv2 = false;
    /// The signing time; unset is the system clock's now.
    std::optional<std::chrono::system_clock::time_point> time{};
};

/// The default host of Op's service in `region`: its global endpoint, or
/// `<endpoint_prefix>.<region>.amazonaws.com` (partition aws).
template <class Op>
std::string default_host(std::string_view region) {
    if (!Op::signing.global_hostname.empty()) return std::string(Op::signing.global_hostname);
    return std::string(Op::signing.endpoint_prefix) + '.' + std::string(region) + ".amazonaws.com";
}

/// The SigV4 options the CLI signs Op's requests with for `options`: the credential scope's
/// region and service from the operation's signing binding.
template <class Op>
auth::sigv4_options sigv4_options_for(const signing_options& options) {
    const bool fixed_region = !Op::signing.scope_region.empty() && !options.custom_endpoint;
    return {.region = fixed_region ? Op::signing.scope_region : options.region,
            .service = Op::signing.scope_service.empty() ? Op::signing.signing_name : Op::signing.scope_service,
            .time = options.time};
}

/// make_request<Op>(input) with the Host header, signed with SigV4 (or SigV2 on request) as
/// the AWS CLI signs it. A request that cannot be built is an errc::unsignable_request
/// error carrying make_request's error text; so is a missing region, missing credentials, or
/// SigV2 for a service without it.
template <class Op, class Input>
awsjobs::result<http::request, auth::error> make_signed_request(const Input& input, const auth::credentials& creds,
                                                       const signing_options& options) {
    auto unsignable = [](std::string message) { return auth::error{auth::errc::unsignable_request, std::move(message), {}, {}}; };
    if (options.sigv2 && !Op::signing.sigv2)
        return unsignable(std::string(Op::binding.name) + ": its service does not accept SigV2");
    if (options.region.empty() && !options.sigv2)
        return unsignable(std::string(Op::binding.name) + ": no region to sign for (the CLI's --region or AWS_REGION)");
    const std::string host = options.host.empty() ? default_host<Op>(options.region) : std::string(options.host);
    auto built = make_request<Op>(input, {.host = host});
    if (!built) return unsignable(std::string("the request could not be built: ") + built.error().describe());
    http::request request = std::move(*built);
    auto signed_ok = options.sigv2 ? auth::sign_v2(request, creds, {.time = options.time})
                                   : auth::sign_v4(request, creds, sigv4_options_for<Op>(options));
    if (!signed_ok) return signed_ok.error();
    return request;
}

}  // namespace awsjobs::protocol

#endif

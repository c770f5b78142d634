// --explain-signature: the canonical request and string to sign of a signed request, as AWS
// computes them, and with the secret access key whether its signature is the right one. For a
// user whose request AWS answered SignatureDoesNotMatch: compare these with the client's own.
// Printed as they are, line feeds included: main()'s terminal guards escape any control character.
#ifndef AWSJOBS_INSPECT_SIGNATURE_HPP
#define AWSJOBS_INSPECT_SIGNATURE_HPP

#include <awsjobs/auth.hpp>

#include <chrono>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace awsjobs_inspect {

/// What explain_signature found, as the program's exit status: 0 explained (and, with a
/// secret, the signature matches), 1 not signed, malformed, or not matching.
inline int explain_signature(const awsjobs::http::request& request, const std::optional<awsjobs::auth::secret_string>& secret,
                             std::ostream& out, std::ostream& err) {
    namespace auth = awsjobs::auth;
    const bool v4 = request.headers.contains("Authorization");
    if (v4) {
        const auto strings = auth::explain_v4(request);
        if (!strings) {
            err << "error: " << strings.error().describe() << '\n';
            return 1;
        }
        out << "Canonical request:\n" << strings->canonical_request << "\n\nString to sign:\n"
            << strings->string_to_sign << '\n';
    } else {
        const auto string_to_sign = auth::explain_v2(request);
        if (!string_to_sign) {
            err << "error: " << string_to_sign.error().describe() << '\n';
            return 1;
        }
        out << "SigV2 string to sign:\n" << *string_to_sign << '\n';
    }
    if (!secret) return 0;

    // The key is the request's own: the access key id and session token it names, with the
    // secret given. The clock is not checked (a century either way): only the signature is.
    const auth::key_lookup lookup = [&](std::string_view id) -> std::optional<auth::credentials> {
        const std::string_view token =
            v4 ? request.headers.value_or_empty("X-Amz-Security-Token") : std::string_view{};
        return auth::credentials{std::string(id), *secret, auth::secret_string{std::string(token)}, std::nullopt};
    };
    const auto checked =
        auth::verify(request, lookup, {.window = std::chrono::hours{24 * 365 * 100}, .accept_sigv2 = true});
    if (checked) {
        out << "\nSignature: matches (the secret signs this request as it is)\n";
        return 0;
    }
    if (checked.error().code == auth::errc::signature_does_not_match)
        out << "\nSignature: does not match: the secret does not sign this request as it is. Compare the canonical\n"
               "request and string to sign above with the client's (botocore logs them at debug level).\n";
    else
        out << "\nSignature: not checked: " << checked.error().describe() << '\n';
    return 1;
}

}  // namespace awsjobs_inspect

#endif

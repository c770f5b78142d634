// auth::errc and auth::error: why a request could not be signed, or why a verifier refused it.
#ifndef AWSJOBS_AUTH_ERROR_HPP
#define AWSJOBS_AUTH_ERROR_HPP

#include <ostream>
#include <string>
#include <system_error>
#include <type_traits>

namespace awsjobs::auth {

/// What is wrong with a request's authentication. The verifier's codes are AWS's own
/// failures (protocol::make_auth_error_response writes each as AWS answers it).
enum class errc {
    /// No failure.
    ok = 0,
    /// No Authorization header and no SigV2 parameters: the request is not signed.
    missing_authentication_token,
    /// An Authorization header (or SigV2 parameter set) that is malformed or lacks a part,
    /// or no X-Amz-Date header.
    incomplete_signature,
    /// The access key id is not one the verifier knows, or the session token is not the key's.
    invalid_client_token_id,
    /// The signature is not the one the secret makes, or the credential scope (date, region,
    /// service) is not the request's.
    signature_does_not_match,
    /// The request's time is further from now than the verifier's window allows.
    signature_expired,
    /// Signing side: the request cannot be signed as it is (no Host header).
    unsignable_request,
};

/// The enumerator's name, e.g. "signature_does_not_match".
constexpr const char* to_string(errc code) noexcept {
    switch (code) {
    case errc::ok: return "ok";
    case errc::missing_authentication_token: return "missing_authentication_token";
    case errc::incomplete_signature: return "incomplete_signature";
    case errc::invalid_client_token_id: return "invalid_client_token_id";
    case errc::signature_does_not_match: return "signature_does_not_match";
    case errc::signature_expired: return "signature_expired";
    case errc::unsignable_request: return "unsignable_request";
    }
    return "unknown";
}

/// The std::error_category of auth::errc ("awsjobs.auth").
inline const std::error_category& category() noexcept {
    struct auth_category final : std::error_category {
        const char* name() const noexcept override { return "awsjobs.auth"; }
        std::string message(int value) const override { return to_string(static_cast<errc>(value)); }
    };
    static const auth_category instance;
    return instance;
}

/// For std::error_code: `std::error_code ec = auth::errc::signature_expired;`.
inline std::error_code make_error_code(errc code) noexcept { return {static_cast<int>(code), category()}; }

/// Why a request was not signed or not accepted. Never holds a secret: no secret key, no
/// session token, no signature the verifier computed (which would let a client forge one).
struct error {
    /// What kind of failure; errc::ok for none.
    errc code = errc::ok;
    /// AWS's message for it, as the error response carries it, e.g. "Signature expired:
    /// 20150830T123600Z is now earlier than ..." (for a mismatch, with the canonical request
    /// and string to sign the verifier expected).
    std::string message;
    /// For signature_does_not_match: the canonical request the verifier computed, for a
    /// client to compare with its own (a session token's value as <redacted>); else empty.
    std::string canonical_request;
    /// For signature_does_not_match: the string to sign the verifier computed (SigV2: its
    /// SecurityToken as <redacted>); else empty.
    std::string string_to_sign;

    /// "code: message", one line for a log.
    std::string describe() const { return std::string(to_string(code)) + ": " + message; }
    /// Prints describe().
    friend std::ostream& operator<<(std::ostream& out, const error& e) { return out << e.describe(); }
};

}  // namespace awsjobs::auth

template <>
struct std::is_error_code_enum<awsjobs::auth::errc> : std::true_type {};

#endif

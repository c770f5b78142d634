// SHA-256, HMAC-SHA-256, hex, Base64 and constant-time comparison on OpenSSL 3's libcrypto,
// through the one-shot calls OpenSSL 3 does not deprecate (EVP_Digest, HMAC, EVP_EncodeBlock,
// CRYPTO_memcmp, OPENSSL_cleanse).
#ifndef AWSJOBS_AUTH_DETAIL_CRYPTO_HPP
#define AWSJOBS_AUTH_DETAIL_CRYPTO_HPP

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace awsjobs::auth::detail {

/// A SHA-256 digest, or an HMAC-SHA-256 value: 32 bytes.
struct digest {
    std::array<unsigned char, 32> bytes{};

    /// Overwrites the bytes: a signing key derived from a secret is as secret as the secret.
    void wipe() noexcept { OPENSSL_cleanse(bytes.data(), bytes.size()); }
    std::string_view view() const noexcept {
        return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
    }
};

// The one-shot calls fail only when libcrypto cannot allocate or lacks SHA-256 (a FIPS
// provider misconfigured): nothing a request could cause, so it is an exception, not an error value.
[[noreturn]] inline void crypto_failure(const char* what) {
    throw std::runtime_error(std::string("awsjobs::auth: OpenSSL failed to compute ") + what);
}

/// SHA-256 of `data`.
inline digest sha256(std::string_view data) {
    digest out;
    unsigned int size = 0;
    if (EVP_Digest(data.data(), data.size(), out.bytes.data(), &size, EVP_sha256(), nullptr) != 1 ||
        size != out.bytes.size())
        crypto_failure("SHA-256");
    return out;
}

/// HMAC-SHA-256 of `data` under `key`.
inline digest hmac_sha256(std::string_view key, std::string_view data) {
    digest out;
    unsigned int size = 0;
    // HMAC() takes an int key length; keys here are a secret plus 4 bytes, or a 32-byte digest.
    if (key.size() > 0x7fffffff ||
        HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(data.data()),
             data.size(), out.bytes.data(), &size) == nullptr ||
        size != out.bytes.size())
        crypto_failure("HMAC-SHA-256");
    return out;
}

/// Lower-case hex, as SigV4 writes hashes and signatures.
inline std::string hex(const digest& d) {
    constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(2 * d.bytes.size());
    for (const unsigned char byte : d.bytes) {
        out += digits[byte >> 4];
        out += digits[byte & 0xF];
    }
    return out;
}

/// Standard Base64 with padding, as SigV2 writes its signature.
inline std::string base64(const digest& d) {
    std::array<unsigned char, 4 * ((32 + 2) / 3) + 1> out{};  // EVP_EncodeBlock writes a final NUL
    const int size = EVP_EncodeBlock(out.data(), d.bytes.data(), static_cast<int>(d.bytes.size()));
    return {reinterpret_cast<const char*>(out.data()), static_cast<std::size_t>(size)};
}

/// Equality in a time that depends on the lengths only, not on where the first difference is,
/// so that a client cannot find a valid signature byte by byte by timing the answers.
inline bool constant_time_equal(std::string_view a, std::string_view b) noexcept {
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace awsjobs::auth::detail

#endif

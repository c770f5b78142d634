// auth::credentials: an AWS access key pair (and session token) whose secrets never print.
#ifndef AWSJOBS_AUTH_CREDENTIALS_HPP
#define AWSJOBS_AUTH_CREDENTIALS_HPP

#include <chrono>
#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace awsjobs::auth {

/// A string that must not leak: a secret access key or a session token. It prints as
/// `<redacted>` (or `<empty>`), does not convert to a string implicitly, and overwrites its
/// characters when it is destroyed, assigned or moved from, so a heap dump or a reused buffer
/// does not show it. `reveal()` is the one way to read it, easy to find in a review.
class secret_string {
public:
    /// An empty secret (no session token, for instance).
    secret_string() = default;
    /// Takes the secret; the caller's string is moved from, not copied, when passed an rvalue.
    explicit secret_string(std::string value) noexcept : value_(std::move(value)) {}
    /// A copy of the secret.
    secret_string(const secret_string& other) : value_(other.value_) {}
    /// Takes the other's characters and wipes whatever of them it kept (a short string's inline buffer).
    secret_string(secret_string&& other) noexcept : value_(std::move(other.value_)) { other.wipe(); }
    /// Wipes the old secret, then copies the other's.
    secret_string& operator=(const secret_string& other) {
        if (this != &other) {
            wipe();
            value_ = other.value_;
        }
        return *this;
    }
    /// Wipes the old secret, then takes the other's and wipes what the other kept.
    secret_string& operator=(secret_string&& other) noexcept {
        if (this != &other) {
            wipe();
            value_ = std::move(other.value_);
            other.wipe();
        }
        return *this;
    }
    /// Wipes the secret.
    ~secret_string() { wipe(); }

    /// The secret itself. Only for computing a signature or writing it where it belongs;
    /// the view is valid while this object lives unchanged.
    [[nodiscard]] std::string_view reveal() const noexcept { return value_; }
    /// True when there is no secret (an absent session token).
    [[nodiscard]] bool empty() const noexcept { return value_.empty(); }

    /// Prints `<redacted>`, or `<empty>` when there is no secret: never the characters.
    friend std::ostream& operator<<(std::ostream& out, const secret_string& secret) {
        return out << (secret.empty() ? "<empty>" : "<redacted>");
    }

private:
    // Zeroes every byte of the buffer, not only the current size: resize() to the capacity
    // never reallocates and overwrites what a shorter value or a move left behind; the
    // volatile writes cannot be removed as dead stores before clear().
    void wipe() noexcept {
        value_.resize(value_.capacity());
        volatile char* bytes = value_.data();
        for (std::size_t i = 0; i != value_.size(); ++i) bytes[i] = '\0';
        value_.clear();
    }

    std::string value_;
};

/// AWS credentials as the CLI resolves them: an access key id (not secret, it names the key),
/// the secret access key, an optional session token (temporary credentials) and, for those,
/// when they expire.
struct credentials {
    /// The public half of the key pair, e.g. `AKIDEXAMPLE`; it appears in every signed request.
    std::string access_key_id;
    /// The secret half; it signs and is never sent.
    secret_string secret_access_key;
    /// The session token of temporary credentials (sent as X-Amz-Security-Token), or empty.
    secret_string session_token;
    /// When temporary credentials stop working, if known.
    std::optional<std::chrono::system_clock::time_point> expiration;

    /// Prints the access key id only: the secrets and the token stay out of every log.
    friend std::ostream& operator<<(std::ostream& out, const credentials& c) { return out << c.access_key_id; }
};

}  // namespace awsjobs::auth

#endif

/// \file
/// config::error: why credentials, a region or an endpoint could not be resolved, and where
/// (the file, its line, the profile).
#ifndef AWSJOBS_CONFIG_ERROR_HPP
#define AWSJOBS_CONFIG_ERROR_HPP

#include <cstddef>
#include <ostream>
#include <string>

namespace awsjobs::config {

/// What went wrong while resolving the configuration.
enum class errc {
    ok = 0,
    file_too_large,       ///< a config or credentials file over limits::max_file_size
    syntax,               ///< a line the INI rules refuse (no `=`, no section, an empty key, not UTF-8)
    duplicate_section,    ///< a section twice in one file (botocore refuses it too)
    duplicate_key,        ///< a key twice in one section
    profile_not_found,    ///< an explicitly chosen profile that no file defines
    partial_credentials,  ///< an access key id without its secret, or the reverse
    no_credentials,       ///< no source in the chain had credentials
    process_failed,       ///< credential_process could not start, exited non-zero, or ran over a limit
    process_output,       ///< credential_process printed something other than Version 1 credentials
    credentials_expired,  ///< credentials whose Expiration has passed
    no_region,            ///< neither the environment nor the profile names a region
    invalid_endpoint,     ///< an endpoint URL that is not http(s)://host[:port][/path]
};

/// A short stable name for each code, e.g. "duplicate_key".
constexpr const char* to_string(errc code) noexcept {
    switch (code) {
    case errc::ok: return "ok";
    case errc::file_too_large: return "file_too_large";
    case errc::syntax: return "syntax";
    case errc::duplicate_section: return "duplicate_section";
    case errc::duplicate_key: return "duplicate_key";
    case errc::profile_not_found: return "profile_not_found";
    case errc::partial_credentials: return "partial_credentials";
    case errc::no_credentials: return "no_credentials";
    case errc::process_failed: return "process_failed";
    case errc::process_output: return "process_output";
    case errc::credentials_expired: return "credentials_expired";
    case errc::no_region: return "no_region";
    case errc::invalid_endpoint: return "invalid_endpoint";
    }
    return "unknown";
}

/// A failure, with where it comes from when a file or profile is involved. Messages never
/// contain a secret: they name keys, never their values.
struct error {
    errc code = errc::ok; ///< what went wrong
    std::string message;  ///< why, in words
    std::string file;     ///< the file at fault, or empty
    std::size_t line = 0; ///< its 1-based line, or 0 when no line is at fault
    std::string profile;  ///< the profile involved, or empty

    /// "FILE:LINE: profile NAME: MESSAGE (code)", leaving out what is unknown.
    [[nodiscard]] std::string describe() const {
        std::string text;
        if (!file.empty()) {
            text += file;
            if (line != 0) text += ':' + std::to_string(line);
            text += ": ";
        }
        if (!profile.empty()) text += "profile " + profile + ": ";
        text += message;
        text += " (";
        text += to_string(code);
        text += ')';
        return text;
    }

    /// Prints describe().
    friend std::ostream& operator<<(std::ostream& out, const error& e) { return out << e.describe(); }
};

}  // namespace awsjobs::config

#endif

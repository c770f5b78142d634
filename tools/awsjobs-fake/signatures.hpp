// Signature checks: the key pairs of a shared credentials file (--credentials) and what AWS would
// refuse, verified with awsjobs::auth. Without --credentials the fake checks nothing.
#ifndef AWSJOBS_FAKE_SIGNATURES_HPP
#define AWSJOBS_FAKE_SIGNATURES_HPP

#include <awsjobs/auth.hpp>
#include <awsjobs/config/files.hpp>
#include <awsjobs/config/system_host.hpp>

#include <chrono>
#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace awsjobs_fake {

namespace auth = awsjobs::auth;
namespace config = awsjobs::config;


/// What the fake checks signatures against, when it checks them.
struct verification {
    std::map<std::string, auth::credentials, std::less<>> keys;  // by access key id
    std::string region;                                           // required in the scope, or empty
    std::chrono::seconds window{300};
    std::chrono::seconds clock_offset{0};                         // added to the system clock
};

/// Every profile's key pair in a shared credentials file, or the error naming the file,
/// line and profile that cannot be used.
inline std::optional<verification> load_keys(const std::string& path) {
    const config::system_host world;
    auto text = world.read_file(path, config::limits{}.max_file_size);
    if (text && !*text) {
        std::cerr << "awsjobs-fake: cannot open " << path << '\n';
        return std::nullopt;
    }
    auto profiles = text ? config::parse_credentials_file(**text, path) : awsjobs::result<config::profile_map, config::error>(text.error());
    if (!profiles) {
        std::cerr << "awsjobs-fake: " << profiles.error() << '\n';
        return std::nullopt;
    }
    verification checked;
    for (const auto& [name, profile] : *profiles) {
        const config::setting* id = profile.find("aws_access_key_id");
        const config::setting* secret = profile.find("aws_secret_access_key");
        if (id == nullptr) continue;
        if (secret == nullptr) {
            std::cerr << "awsjobs-fake: " << path << ':' << id->line << ": profile " << name
                      << ": aws_access_key_id without aws_secret_access_key\n";
            return std::nullopt;
        }
        auth::credentials creds;
        creds.access_key_id = id->value;
        creds.secret_access_key = auth::secret_string(secret->value);
        if (const config::setting* token = profile.find("aws_security_token")) creds.session_token = auth::secret_string(token->value);
        else if (const config::setting* session = profile.find("aws_session_token")) creds.session_token = auth::secret_string(session->value);
        if (!checked.keys.emplace(id->value, std::move(creds)).second) {
            std::cerr << "awsjobs-fake: " << path << ':' << id->line << ": profile " << name << ": access key id "
                      << id->value << " is already another profile's\n";
            return std::nullopt;
        }
    }
    if (checked.keys.empty()) {
        std::cerr << "awsjobs-fake: " << path << " has no profile with aws_access_key_id\n";
        return std::nullopt;
    }
    return checked;
}
/// What AWS would check for Op: the credential scope's service is the operation's (its global
/// endpoint's, e.g. Import/Export's IngestionService), the region the one required, the time
/// within the window of the fake's clock (moved by --clock-offset).
template <class Op>
auth::verify_options verify_options_for(const verification& checks) {
    auth::verify_options options;
    options.window = checks.window;
    options.required_region = checks.region;
    options.required_service = Op::signing.scope_service.empty() ? Op::signing.signing_name : Op::signing.scope_service;
    options.now = std::chrono::system_clock::now() + checks.clock_offset;
    options.accept_sigv2 = Op::signing.sigv2;
    return options;
}

/// The key pairs as auth::verify looks them up, by access key id.
inline auth::key_lookup key_lookup_of(const verification& checks) {
    return [&checks](std::string_view id) -> std::optional<auth::credentials> {
        const auto found = checks.keys.find(id);
        if (found == checks.keys.end()) return std::nullopt;
        return found->second;
    };
}

}  // namespace awsjobs_fake

#endif  // AWSJOBS_FAKE_SIGNATURES_HPP

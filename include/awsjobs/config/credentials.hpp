/// \file
/// Credentials resolved like the AWS CLI, from the sources that need no network: the
/// environment, the shared credentials file, credential_process, the config file. The chain
/// is a plain list: shorten it, reorder it, or add a source of your own.
///
///   config::system_host world;
///   auto shared = config::load_shared_config(world);
///   auto creds = config::resolve_credentials(*shared, world);   // the CLI's order
#ifndef AWSJOBS_CONFIG_CREDENTIALS_HPP
#define AWSJOBS_CONFIG_CREDENTIALS_HPP

#include <awsjobs/auth/credentials.hpp>
#include <awsjobs/config/error.hpp>
#include <awsjobs/config/host.hpp>
#include <awsjobs/config/shared_config.hpp>
#include <awsjobs/core/result.hpp>
#include <awsjobs/core/document.hpp>
#include <awsjobs/core/error.hpp>
#include <awsjobs/core/timestamp.hpp>
#include <awsjobs/json/read.hpp>

#include <boost/describe/class.hpp>

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace awsjobs::config {

/// What a source finds: credentials, nothing (the chain goes on to the next source), or an
/// error (the chain stops, as the CLI's does).
using source_result = awsjobs::result<std::optional<auth::credentials>, error>;

/// One source of credentials, by the name the CLI's debug log gives it.
struct credential_source {
    std::string name;  ///< e.g. "env", "shared-credentials-file"
    /// Looks for credentials for the active profile of `config`, reading through the host.
    std::function<source_result(const shared_config& config, const host& world)> load;
};

namespace detail {
/// Expiration times are ISO 8601, e.g. 2026-12-06T22:00:00Z (credential_process and
/// AWS_CREDENTIAL_EXPIRATION).
inline std::optional<std::chrono::system_clock::time_point> parse_expiration(const std::string& text) {
    auto parsed = json::parse<awsjobs::timestamp<awsjobs::timestamp_format::iso8601>>('"' + text + '"');
    if (!parsed) return std::nullopt;
    // system_clock counts nanoseconds on libstdc++, whose range is 1678-2262: a later time
    // (a credential_process may say 2999) is "never", an earlier one "long ago", not an overflow.
    using clock = std::chrono::system_clock;
    constexpr auto last = std::chrono::floor<std::chrono::seconds>(clock::time_point::max());
    constexpr auto first = std::chrono::ceil<std::chrono::seconds>(clock::time_point::min());
    if (parsed->seconds() >= last) return clock::time_point::max();
    if (parsed->seconds() <= first) return clock::time_point::min();
    return clock::time_point(std::chrono::duration_cast<clock::duration>(parsed->seconds().time_since_epoch() +
                                                                          parsed->subseconds()));
}

inline source_result check_expiry(auth::credentials creds, const host& world, error where) {
    if (creds.expiration && *creds.expiration <= world.now()) {
        where.code = errc::credentials_expired;
        where.message = "the credentials of access key " + creds.access_key_id + " have expired";
        return where;
    }
    return std::optional<auth::credentials>(std::move(creds));
}

/// Credentials from a profile's aws_access_key_id, aws_secret_access_key and
/// aws_security_token or aws_session_token (botocore looks for the first first); nothing
/// when the profile or its aws_access_key_id is absent.
inline source_result from_profile(const profile_map& profiles, const std::string& name, const std::string& file) {
    const auto found = profiles.find(name);
    if (found == profiles.end()) return std::optional<auth::credentials>();
    const profile& chosen = found->second;
    const setting* key = chosen.find("aws_access_key_id");
    if (key == nullptr) return std::optional<auth::credentials>();
    const setting* secret = chosen.find("aws_secret_access_key");
    if (secret == nullptr)
        return error{errc::partial_credentials, "aws_access_key_id without aws_secret_access_key", file, key->line, name};
    auth::credentials creds;
    creds.access_key_id = key->value;
    creds.secret_access_key = auth::secret_string(secret->value);
    if (const setting* token = chosen.find("aws_security_token")) creds.session_token = auth::secret_string(token->value);
    else if (const setting* session = chosen.find("aws_session_token")) creds.session_token = auth::secret_string(session->value);
    return std::optional<auth::credentials>(std::move(creds));
}

/// What credential_process prints (Version 1).
struct process_credentials {
    std::optional<int> Version;
    std::optional<std::string> AccessKeyId;
    std::optional<std::string> SecretAccessKey;
    std::optional<std::string> SessionToken;
    std::optional<std::string> Expiration;
};
BOOST_DESCRIBE_STRUCT(process_credentials, (), (Version, AccessKeyId, SecretAccessKey, SessionToken, Expiration))
}  // namespace detail

/// AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, with AWS_SECURITY_TOKEN or AWS_SESSION_TOKEN
/// (the first set wins, as in botocore) and AWS_CREDENTIAL_EXPIRATION. Nothing when
/// AWS_ACCESS_KEY_ID is unset or empty; an error when the secret is missing or the
/// credentials have expired.
inline credential_source environment_source() {
    return {"env", [](const shared_config&, const host& world) -> source_result {
                const auto key = detail::non_empty(world, "AWS_ACCESS_KEY_ID");
                if (!key) return std::optional<auth::credentials>();
                const auto secret = detail::non_empty(world, "AWS_SECRET_ACCESS_KEY");
                if (!secret)
                    return error{errc::partial_credentials,
                                 "AWS_ACCESS_KEY_ID is set in the environment but AWS_SECRET_ACCESS_KEY is not", {}, 0, {}};
                auth::credentials creds;
                creds.access_key_id = *key;
                creds.secret_access_key = auth::secret_string(*secret);
                if (auto token = detail::non_empty(world, "AWS_SECURITY_TOKEN")) creds.session_token = auth::secret_string(std::move(*token));
                else if (auto session = detail::non_empty(world, "AWS_SESSION_TOKEN")) creds.session_token = auth::secret_string(std::move(*session));
                if (const auto expiry = detail::non_empty(world, "AWS_CREDENTIAL_EXPIRATION")) {
                    creds.expiration = detail::parse_expiration(*expiry);
                    if (!creds.expiration)
                        return error{errc::partial_credentials, "AWS_CREDENTIAL_EXPIRATION is not an ISO 8601 time", {}, 0, {}};
                }
                return detail::check_expiry(std::move(creds), world, error{});
            }};
}

/// The active profile of the shared credentials file.
inline credential_source credentials_file_source() {
    return {"shared-credentials-file", [](const shared_config& config, const host&) {
                return detail::from_profile(config.credentials_profiles, config.profile_name, config.credentials_file);
            }};
}

/// The active profile's credential_process (from either file, as in botocore): its command
/// line split like a POSIX shell would, run without a shell; it must exit 0 and print JSON
/// with "Version": 1, AccessKeyId, SecretAccessKey, and optionally SessionToken and
/// Expiration. Its standard error is quoted in the error when it fails; its output never is.
inline credential_source process_source() {
    return {"custom-process", [](const shared_config& config, const host& world) -> source_result {
                const profile* active = config.active();
                const setting* command = active == nullptr ? nullptr : active->find("credential_process");
                if (command == nullptr) return std::optional<auth::credentials>();
                auto where = [&](errc code, std::string message) {
                    return error{code, "credential_process: " + std::move(message), command->file, command->line,
                                 config.profile_name};
                };
                const auto argv = detail::shell_split(command->value);
                if (!argv) return where(errc::process_failed, "unbalanced quotes or a trailing backslash in the command");
                if (argv->empty()) return where(errc::process_failed, "an empty command");
                auto ran = world.run(*argv, config.chosen.bounds);
                if (!ran) return where(errc::process_failed, ran.error().message);
                if (ran->exit_status != 0)
                    return where(errc::process_failed, (*argv)[0] + " exited with status " + std::to_string(ran->exit_status) +
                                                           (ran->err.empty() ? std::string() : ": " + ran->err));
                auto printed = json::parse<detail::process_credentials>(ran->out);
                if (!printed) return where(errc::process_output, "its output is not the expected JSON object (" +
                                                                    std::string(awsjobs::to_string(printed.error().code)) + ')');
                if (printed->Version != 1)
                    return where(errc::process_output,
                                 "unsupported Version " +
                                     (printed->Version ? std::to_string(*printed->Version) : std::string("(none)")) +
                                     "; supported versions: 1");
                if (!printed->AccessKeyId || !printed->SecretAccessKey)
                    return where(errc::process_output,
                                 std::string("its output has no ") + (printed->AccessKeyId ? "SecretAccessKey" : "AccessKeyId"));
                auth::credentials creds;
                creds.access_key_id = std::move(*printed->AccessKeyId);
                creds.secret_access_key = auth::secret_string(std::move(*printed->SecretAccessKey));
                if (printed->SessionToken) creds.session_token = auth::secret_string(std::move(*printed->SessionToken));
                if (printed->Expiration) {
                    creds.expiration = detail::parse_expiration(*printed->Expiration);
                    if (!creds.expiration) return where(errc::process_output, "its Expiration is not an ISO 8601 time");
                }
                return detail::check_expiry(std::move(creds), world, where(errc::credentials_expired, {}));
            }};
}

/// The active profile's keys in the config file (`[profile NAME]` or `[default]`).
inline credential_source config_file_source() {
    return {"config-file", [](const shared_config& config, const host&) {
                return detail::from_profile(config.config_profiles, config.profile_name, config.config_file);
            }};
}

/// The CLI's chain for the sources that need no network: environment, credentials file,
/// credential_process, config file. Without the environment when a profile was chosen
/// explicitly (options::profile, the CLI's `--profile`).
inline std::vector<credential_source> default_chain(const shared_config& config) {
    std::vector<credential_source> chain;
    if (!config.profile_chosen) chain.push_back(environment_source());
    chain.push_back(credentials_file_source());
    chain.push_back(process_source());
    chain.push_back(config_file_source());
    return chain;
}

/// The first credentials a source of `chain` finds; the first error a source reports; or
/// no_credentials naming the sources tried.
inline awsjobs::result<auth::credentials, error> resolve_credentials(const shared_config& config, const host& world,
                                                                   const std::vector<credential_source>& chain) {
    std::string tried;
    for (const credential_source& source : chain) {
        auto found = source.load(config, world);
        if (!found) return found.error();
        if (*found) return std::move(**found);
        tried += (tried.empty() ? "" : ", ") + source.name;
    }
    return error{errc::no_credentials, "unable to locate credentials (tried: " + tried + ')', {}, 0, config.profile_name};
}

/// resolve_credentials() with default_chain().
inline awsjobs::result<auth::credentials, error> resolve_credentials(const shared_config& config, const host& world) {
    return resolve_credentials(config, world, default_chain(config));
}

}  // namespace awsjobs::config

#endif

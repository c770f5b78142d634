/// \file
/// config::shared_config: the active profile and the config and credentials files, found and
/// read the way the AWS CLI does (AWS_PROFILE, AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE).
#ifndef AWSJOBS_CONFIG_SHARED_CONFIG_HPP
#define AWSJOBS_CONFIG_SHARED_CONFIG_HPP

#include <awsjobs/config/error.hpp>
#include <awsjobs/config/files.hpp>
#include <awsjobs/config/host.hpp>
#include <awsjobs/core/result.hpp>

#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace awsjobs::config {

/// What the caller decides, like the CLI's command-line options.
struct options {
    /// The profile, like `--profile`: it wins over AWS_PROFILE and, as in the CLI, takes the
    /// environment's credentials out of the default chain.
    std::optional<std::string> profile;
    /// The region, like `--region`: it wins over the environment and the profile.
    std::optional<std::string> region;
    /// What resolution may read.
    limits bounds;
};

/// The files and the profile resolution works from.
struct shared_config {
    std::string profile_name;      ///< the active profile
    bool profile_chosen = false;   ///< true when options::profile named it (the CLI's `--profile`)
    std::string config_file;       ///< the config file's path (it may not exist)
    std::string credentials_file;  ///< the credentials file's path (it may not exist)
    profile_map config_profiles;       ///< the config file's profiles
    profile_map credentials_profiles;  ///< the credentials file's profiles
    shared_files merged;               ///< both, as botocore merges them, and the services sections
    options chosen;                    ///< what the caller gave

    /// The active profile's settings from both files, or nullptr when no file has it.
    [[nodiscard]] const profile* active() const {
        const auto found = merged.profiles.find(profile_name);
        return found == merged.profiles.end() ? nullptr : &found->second;
    }

    /// A key of the active profile's nested section for a service, as botocore reads
    /// a line `importexport =` followed by the indented `signature_version = v2` (service: botocore's client name, e.g.
    /// `importexport`); nothing when it is not set.
    [[nodiscard]] std::optional<std::string> service_setting(std::string_view service, std::string_view key) const {
        const profile* settings = active();
        const setting* nested = settings == nullptr ? nullptr : settings->find(service);
        if (nested == nullptr) return std::nullopt;
        const auto keys = detail::parse_nested(nested->value);
        const auto found = keys.find(key);
        if (found == keys.end()) return std::nullopt;
        return found->second;
    }
};

namespace detail {
/// `path` with a leading `~` replaced by HOME and `$NAME` / `${NAME}` by the variable's value
/// (unset variables stay as written), like Python's expanduser(expandvars(path)).
inline std::string expand_path(std::string_view path, const host& world) {
    std::string out;
    for (std::size_t i = 0; i < path.size(); ++i) {
        if (path[i] != '$' || i + 1 == path.size()) {
            out += path[i];
            continue;
        }
        const bool braced = path[i + 1] == '{';
        std::size_t start = i + 1 + (braced ? 1 : 0), end = start;
        while (end < path.size() && (std::isalnum(static_cast<unsigned char>(path[end])) || path[end] == '_')) ++end;
        if (end == start || (braced && (end == path.size() || path[end] != '}'))) {
            out += path[i];
            continue;
        }
        const std::string name(path.substr(start, end - start));
        if (const auto value = world.variable(name)) out += *value;
        else out += path.substr(i, end + (braced ? 1 : 0) - i);
        i = end + (braced ? 1 : 0) - 1;
    }
    if (out == "~" || out.starts_with("~/"))
        if (const auto home = world.variable("HOME")) out = *home + out.substr(1);
    return out;
}

/// The variable's value when it is set and not empty (botocore treats empty as unset).
inline std::optional<std::string> non_empty(const host& world, const std::string& name) {
    auto value = world.variable(name);
    if (value && value->empty()) value.reset();
    return value;
}
}  // namespace detail

/// Finds the profile and reads both files. Errors: a file that does not parse or is too
/// large; a profile named by options::profile, AWS_PROFILE or AWS_DEFAULT_PROFILE that
/// neither file defines (botocore's ProfileNotFound). Missing files are not an error.
inline awsjobs::result<shared_config, error> load_shared_config(const host& world, options chosen = {}) {
    shared_config config;
    std::optional<std::string> named = chosen.profile;
    config.profile_chosen = named.has_value();
    if (!named) named = detail::non_empty(world, "AWS_PROFILE");
    if (!named) named = detail::non_empty(world, "AWS_DEFAULT_PROFILE");
    config.profile_name = named.value_or("default");
    config.config_file = detail::expand_path(detail::non_empty(world, "AWS_CONFIG_FILE").value_or("~/.aws/config"), world);
    config.credentials_file = detail::expand_path(
        detail::non_empty(world, "AWS_SHARED_CREDENTIALS_FILE").value_or("~/.aws/credentials"), world);

    auto config_text = world.read_file(config.config_file, chosen.bounds.max_file_size);
    if (!config_text) return config_text.error();
    if (*config_text) {
        auto files = parse_config_file(**config_text, config.config_file);
        if (!files) return files.error();
        config.config_profiles = files->profiles;
        config.merged = std::move(*files);
    }
    auto credentials_text = world.read_file(config.credentials_file, chosen.bounds.max_file_size);
    if (!credentials_text) return credentials_text.error();
    if (*credentials_text) {
        auto profiles = parse_credentials_file(**credentials_text, config.credentials_file);
        if (!profiles) return profiles.error();
        config.credentials_profiles = std::move(*profiles);
        merge_credentials(config.merged, config.credentials_profiles);
    }
    if (named && config.active() == nullptr)
        return error{errc::profile_not_found,
                     "the config profile could not be found in " + config.config_file + " or " + config.credentials_file,
                     {}, 0, config.profile_name};
    config.chosen = std::move(chosen);
    return config;
}

}  // namespace awsjobs::config

#endif

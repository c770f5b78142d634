/// \file
/// The shared config and credentials files (~/.aws/config, ~/.aws/credentials) read the way
/// botocore reads them: their profiles, and the config file's [services NAME] sections.
#ifndef AWSJOBS_CONFIG_FILES_HPP
#define AWSJOBS_CONFIG_FILES_HPP

#include <awsjobs/config/detail/ini.hpp>
#include <awsjobs/config/detail/shell_split.hpp>
#include <awsjobs/config/error.hpp>
#include <awsjobs/core/result.hpp>

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace awsjobs::config {

/// One `key = value` of a profile, with where it was written (for error messages).
struct setting {
    std::string value;     ///< trimmed; the lines of a multi-line value joined by newlines
    std::string file;      ///< the file it comes from
    std::size_t line = 0;  ///< the line of its key
};

/// A named set of settings: a profile, or a [services NAME] section.
struct profile {
    std::string name;                                       ///< the profile's (or services section's) name
    std::map<std::string, setting, std::less<>> settings;  ///< keys lowercased

    /// The setting `key` (lowercase), or nullptr.
    [[nodiscard]] const setting* find(std::string_view key) const {
        const auto found = settings.find(key);
        return found == settings.end() ? nullptr : &found->second;
    }
};

/// Profiles by name.
using profile_map = std::map<std::string, profile, std::less<>>;

/// What the config and credentials files define together.
struct shared_files {
    /// The profiles of both files. A profile in both has the keys of both, the credentials
    /// file's winning (botocore's Session.full_config).
    profile_map profiles;
    /// The config file's [services NAME] sections, by NAME.
    profile_map services;
};

namespace detail {
inline profile to_profile(std::string name, detail::ini_section&& section, const std::string& path) {
    profile out{std::move(name), {}};
    for (auto& [key, entry] : section.entries) out.settings.emplace(key, setting{std::move(entry.value), path, entry.line});
    return out;
}
}  // namespace detail

/// Reads a credentials file: every section is a profile of that name (`[default]`,
/// `[dev]`; `[profile dev]` is a profile named "profile dev", as in botocore).
inline awsjobs::result<profile_map, error> parse_credentials_file(std::string_view text, const std::string& path) {
    auto sections = detail::parse_ini(text, path);
    if (!sections) return sections.error();
    profile_map profiles;
    for (detail::ini_section& section : *sections) {
        std::string name = section.name;
        profiles.insert_or_assign(name, detail::to_profile(name, std::move(section), path));
    }
    return profiles;
}

/// Reads a config file: `[default]` and `[profile NAME]` are profiles, `[services NAME]`
/// are services sections; other sections are ignored. As in botocore, the prefix is
/// followed by exactly one word (shell quoting: `[profile "my dev"]`), a later section of
/// the same name replaces an earlier one (`[default]` vs `[profile default]`), and a
/// section whose name does not split in two is ignored.
inline awsjobs::result<shared_files, error> parse_config_file(std::string_view text, const std::string& path) {
    auto sections = detail::parse_ini(text, path);
    if (!sections) return sections.error();
    shared_files files;
    for (detail::ini_section& section : *sections) {
        const std::string_view name = section.name;
        profile_map* target = nullptr;
        if (name.starts_with("profile")) target = &files.profiles;
        else if (name.starts_with("services")) target = &files.services;
        else if (name == "default") {
            files.profiles.insert_or_assign("default", detail::to_profile("default", std::move(section), path));
            continue;
        }
        if (target == nullptr) continue;
        auto words = detail::shell_split(name);
        if (!words || words->size() != 2) continue;
        std::string key = (*words)[1];
        target->insert_or_assign(key, detail::to_profile(key, std::move(section), path));
    }
    return files;
}

/// Adds a credentials file's profiles to those of a config file, as botocore does: a new
/// profile is added; an existing one gets the credentials file's keys, which win.
inline void merge_credentials(shared_files& files, profile_map credentials) {
    for (auto& [name, creds] : credentials) {
        auto [position, inserted] = files.profiles.try_emplace(name, creds);
        if (inserted) continue;
        for (auto& [key, value] : creds.settings) position->second.settings.insert_or_assign(key, value);
    }
}

}  // namespace awsjobs::config

#endif

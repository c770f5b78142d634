/// \file
/// The region, resolved like the AWS CLI: --region, AWS_REGION, AWS_DEFAULT_REGION, then the
/// active profile's `region`.
#ifndef AWSJOBS_CONFIG_REGION_HPP
#define AWSJOBS_CONFIG_REGION_HPP

#include <awsjobs/config/error.hpp>
#include <awsjobs/config/host.hpp>
#include <awsjobs/config/shared_config.hpp>
#include <awsjobs/core/result.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace awsjobs::config {

/// True when `region` can be a DNS label, as botocore requires (letters, digits, inner
/// hyphens, at most 63 characters): e.g. `eu-west-1`; never `eu west 1` or `../x`.
constexpr bool is_valid_region(std::string_view region) noexcept {
    if (region.empty() || region.size() > 63 || region.front() == '-' || region.back() == '-') return false;
    for (const char c : region)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

/// The region: options::region, AWS_REGION, AWS_DEFAULT_REGION, then the active profile's
/// `region` (either file); the first that is set and not empty. An error when none is, or
/// when the one found is not a valid region name.
inline awsjobs::result<std::string, error> resolve_region(const shared_config& config, const host& world) {
    auto checked = [&](std::string region, std::string from, std::string file = {}, std::size_t line = 0) -> awsjobs::result<std::string, error> {
        if (!is_valid_region(region))
            return error{errc::no_region, "the region from " + from + " is not a valid region name", std::move(file), line,
                         config.profile_name};
        return region;
    };
    if (config.chosen.region && !config.chosen.region->empty()) return checked(*config.chosen.region, "options::region");
    for (const char* name : {"AWS_REGION", "AWS_DEFAULT_REGION"})
        if (auto region = detail::non_empty(world, name)) return checked(std::move(*region), name);
    if (const profile* active = config.active())
        if (const setting* region = active->find("region"); region != nullptr && !region->value.empty())
            return checked(region->value, "the profile's region", region->file, region->line);
    return error{errc::no_region,
                 "no region: set AWS_REGION or AWS_DEFAULT_REGION, or `region` in the profile of " + config.config_file, {},
                 0, config.profile_name};
}

}  // namespace awsjobs::config

#endif

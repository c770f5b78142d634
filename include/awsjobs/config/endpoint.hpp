/// \file
/// The endpoint of a service, resolved like botocore: a URL the caller gives (the CLI's
/// --endpoint-url), then AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL, the profile's services
/// section and its `endpoint_url` (unless AWS_IGNORE_CONFIGURED_ENDPOINT_URLS or the profile's
/// ignore_configured_endpoint_urls is true), then the service's default host in the region.
///
/// The configured forms are those of botocore 1.31 and later; the CLI 2.9.19 in Debian
/// predates them and honours --endpoint-url alone.
#ifndef AWSJOBS_CONFIG_ENDPOINT_HPP
#define AWSJOBS_CONFIG_ENDPOINT_HPP

#include <awsjobs/config/error.hpp>
#include <awsjobs/config/files.hpp>
#include <awsjobs/config/host.hpp>
#include <awsjobs/config/region.hpp>
#include <awsjobs/config/shared_config.hpp>
#include <awsjobs/core/result.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace awsjobs::config {

/// What endpoint resolution needs to know of a service (from its model and botocore's
/// endpoints.json).
struct service_endpoint_rules {
    /// The first label of its default host, e.g. `dataexchange`, or `email` for SES v2.
    std::string_view endpoint_prefix;
    /// Its service id in snake case, which names AWS_ENDPOINT_URL_<ID> (upper case) and its
    /// key in a services section, e.g. `dataexchange`, `sesv2`, `importexport`.
    std::string_view service_id;
    /// The one host of a service that has no regional endpoints in the `aws` partition, e.g.
    /// `importexport.amazonaws.com`; empty for a regional service.
    std::string_view global_host;
};

/// Where to send requests: scheme, host, port and a base path.
struct endpoint {
    std::string scheme = "https";  ///< `https` or `http`
    std::string host;              ///< e.g. `dataexchange.eu-west-1.amazonaws.com`, `127.0.0.1`, `[::1]`
    std::uint16_t port = 443;      ///< the port (the scheme's default when the URL has none)
    std::string path;              ///< a base path before the operation's, without the trailing `/`; usually empty
    /// True when it comes from a URL (given or configured), not from the service's default
    /// host: botocore then scopes a global endpoint's signature to the client's region.
    bool from_url = false;

    /// The Host header: the host, and the port when it is not the scheme's default (as the
    /// CLI sends it, and as SigV4 signs it).
    [[nodiscard]] std::string host_header() const {
        const bool default_port = (scheme == "https" && port == 443) || (scheme == "http" && port == 80);
        return default_port ? host : host + ':' + std::to_string(port);
    }
    /// `scheme://host[:port][path]`.
    [[nodiscard]] std::string url() const { return scheme + "://" + host_header() + path; }
};

/// Reads `url`: `http://` or `https://`, a host (a name, an IPv4 address or a bracketed IPv6
/// address), an optional port from 1 to 65535, an optional path; no user info, query or fragment.
inline awsjobs::result<endpoint, error> parse_endpoint_url(std::string_view url) {
    auto bad = [&](std::string why) {
        return error{errc::invalid_endpoint, "endpoint URL " + std::string(url) + ": " + std::move(why), {}, 0, {}};
    };
    endpoint out;
    out.from_url = true;
    if (url.starts_with("https://")) {
        url.remove_prefix(8);
    } else if (url.starts_with("http://")) {
        out.scheme = "http";
        out.port = 80;
        url.remove_prefix(7);
    } else {
        return bad("it does not start with http:// or https://");
    }
    const std::size_t slash = url.find('/');
    std::string_view authority = url.substr(0, slash);
    if (slash != std::string_view::npos) out.path = std::string(url.substr(slash));
    while (!out.path.empty() && out.path.back() == '/') out.path.pop_back();
    if (out.path.find_first_of("?#") != std::string::npos || authority.find_first_of("?#@") != std::string_view::npos)
        return bad("user info, a query or a fragment is not allowed");
    std::string_view port_text;
    if (authority.starts_with("[")) {
        const std::size_t close = authority.find(']');
        if (close == std::string_view::npos) return bad("an unclosed [ in the host");
        out.host = std::string(authority.substr(0, close + 1));
        if (close + 1 < authority.size()) {
            if (authority[close + 1] != ':') return bad("text after the IPv6 address");
            port_text = authority.substr(close + 2);
        }
    } else {
        const std::size_t colon = authority.find(':');
        out.host = std::string(authority.substr(0, colon));
        if (colon != std::string_view::npos) port_text = authority.substr(colon + 1);
        for (const char c : out.host)
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'))
                return bad("the host has a character other than letters, digits, `-` and `.`");
    }
    if (out.host.empty()) return bad("no host");
    if (!port_text.empty() || authority.ends_with(":")) {
        unsigned long port = 0;
        if (port_text.empty() || port_text.size() > 5) return bad("the port is not a number from 1 to 65535");
        for (const char c : port_text) {
            if (c < '0' || c > '9') return bad("the port is not a number from 1 to 65535");
            port = port * 10 + static_cast<unsigned long>(c - '0');
        }
        if (port == 0 || port > 65535) return bad("the port is not a number from 1 to 65535");
        out.port = static_cast<std::uint16_t>(port);
    }
    return out;
}

/// The DNS suffix of the partition `region` belongs to (endpoints.json's regionRegex).
constexpr std::string_view dns_suffix(std::string_view region) noexcept {
    if (region.starts_with("cn-")) return "amazonaws.com.cn";
    if (region.starts_with("us-isob-")) return "sc2s.sgov.gov";
    if (region.starts_with("us-iso-")) return "c2s.ic.gov";
    return "amazonaws.com";
}

/// The service's default endpoint in `region`: https://PREFIX.REGION.SUFFIX, or its global
/// host in the `aws` partition.
inline awsjobs::result<endpoint, error> default_endpoint(const service_endpoint_rules& service, std::string_view region) {
    if (!is_valid_region(region))
        return error{errc::no_region, "`" + std::string(region) + "` is not a valid region name", {}, 0, {}};
    const std::string_view suffix = dns_suffix(region);
    endpoint out;
    if (!service.global_host.empty() && suffix == "amazonaws.com" && !region.starts_with("us-gov-"))
        out.host = std::string(service.global_host);
    else
        out.host = std::string(service.endpoint_prefix) + '.' + std::string(region) + '.' + std::string(suffix);
    return out;
}

/// The endpoint for `service` in `region`, in botocore's order (see the top of this header).
/// `override_url` is the CLI's --endpoint-url. An error for a URL that does not parse, naming
/// where it came from.
inline awsjobs::result<endpoint, error> resolve_endpoint(const shared_config& config, const host& world,
                                                       const service_endpoint_rules& service, std::string_view region,
                                                       std::optional<std::string> override_url = std::nullopt) {
    auto from = [](const std::string& url, std::string source, std::string file = {}, std::size_t line = 0) {
        auto parsed = parse_endpoint_url(url);
        if (parsed) return parsed;
        error e = parsed.error();
        e.message += " (from " + std::move(source) + ')';
        e.file = std::move(file);
        e.line = line;
        return awsjobs::result<endpoint, error>(std::move(e));
    };
    if (override_url) return from(*override_url, "the endpoint URL given");

    const profile* active = config.active();
    auto truthy = [](std::string_view value) { return detail::lower(detail::trim(value)) == "true"; };
    bool ignore = false;
    if (const auto variable = detail::non_empty(world, "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")) ignore = truthy(*variable);
    else if (const setting* key = active ? active->find("ignore_configured_endpoint_urls") : nullptr) ignore = truthy(key->value);
    if (!ignore) {
        std::string variable = "AWS_ENDPOINT_URL_";
        for (const char c : service.service_id) variable += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
        if (const auto url = detail::non_empty(world, variable)) return from(*url, variable);
        if (const auto url = detail::non_empty(world, "AWS_ENDPOINT_URL")) return from(*url, "AWS_ENDPOINT_URL");
        if (const setting* services = active ? active->find("services") : nullptr) {
            const auto section = config.merged.services.find(services->value);
            if (section == config.merged.services.end())
                return error{errc::invalid_endpoint,
                             "the profile names the services section `" + services->value + "`, which does not exist",
                             services->file, services->line, config.profile_name};
            if (const setting* nested = section->second.find(service.service_id)) {
                const auto keys = detail::parse_nested(nested->value);
                if (const auto url = keys.find("endpoint_url"); url != keys.end())
                    return from(url->second, "services " + services->value, nested->file, nested->line);
            }
        }
        if (const setting* url = active ? active->find("endpoint_url") : nullptr; url != nullptr && !url->value.empty())
            return from(url->value, "the profile's endpoint_url", url->file, url->line);
    }
    return default_endpoint(service, region);
}

}  // namespace awsjobs::config

#endif

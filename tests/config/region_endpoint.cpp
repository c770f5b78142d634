// Region and endpoint resolution in botocore's order, in a made-up world (fake_host).
#include "fake_host.hpp"

#include <awsjobs/config/endpoint.hpp>
#include <awsjobs/config/region.hpp>

#include <doctest/doctest.h>

#include <string>

namespace config = awsjobs::config;

namespace {
/// Options naming a profile, like the CLI's --profile.
config::options profile_option(std::string name) {
    config::options chosen;
    chosen.profile = std::move(name);
    return chosen;
}

/// Options naming a region, like the CLI's --region.
config::options region_option(std::string name) {
    config::options chosen;
    chosen.region = std::move(name);
    return chosen;
}
const std::string config_path = "/home/u/.aws/config";

constexpr config::service_endpoint_rules dataexchange{"dataexchange", "dataexchange", ""};
constexpr config::service_endpoint_rules sesv2{"email", "sesv2", ""};
constexpr config::service_endpoint_rules importexport{"importexport", "importexport", "importexport.amazonaws.com"};

std::string region_of(const fake_host& world, config::options chosen = {}) {
    auto shared = config::load_shared_config(world, std::move(chosen));
    REQUIRE(shared);
    auto region = config::resolve_region(*shared, world);
    return region ? *region : "error: " + region.error().describe();
}

std::string endpoint_of(const fake_host& world, const config::service_endpoint_rules& service, std::string region,
                        std::optional<std::string> url = std::nullopt) {
    auto shared = config::load_shared_config(world);
    REQUIRE(shared);
    auto resolved = config::resolve_endpoint(*shared, world, service, region, std::move(url));
    return resolved ? resolved->url() : "error: " + resolved.error().describe();
}
}  // namespace

TEST_CASE("region: options, AWS_REGION, AWS_DEFAULT_REGION, then the profile's region") {
    fake_host world;
    world.files[config_path] = "[default]\nregion = eu-west-1\n[profile dev]\nregion = ap-south-1\n";
    CHECK(region_of(world) == "eu-west-1");
    CHECK(region_of(world, profile_option("dev")) == "ap-south-1");
    world.env["AWS_DEFAULT_REGION"] = "us-west-2";
    CHECK(region_of(world) == "us-west-2");
    world.env["AWS_REGION"] = "eu-central-1";
    CHECK(region_of(world) == "eu-central-1");
    CHECK(region_of(world, region_option("sa-east-1")) == "sa-east-1");
    world.env["AWS_REGION"] = "";  // empty is unset
    CHECK(region_of(world) == "us-west-2");
}

TEST_CASE("region: none, or one that is not a region name, is a clear error") {
    fake_host world;
    CHECK(region_of(world) == "error: profile default: no region: set AWS_REGION or AWS_DEFAULT_REGION, or `region` in the "
                              "profile of " + config_path + " (no_region)");
    world.files[config_path] = "[default]\n\nregion = eu west 1\n";
    CHECK(region_of(world) == "error: " + config_path + ":3: profile default: the region from the profile's region is not a "
                                                        "valid region name (no_region)");
    world.env["AWS_REGION"] = "../evil";
    CHECK(region_of(world).find("the region from AWS_REGION is not a valid region name") != std::string::npos);
}

TEST_CASE("default endpoints: regional hosts, SES v2's `email` prefix, Import/Export's global host, China's suffix") {
    fake_host world;
    CHECK(endpoint_of(world, dataexchange, "eu-west-1") == "https://dataexchange.eu-west-1.amazonaws.com");
    CHECK(endpoint_of(world, sesv2, "us-east-1") == "https://email.us-east-1.amazonaws.com");
    CHECK(endpoint_of(world, importexport, "eu-west-1") == "https://importexport.amazonaws.com");
    CHECK(endpoint_of(world, dataexchange, "cn-north-1") == "https://dataexchange.cn-north-1.amazonaws.com.cn");
    CHECK(endpoint_of(world, dataexchange, "bad region").find("is not a valid region name") != std::string::npos);
}

TEST_CASE("configured endpoints: the URL given, AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL, services, endpoint_url") {
    fake_host world;
    world.files[config_path] = "[default]\nservices = local\nendpoint_url = http://profile:1\n"
                               "[services local]\nsesv2 =\n  endpoint_url = http://services:2\n";
    CHECK(endpoint_of(world, dataexchange, "eu-west-1") == "http://profile:1");
    CHECK(endpoint_of(world, sesv2, "eu-west-1") == "http://services:2");
    world.env["AWS_ENDPOINT_URL"] = "http://global:3";
    CHECK(endpoint_of(world, sesv2, "eu-west-1") == "http://global:3");
    world.env["AWS_ENDPOINT_URL_SESV2"] = "https://[::1]:4/base/";
    CHECK(endpoint_of(world, sesv2, "eu-west-1") == "https://[::1]:4/base");
    CHECK(endpoint_of(world, dataexchange, "eu-west-1") == "http://global:3");
    CHECK(endpoint_of(world, dataexchange, "eu-west-1", "https://127.0.0.1:8443") == "https://127.0.0.1:8443");
    world.env["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] = "true";
    CHECK(endpoint_of(world, sesv2, "eu-west-1") == "https://email.eu-west-1.amazonaws.com");
}

TEST_CASE("endpoints: a bad URL or a missing services section is an error that says where it came from") {
    fake_host world;
    world.env["AWS_ENDPOINT_URL_DATAEXCHANGE"] = "ftp://x";
    CHECK(endpoint_of(world, dataexchange, "eu-west-1") ==
          "error: endpoint URL ftp://x: it does not start with http:// or https:// (from AWS_ENDPOINT_URL_DATAEXCHANGE) "
          "(invalid_endpoint)");
    world.env = {{"HOME", "/home/u"}};
    world.files[config_path] = "[default]\nservices = gone\n";
    CHECK(endpoint_of(world, dataexchange, "eu-west-1") ==
          "error: " + config_path + ":2: profile default: the profile names the services section `gone`, which does not "
                                    "exist (invalid_endpoint)");
}

TEST_CASE("parse_endpoint_url: ports, hosts and what it refuses") {
    auto host_header = [](std::string url) {
        auto parsed = config::parse_endpoint_url(url);
        return parsed ? parsed->host_header() : "error";
    };
    CHECK(host_header("https://example.com") == "example.com");
    CHECK(host_header("https://example.com:443") == "example.com");
    CHECK(host_header("http://127.0.0.1:8080/") == "127.0.0.1:8080");
    CHECK(host_header("http://[::1]:80") == "[::1]");
    for (const char* bad : {"example.com", "http://", "http://h:0", "http://h:65536", "http://h:x", "http://h:",
                            "http://user@h", "http://h/?q", "http://h h", "http://[::1"}) {
        CAPTURE(bad);
        CHECK(host_header(bad) == "error");
    }
}

TEST_CASE("an endpoint says whether it comes from a URL (a global endpoint's scope then follows the client's region)") {
    fake_host world;
    auto shared = config::load_shared_config(world);
    REQUIRE(shared);
    auto standard = config::resolve_endpoint(*shared, world, importexport, "eu-west-1");
    REQUIRE(standard);
    CHECK_FALSE(standard->from_url);
    auto given = config::resolve_endpoint(*shared, world, importexport, "eu-west-1", "https://importexport.amazonaws.com");
    REQUIRE(given);
    CHECK(given->from_url);
}

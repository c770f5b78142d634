// The credential chain in the CLI's order, each source's rules, and credential_process's
// failures, in a made-up world (fake_host).
#include "fake_host.hpp"

#include <awsjobs/config/credentials.hpp>

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
const std::string credentials_path = "/home/u/.aws/credentials";
const std::string config_path = "/home/u/.aws/config";

config::shared_config load(const fake_host& world, config::options chosen = {}) {
    auto shared = config::load_shared_config(world, std::move(chosen));
    REQUIRE_MESSAGE(shared, (shared ? "" : shared.error().describe()));
    return std::move(*shared);
}

/// The access key id the chain resolves, or the error's describe().
std::string resolved(const fake_host& world, config::options chosen = {}) {
    auto shared = config::load_shared_config(world, std::move(chosen));
    if (!shared) return "error: " + shared.error().describe();
    auto creds = config::resolve_credentials(*shared, world);
    if (!creds) return "error: " + creds.error().describe();
    return creds->access_key_id;
}

config::process_output printed(std::string out, int status = 0, std::string err = {}) {
    return {status, std::move(out), std::move(err)};
}
}  // namespace

TEST_CASE("the chain's order: environment, credentials file, credential_process, config file") {
    fake_host world;
    world.files[config_path] = "[default]\naws_access_key_id = FROMCONFIG\naws_secret_access_key = s\n"
                               "credential_process = make-creds\n";
    world.process = [](const auto&) { return printed(R"({"Version": 1, "AccessKeyId": "FROMPROCESS", "SecretAccessKey": "s"})"); };
    CHECK(resolved(world) == "FROMPROCESS");
    world.files[credentials_path] = "[default]\naws_access_key_id = FROMFILE\naws_secret_access_key = s\n";
    CHECK(resolved(world) == "FROMFILE");
    world.env["AWS_ACCESS_KEY_ID"] = "FROMENV";
    world.env["AWS_SECRET_ACCESS_KEY"] = "s";
    CHECK(resolved(world) == "FROMENV");
    world.process = nullptr;
    world.files[config_path] = "[default]\naws_access_key_id = FROMCONFIG\naws_secret_access_key = s\n";
    world.files.erase(credentials_path);
    world.env = {{"HOME", "/home/u"}};
    CHECK(resolved(world) == "FROMCONFIG");
}

TEST_CASE("the chain can be shortened or extended") {
    fake_host world;
    world.env = {{"HOME", "/home/u"}, {"AWS_ACCESS_KEY_ID", "FROMENV"}, {"AWS_SECRET_ACCESS_KEY", "s"}};
    world.files[config_path] = "[default]\naws_access_key_id = FROMCONFIG\naws_secret_access_key = s\n";
    const config::shared_config shared = load(world);
    auto only_config = config::resolve_credentials(shared, world, {config::config_file_source()});
    REQUIRE(only_config);
    CHECK(only_config->access_key_id == "FROMCONFIG");

    config::credential_source vault{"vault", [](const config::shared_config&, const config::host&) -> config::source_result {
                                        awsjobs::auth::credentials c;
                                        c.access_key_id = "FROMVAULT";
                                        return std::optional<awsjobs::auth::credentials>(std::move(c));
                                    }};
    auto extended = config::resolve_credentials(shared, world, {vault, config::environment_source()});
    REQUIRE(extended);
    CHECK(extended->access_key_id == "FROMVAULT");

    auto none = config::resolve_credentials(shared, world, {config::credentials_file_source()});
    REQUIRE_FALSE(none);
    CHECK(none.error().code == config::errc::no_credentials);
    CHECK(none.error().message.find("tried: shared-credentials-file") != std::string::npos);
}

TEST_CASE("environment: session tokens (AWS_SECURITY_TOKEN first), partial keys, empty values") {
    fake_host world;
    world.env = {{"HOME", "/home/u"}, {"AWS_ACCESS_KEY_ID", "AKID"}, {"AWS_SECRET_ACCESS_KEY", "secret"},
                 {"AWS_SESSION_TOKEN", "session"}, {"AWS_SECURITY_TOKEN", "security"}};
    auto creds = config::resolve_credentials(load(world), world);
    REQUIRE(creds);
    CHECK(creds->secret_access_key.reveal() == "secret");
    CHECK(creds->session_token.reveal() == "security");
    world.env.erase("AWS_SECURITY_TOKEN");
    creds = config::resolve_credentials(load(world), world);
    REQUIRE(creds);
    CHECK(creds->session_token.reveal() == "session");

    world.env.erase("AWS_SECRET_ACCESS_KEY");
    CHECK(resolved(world) ==
          "error: AWS_ACCESS_KEY_ID is set in the environment but AWS_SECRET_ACCESS_KEY is not (partial_credentials)");
    // An empty AWS_ACCESS_KEY_ID is unset for botocore: the chain goes on.
    world.env["AWS_ACCESS_KEY_ID"] = "";
    world.env["AWS_SECRET_ACCESS_KEY"] = "s";
    world.files[credentials_path] = "[default]\naws_access_key_id = FROMFILE\naws_secret_access_key = s\n";
    CHECK(resolved(world) == "FROMFILE");
}

TEST_CASE("environment: AWS_CREDENTIAL_EXPIRATION in the past is an error") {
    fake_host world;
    world.env = {{"HOME", "/home/u"}, {"AWS_ACCESS_KEY_ID", "AKID"}, {"AWS_SECRET_ACCESS_KEY", "s"},
                 {"AWS_CREDENTIAL_EXPIRATION", "2026-12-06T21:59:59Z"}};
    CHECK(resolved(world) == "error: the credentials of access key AKID have expired (credentials_expired)");
    world.env["AWS_CREDENTIAL_EXPIRATION"] = "2026-12-06T22:00:01Z";
    auto creds = config::resolve_credentials(load(world), world);
    REQUIRE(creds);
    CHECK(creds->expiration == world.clock + std::chrono::seconds(1));
}

TEST_CASE("profiles: AWS_PROFILE, AWS_DEFAULT_PROFILE, the explicit profile, and one that does not exist") {
    fake_host world;
    world.files[credentials_path] = "[default]\naws_access_key_id = DEFAULT\naws_secret_access_key = s\n"
                                    "[dev]\naws_access_key_id = DEV\naws_secret_access_key = s\n"
                                    "[ops]\naws_access_key_id = OPS\naws_secret_access_key = s\n";
    world.files[config_path] = "[profile cfg]\naws_access_key_id = CFG\naws_secret_access_key = s\n";
    CHECK(resolved(world) == "DEFAULT");
    world.env["AWS_DEFAULT_PROFILE"] = "ops";
    CHECK(resolved(world) == "OPS");
    world.env["AWS_PROFILE"] = "dev";
    CHECK(resolved(world) == "DEV");
    CHECK(resolved(world, profile_option("cfg")) == "CFG");
    // AWS_PROFILE leaves the environment's keys in the chain; the explicit profile takes them out.
    world.env["AWS_ACCESS_KEY_ID"] = "ENV";
    world.env["AWS_SECRET_ACCESS_KEY"] = "s";
    CHECK(resolved(world) == "ENV");
    CHECK(resolved(world, profile_option("dev")) == "DEV");
    CHECK(resolved(world, profile_option("nope")) ==
          "error: profile nope: the config profile could not be found in " + config_path + " or " + credentials_path +
              " (profile_not_found)");
    world.env["AWS_PROFILE"] = "missing";
    CHECK(resolved(world).find("profile missing: the config profile could not be found") != std::string::npos);
}

TEST_CASE("file locations: AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE, with ~ and $VAR expanded") {
    fake_host world;
    world.env["AWS_SHARED_CREDENTIALS_FILE"] = "~/elsewhere/creds";
    world.env["AWS_CONFIG_FILE"] = "${HOME}/cfg/$NAME-config";
    world.env["NAME"] = "team";
    world.files["/home/u/elsewhere/creds"] = "[default]\naws_access_key_id = MOVED\naws_secret_access_key = s\n";
    world.files["/home/u/cfg/team-config"] = "[default]\nregion = eu-north-1\n";
    const config::shared_config shared = load(world);
    CHECK(shared.credentials_file == "/home/u/elsewhere/creds");
    CHECK(shared.config_file == "/home/u/cfg/team-config");
    CHECK(resolved(world) == "MOVED");
    CHECK(shared.active()->find("region")->value == "eu-north-1");
}

TEST_CASE("a key without its secret names the file, the line and the profile") {
    fake_host world;
    world.files[credentials_path] = "[default]\n\n# the id alone\naws_access_key_id = AKID\n";
    CHECK(resolved(world) == "error: " + credentials_path +
                                 ":4: profile default: aws_access_key_id without aws_secret_access_key (partial_credentials)");
    world.files.erase(credentials_path);
    world.files[config_path] = "[profile dev]\naws_access_key_id = AKID\n";
    CHECK(resolved(world, profile_option("dev")) ==
          "error: " + config_path + ":2: profile dev: aws_access_key_id without aws_secret_access_key (partial_credentials)");
}

TEST_CASE("a profile without keys, and no files at all: no credentials") {
    fake_host world;
    CHECK(resolved(world) == "error: profile default: unable to locate credentials (tried: env, shared-credentials-file, "
                             "custom-process, config-file) (no_credentials)");
    world.files[credentials_path] = "[default]\nregion = us-east-1\n";
    CHECK(resolved(world).find("(no_credentials)") != std::string::npos);
}

TEST_CASE("credential_process: Version 1 with a session token and an Expiration; its command line split like a shell") {
    fake_host world;
    world.files[config_path] = "[default]\ncredential_process = /opt/get creds --name 'my key' \"a \\\"b\\\"\"\n";
    world.process = [](const auto&) {
        return printed(R"({"Version": 1, "AccessKeyId": "ASIA", "SecretAccessKey": "s", "SessionToken": "tok",
                           "Expiration": "2026-12-06T23:00:00Z"})");
    };
    auto creds = config::resolve_credentials(load(world), world);
    REQUIRE(creds);
    CHECK(creds->access_key_id == "ASIA");
    CHECK(creds->session_token.reveal() == "tok");
    CHECK(creds->expiration == world.clock + std::chrono::hours(1));
    REQUIRE(world.ran.size() == 1);
    CHECK(world.ran[0] == std::vector<std::string>{"/opt/get", "creds", "--name", "my key", "a \"b\""});
}

TEST_CASE("credential_process failures: each a clear error naming the file, line and profile") {
    struct failing {
        config::process_output output;
        std::string message;
        config::errc code;
    };
    const failing cases[] = {
        {printed("", 3, "token service unreachable"), "credential_process: /opt/get exited with status 3: token service unreachable",
         config::errc::process_failed},
        {printed("not json"), "credential_process: its output is not the expected JSON object (syntax)", config::errc::process_output},
        {printed(R"({"Version": 2, "AccessKeyId": "A", "SecretAccessKey": "s"})"),
         "credential_process: unsupported Version 2; supported versions: 1", config::errc::process_output},
        {printed(R"({"AccessKeyId": "A", "SecretAccessKey": "s"})"),
         "credential_process: unsupported Version (none); supported versions: 1", config::errc::process_output},
        {printed(R"({"Version": 1, "AccessKeyId": "A"})"), "credential_process: its output has no SecretAccessKey",
         config::errc::process_output},
        {printed(R"({"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "s", "Expiration": "yesterday"})"),
         "credential_process: its Expiration is not an ISO 8601 time", config::errc::process_output},
        {printed(R"({"Version": 1, "AccessKeyId": "OLD", "SecretAccessKey": "s", "Expiration": "2026-12-06T21:00:00Z"})"),
         "the credentials of access key OLD have expired", config::errc::credentials_expired},
    };
    for (const failing& c : cases) {
        CAPTURE(c.message);
        fake_host world;
        world.files[credentials_path] = "[default]\nregion = us-east-1\n";
        world.files[config_path] = "[default]\n\ncredential_process = /opt/get\n";
        world.process = [&](const auto&) { return c.output; };
        auto creds = config::resolve_credentials(load(world), world);
        REQUIRE_FALSE(creds);
        CHECK(creds.error().code == c.code);
        CHECK(creds.error().describe() == config_path + ":3: profile default: " + c.message + " (" +
                                              config::to_string(c.code) + ')');
    }
    fake_host world;
    world.files[config_path] = "[default]\ncredential_process = /opt/get 'unclosed\n";
    CHECK(resolved(world).find("unbalanced quotes") != std::string::npos);
    world.files[config_path] = "[default]\ncredential_process = /opt/get\n";
    CHECK(resolved(world).find("credential_process: no such program") != std::string::npos);
}

TEST_CASE("no message carries a secret") {
    fake_host world;
    world.files[config_path] = "[default]\ncredential_process = /opt/get\n";
    world.process = [](const auto&) {
        return printed(R"({"Version": 1, "AccessKeyId": "OLD", "SecretAccessKey": "TOPSECRET", "SessionToken": "TOKENSECRET",
                           "Expiration": "2000-01-01T00:00:00Z"})");
    };
    auto creds = config::resolve_credentials(load(world), world);
    REQUIRE_FALSE(creds);
    CHECK(creds.error().describe().find("SECRET") == std::string::npos);
    world.process = [](const auto&) { return printed(R"({"Version": 2, "AccessKeyId": "A", "SecretAccessKey": "TOPSECRET"})"); };
    creds = config::resolve_credentials(load(world), world);
    REQUIRE_FALSE(creds);
    CHECK(creds.error().describe().find("SECRET") == std::string::npos);
}

TEST_CASE("an Expiration past the clock's range (year 2999) is far in the future, not an overflow") {
    fake_host world;
    world.files[config_path] = "[default]\ncredential_process = /opt/get\n";
    world.process = [](const auto&) {
        return printed(R"({"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "s", "Expiration": "2999-01-01T00:00:00Z"})");
    };
    auto creds = config::resolve_credentials(load(world), world);
    REQUIRE(creds);
    CHECK(creds->expiration == std::chrono::system_clock::time_point::max());
}

TEST_CASE("service_setting: a key of the profile's nested section for a service, like signature_version") {
    fake_host world;
    world.files[config_path] = "[default]\nimportexport =\n    signature_version = v2\n  other = x\nregion = us-east-1\n";
    const config::shared_config shared = load(world);
    CHECK(shared.service_setting("importexport", "signature_version") == "v2");
    CHECK(shared.service_setting("importexport", "other") == "x");
    CHECK_FALSE(shared.service_setting("importexport", "missing"));
    CHECK_FALSE(shared.service_setting("dataexchange", "signature_version"));
}

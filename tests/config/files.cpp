// The config and credentials files read with botocore's rules (RawConfigParser, then
// botocore's profile map): comments, continuation lines, odd whitespace, and clear errors.
#include <awsjobs/config/files.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <string>

namespace config = awsjobs::config;

namespace {
const config::profile& profile_of(const config::profile_map& profiles, const std::string& name) {
    const auto found = profiles.find(name);
    REQUIRE_MESSAGE(found != profiles.end(), "no profile " << name);
    return found->second;
}
std::string value_of(const config::profile& p, const std::string& key) {
    const config::setting* found = p.find(key);
    REQUIRE_MESSAGE(found != nullptr, "no key " << key << " in " << p.name);
    return found->value;
}
}  // namespace

TEST_CASE("credentials file: comments, odd whitespace, `:` delimiters, case and CRLF as botocore reads them") {
    const std::string text =
        "# a comment\r\n"
        "; another\r\n"
        "[default]\r\n"
        "\tAWS_Secret_Access_Key   =   secret # not a comment\r\n"
        "aws_access_key_id=AKIDDEFAULT\r\n"
        "   \r\n"
        "[dev]\r\n"
        "aws_access_key_id : AKIDDEV\r\n"
        "aws_secret_access_key=a=b:c\r\n"
        "[profile staging]\r\n"
        "aws_access_key_id = AKIDSTAGING\r\n";
    auto profiles = config::parse_credentials_file(text, "/c");
    REQUIRE(profiles);
    CHECK(profiles->size() == 3);
    CHECK(value_of(profile_of(*profiles, "default"), "aws_access_key_id") == "AKIDDEFAULT");
    // Inline `#` is part of the value: RawConfigParser has no inline comment prefixes.
    CHECK(value_of(profile_of(*profiles, "default"), "aws_secret_access_key") == "secret # not a comment");
    CHECK(profile_of(*profiles, "default").find("aws_secret_access_key")->line == 4);
    CHECK(value_of(profile_of(*profiles, "dev"), "aws_access_key_id") == "AKIDDEV");
    CHECK(value_of(profile_of(*profiles, "dev"), "aws_secret_access_key") == "a=b:c");
    // In the credentials file a section is a profile by its whole name.
    CHECK(value_of(profile_of(*profiles, "profile staging"), "aws_access_key_id") == "AKIDSTAGING");
}

TEST_CASE("continuation lines join with newlines; blank lines inside are kept, trailing ones dropped") {
    const std::string text =
        "[default]\n"
        "key = first\n"
        "  second\n"
        "\n"
        "  third\n"
        "\n"
        "other = x\n";
    auto profiles = config::parse_credentials_file(text, "/c");
    REQUIRE(profiles);
    CHECK(value_of(profile_of(*profiles, "default"), "key") == "first\nsecond\n\nthird");
    CHECK(value_of(profile_of(*profiles, "default"), "other") == "x");
}

TEST_CASE("[DEFAULT] keys are inherited by every section, which may override them") {
    auto profiles = config::parse_credentials_file("[DEFAULT]\nregion = us-east-1\n[a]\n[b]\nregion = eu-west-1\n", "/c");
    REQUIRE(profiles);
    CHECK(profiles->count("DEFAULT") == 0);
    CHECK(value_of(profile_of(*profiles, "a"), "region") == "us-east-1");
    CHECK(value_of(profile_of(*profiles, "b"), "region") == "eu-west-1");
}

TEST_CASE("config file: [default], [profile NAME] with shell quoting, [services NAME]; other sections ignored") {
    const std::string text =
        "[default]\nregion = us-east-1\n"
        "[profile dev]\nregion = eu-west-1\n"
        "[profile   \"my profile\"]\nregion = ap-south-1\n"
        "[plain]\nregion = nowhere\n"
        "[profile a b]\nregion = ignored-three-words\n"
        "[profile \"unclosed]\nregion = ignored-bad-quote\n"
        "[services local]\ndataexchange =\n  endpoint_url = http://localhost:1\n";
    auto files = config::parse_config_file(text, "/cfg");
    REQUIRE(files);
    CHECK(files->profiles.size() == 3);
    CHECK(value_of(profile_of(files->profiles, "default"), "region") == "us-east-1");
    CHECK(value_of(profile_of(files->profiles, "dev"), "region") == "eu-west-1");
    CHECK(value_of(profile_of(files->profiles, "my profile"), "region") == "ap-south-1");
    CHECK(value_of(profile_of(files->services, "local"), "dataexchange") == "\nendpoint_url = http://localhost:1");
}

TEST_CASE("config file: a later [profile default] replaces [default], as in botocore") {
    auto files = config::parse_config_file("[default]\nregion = a-1\n[profile default]\nregion = b-2\n", "/cfg");
    REQUIRE(files);
    CHECK(value_of(profile_of(files->profiles, "default"), "region") == "b-2");
}

TEST_CASE("merging: the credentials file's keys win over the config file's in the same profile") {
    auto files = config::parse_config_file("[profile dev]\nregion = eu-west-1\naws_access_key_id = FROMCONFIG\n", "/cfg");
    auto creds = config::parse_credentials_file("[dev]\naws_access_key_id = FROMCREDS\n[other]\nx = 1\n", "/cred");
    REQUIRE(files);
    REQUIRE(creds);
    config::merge_credentials(*files, *creds);
    const config::profile& dev = profile_of(files->profiles, "dev");
    CHECK(value_of(dev, "aws_access_key_id") == "FROMCREDS");
    CHECK(dev.find("aws_access_key_id")->file == "/cred");
    CHECK(value_of(dev, "region") == "eu-west-1");
    CHECK(files->profiles.count("other") == 1);
}

TEST_CASE("malformed files: each error names the file, the line and why") {
    struct bad_case {
        const char* text;
        config::errc code;
        std::size_t line;
        const char* why;
    };
    const bad_case cases[] = {
        {"key = value\n", config::errc::syntax, 1, "before the first [section]"},
        {"[a]\nx = 1\njust words\n", config::errc::syntax, 3, "neither `key = value` nor a [section]"},
        {"[a]\n = 1\n", config::errc::syntax, 2, "without a key"},
        {"[a]\n[b]\n[a]\n", config::errc::duplicate_section, 3, "[a] appears a second time"},
        {"[a]\nX = 1\nx = 2\n", config::errc::duplicate_key, 3, "first on line 2"},
        {"[a]\ns3 =\n  addressing_style\n", config::errc::syntax, 2, "nested value of s3"},
        {"[a]\nx = \xff\n", config::errc::syntax, 2, "not UTF-8 (byte offset 8)"},
        {"\xEF\xBB\xBF[a]\n", config::errc::syntax, 1, "byte order mark"},
    };
    for (const bad_case& c : cases) {
        CAPTURE(c.text);
        auto parsed = config::parse_credentials_file(c.text, "/home/u/.aws/credentials");
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == c.code);
        CHECK(parsed.error().file == "/home/u/.aws/credentials");
        CHECK(parsed.error().line == c.line);
        CHECK(parsed.error().message.find(c.why) != std::string::npos);
        CHECK(parsed.error().describe().starts_with("/home/u/.aws/credentials:" + std::to_string(c.line) + ": "));
    }
}

TEST_CASE("random text of INI characters: a result or an error on a line of the text, never a crash") {
    const std::string alphabet = "[]=:#; \t\r\nabAB\"'\\\xC3\xA9\xFF";
    std::uint32_t state = 12345;  // a fixed seed: the same inputs on every run
    auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    for (int round = 0; round < 5000; ++round) {
        std::string text;
        const std::uint32_t length = next() % 60;
        for (std::uint32_t i = 0; i < length; ++i) text += alphabet[next() % alphabet.size()];
        CAPTURE(text);
        auto parsed = config::parse_config_file(text, "/random");
        if (parsed) continue;
        std::size_t lines = 1;
        for (const char c : text) lines += (c == '\n' || c == '\r');
        CHECK(parsed.error().line >= 1);
        CHECK(parsed.error().line <= lines);
        CHECK(parsed.error().file == "/random");
    }
}

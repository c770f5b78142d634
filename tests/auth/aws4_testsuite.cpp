// AWS's SigV4 test suite (tests/data/aws4_testsuite, from botocore, Apache-2.0): every case
// signed by auth::sign_v4 and explained by auth::explain_v4 as the suite says, and every
// signed request (.sreq) accepted by auth::verify, then refused once changed.
#include "raw_request.hpp"

#include <awsjobs/auth.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace auth = awsjobs::auth;
using awsjobs_test::parse_raw_request;
using awsjobs_test::read_file;

namespace {

const std::string suite_dir = AWSJOBS_TEST_DATA "/aws4_testsuite";
constexpr std::string_view access_key = "AKIDEXAMPLE";
constexpr std::string_view secret_key = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
// 2015-08-30T12:36:00Z, the suite's signing time.
const auto suite_time = std::chrono::sys_days{std::chrono::year{2015} / 8 / 30} + std::chrono::hours{12} +
                        std::chrono::minutes{36};

struct test_case {
    std::string name;  // relative to the suite, e.g. normalize-path/get-space
    std::string path;  // directory + base name, without extension
};

std::vector<test_case> suite_cases() {
    std::vector<test_case> cases;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(suite_dir)) {
        if (entry.path().extension() != ".req") continue;
        const auto dir = entry.path().parent_path();
        cases.push_back({std::filesystem::relative(dir, suite_dir).generic_string(),
                         (dir / entry.path().stem()).string()});
    }
    std::sort(cases.begin(), cases.end(), [](const test_case& a, const test_case& b) { return a.name < b.name; });
    return cases;
}

std::string strip_cr(std::string text) {
    text.erase(std::remove(text.begin(), text.end(), '\r'), text.end());
    return text;
}

// The suite signs with a session token in two cases: the token the .sreq sends, signed.
std::string signing_token(const test_case& c) {
    if (c.name == "get-vanilla-with-session-token" || c.name == "post-sts-token/post-sts-header-before")
        return std::string(parse_raw_request(read_file(c.path + ".sreq")).headers.value_or_empty("X-Amz-Security-Token"));
    return {};
}

auth::credentials suite_credentials(std::string token) {
    return {std::string(access_key), auth::secret_string{std::string(secret_key)}, auth::secret_string{std::move(token)},
            std::nullopt};
}

}  // namespace

TEST_CASE("aws4_testsuite: every case is found") {
    // 24 cases at the top, 8 in normalize-path, 2 in post-sts-token: a lost case fails here.
    CHECK(suite_cases().size() == 34);
}

TEST_CASE("aws4_testsuite: sign_v4 makes the suite's canonical request, string to sign and Authorization") {
    for (const test_case& c : suite_cases()) {
        CAPTURE(c.name);
        awsjobs::http::request request = parse_raw_request(read_file(c.path + ".req"));
        REQUIRE(auth::sign_v4(request, suite_credentials(signing_token(c)),
                              {.region = "us-east-1", .service = "service", .time = suite_time}));
        CHECK(request.headers.value_or_empty("Authorization") == strip_cr(read_file(c.path + ".authz")));
        const auto strings = auth::explain_v4(request);
        REQUIRE(strings);
        CHECK(strings->canonical_request == strip_cr(read_file(c.path + ".creq")));
        CHECK(strings->string_to_sign == strip_cr(read_file(c.path + ".sts")));
    }
}

namespace {

// The suite's get-vanilla-with-session-token.sreq carries get-vanilla's signature (5fa00f...),
// not the one its .authz and .sts make (07ec16...): an erratum of the suite, so this request
// must be refused, and the test checks that it is.
bool sreq_erratum(const test_case& c) { return c.name == "get-vanilla-with-session-token"; }

void check_accepted_then_refused_changed(const awsjobs::http::request& signed_request) {
    // The key's session token is the one the request carries (signed or, in
    // post-sts-header-after, added after signing).
    const std::string token(signed_request.headers.value_or_empty("X-Amz-Security-Token"));
    const auth::key_lookup lookup = [&](std::string_view id) -> std::optional<auth::credentials> {
        if (id != access_key) return std::nullopt;
        return suite_credentials(token);
    };
    const auth::verify_options at_suite_time{.required_region = "us-east-1", .now = suite_time};
    const auto accepted = auth::verify(signed_request, lookup, at_suite_time);
    REQUIRE_MESSAGE(accepted, accepted.error().describe());
    CHECK(accepted->access_key_id == access_key);
    CHECK(accepted->signature_version == 4);
    CHECK(accepted->region == "us-east-1");
    CHECK(accepted->service == "service");
    CHECK(accepted->time == suite_time);

    // A byte more in the body: the payload hash changes.
    awsjobs::http::request changed = signed_request;
    changed.body += 'x';
    const auto refused = auth::verify(changed, lookup, at_suite_time);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == auth::errc::signature_does_not_match);
    CHECK(refused.error().message.find("The Canonical String for this request should have been\n'") != std::string::npos);
    CHECK(refused.error().message.find(secret_key) == std::string::npos);
    if (token.empty()) {
        CHECK(refused.error().canonical_request == auth::explain_v4(changed)->canonical_request);
    } else {
        // The session token is a secret too: its value is <redacted> in the failure.
        CHECK(refused.error().message.find(token) == std::string::npos);
        CHECK(refused.error().canonical_request.find(token) == std::string::npos);
    }
}

}  // namespace

TEST_CASE("aws4_testsuite: verify accepts each of the suite's signed requests, and refuses it changed") {
    for (const test_case& c : suite_cases()) {
        CAPTURE(c.name);
        const awsjobs::http::request signed_request = parse_raw_request(read_file(c.path + ".sreq"));
        if (sreq_erratum(c)) {
            const std::string token(signed_request.headers.value_or_empty("X-Amz-Security-Token"));
            const auto refused = auth::verify(
                signed_request, [&](std::string_view) -> std::optional<auth::credentials> { return suite_credentials(token); },
                {.now = suite_time});
            REQUIRE_FALSE(refused);
            CHECK(refused.error().code == auth::errc::signature_does_not_match);
            continue;
        }
        check_accepted_then_refused_changed(signed_request);
    }
}

TEST_CASE("aws4_testsuite: verify accepts each request sign_v4 signed") {
    for (const test_case& c : suite_cases()) {
        CAPTURE(c.name);
        awsjobs::http::request request = parse_raw_request(read_file(c.path + ".req"));
        REQUIRE(auth::sign_v4(request, suite_credentials(signing_token(c)),
                              {.region = "us-east-1", .service = "service", .time = suite_time}));
        check_accepted_then_refused_changed(request);
    }
}

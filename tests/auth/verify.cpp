// auth::verify's failures, each as AWS gives it, and what it does not check.
#include <awsjobs/auth.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <optional>
#include <string>

namespace auth = awsjobs::auth;
using namespace std::chrono_literals;

namespace {

const auto signing_time = std::chrono::sys_days{std::chrono::year{2015} / 8 / 30} + 12h + 36min;
const std::string secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const std::string token = "session/token+value";

auth::credentials key(std::string session_token = {}) {
    return {"AKIDEXAMPLE", auth::secret_string{secret}, auth::secret_string{std::move(session_token)}, std::nullopt};
}

awsjobs::http::request job_request() {
    awsjobs::http::request request;
    request.method = "GET";
    request.target = "/v1/jobs/a%2Fb%20c";
    request.headers.add("Host", "dataexchange.us-east-1.amazonaws.com");
    request.headers.add("Content-Type", "application/json");
    return request;
}

awsjobs::http::request signed_request(const auth::credentials& creds = key(), std::string_view region = "us-east-1") {
    auto request = job_request();
    REQUIRE(auth::sign_v4(request, creds, {.region = region, .service = "dataexchange", .time = signing_time}));
    return request;
}

auth::key_lookup knows(auth::credentials creds) {
    return [creds = std::move(creds)](std::string_view id) -> std::optional<auth::credentials> {
        if (id != creds.access_key_id) return std::nullopt;
        return creds;
    };
}

const auth::verify_options at_signing_time{.now = signing_time};

auth::error refusal(const awsjobs::http::request& request, const auth::key_lookup& lookup = knows(key()),
                    const auth::verify_options& options = at_signing_time) {
    auto checked = auth::verify(request, lookup, options);
    REQUIRE_FALSE(checked);
    return checked.error();
}

std::string replaced(std::string text, std::string_view from, std::string_view to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("a signed request is accepted; the path's %2F and %20 are encoded again in the canonical request") {
    const auto request = signed_request();
    const auto checked = auth::verify(request, knows(key()), at_signing_time);
    REQUIRE_MESSAGE(checked, checked.error().describe());
    CHECK(checked->service == "dataexchange");
    CHECK(auth::explain_v4(request)->canonical_request.starts_with("GET\n/v1/jobs/a%252Fb%2520c\n\n"));
}

TEST_CASE("unsigned: missing_authentication_token") {
    const auto e = refusal(job_request());
    CHECK(e.code == auth::errc::missing_authentication_token);
    CHECK(e.message == "Request is missing Authentication Token");
}

TEST_CASE("a malformed Authorization header: incomplete_signature, saying what is missing") {
    auto request = signed_request();
    const std::string good(request.headers.value_or_empty("Authorization"));
    struct bad_case {
        std::string header;
        std::string message;
    };
    const bad_case cases[] = {
        {"AWS4-HMAC-SHA1 Credential=x", "Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA1'"},
        {"AWS4-HMAC-SHA256", "Authorization header requires 'Credential' parameter. Authorization header requires "
                             "'Signature' parameter. Authorization header requires 'SignedHeaders' parameter."},
        {replaced(good, "Credential=", "Credentials="), "Authorization header requires 'Credential' parameter."},
        {good + ", Signature=" + std::string(64, 'a'), "Authorization header has a parameter more than once."},
        {replaced(good, "/us-east-1/", "/"), "Credential must have exactly 5 slash-delimited elements"},
        {replaced(good, "aws4_request", "aws5_request"),
         "Credential should be scoped with a valid terminator: 'aws4_request', not 'aws5_request'."},
        {good.substr(0, good.size() - 1), "The Signature is not 64 lower-case hexadecimal digits."},
        {replaced(good, "SignedHeaders=content-type;host;x-amz-date", "SignedHeaders=content-type;x-amz-date"),
         "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization."},
        {replaced(good, "SignedHeaders=content-type;host;x-amz-date", "SignedHeaders=host;content-type;x-amz-date"),
         "SignedHeaders must list distinct lower-case header names in sorted order"},
        {replaced(good, "SignedHeaders=content-type;host;x-amz-date", "SignedHeaders=Content-Type;host;x-amz-date"),
         "SignedHeaders must list distinct lower-case header names in sorted order"},
        {good + std::string(17 * 1024, ' '), "The Authorization header is 17"},
    };
    for (const bad_case& c : cases) {
        CAPTURE(c.header.substr(0, 200));
        request.headers.set("Authorization", c.header);
        const auto e = refusal(request);
        CHECK(e.code == auth::errc::incomplete_signature);
        CHECK_MESSAGE(e.message.starts_with(c.message), e.message);
    }
}

TEST_CASE("no X-Amz-Date, or not in ISO 8601 basic format: incomplete_signature") {
    auto request = signed_request();
    request.headers.set("X-Amz-Date", "2015-08-30T12:36:00Z");
    CHECK(refusal(request).message ==
          "Date must be in ISO-8601 'basic format'. Got '2015-08-30T12:36:00Z'. See http://en.wikipedia.org/wiki/ISO_8601");
    request.headers.set("X-Amz-Date", "20150230T123600Z");  // 30 February
    CHECK(refusal(request).code == auth::errc::incomplete_signature);
    // Past what a time point holds (year 2262 in nanoseconds): refused, not overflowed (fuzzing found it).
    request.headers.set("X-Amz-Date", "28160830T123600Z");
    CHECK(refusal(request).code == auth::errc::incomplete_signature);
    request.headers.erase("X-Amz-Date");
    CHECK(refusal(request).message ==
          "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
}

TEST_CASE("an unknown access key id: invalid_client_token_id") {
    auto other = key();
    other.access_key_id = "AKIDOTHER";
    const auto e = refusal(signed_request(), knows(std::move(other)));
    CHECK(e.code == auth::errc::invalid_client_token_id);
    CHECK(e.message == "The security token included in the request is invalid.");
}

TEST_CASE("session tokens: the key's token must come with the request, and no other") {
    CHECK(auth::verify(signed_request(key(token)), knows(key(token)), at_signing_time));
    // Temporary credentials, but the request has no token (signed by the long-term key).
    CHECK(refusal(signed_request(), knows(key(token))).code == auth::errc::invalid_client_token_id);
    // A long-term key, but the request carries a token.
    CHECK(refusal(signed_request(key(token)), knows(key())).code == auth::errc::invalid_client_token_id);
    // Another token.
    CHECK(refusal(signed_request(key(token)), knows(key(token + "x"))).code == auth::errc::invalid_client_token_id);
}

TEST_CASE("outside the window: signature_expired, in AWS's words; the window is an option") {
    const auto request = signed_request();
    auto e = refusal(request, knows(key()), {.now = signing_time + 5min + 1s});
    CHECK(e.code == auth::errc::signature_expired);
    CHECK(e.message == "Signature expired: 20150830T123600Z is now earlier than 20150830T123601Z "
                       "(20150830T124101Z - 5 min.)");
    e = refusal(request, knows(key()), {.now = signing_time - 6min});
    CHECK(e.code == auth::errc::signature_expired);
    CHECK(e.message == "Signature not yet current: 20150830T123600Z is still later than 20150830T123500Z "
                       "(20150830T123000Z + 5 min.)");
    CHECK(auth::verify(request, knows(key()), {.now = signing_time + 5min}));
    CHECK(auth::verify(request, knows(key()), {.window = 15min, .now = signing_time + 14min}));
    CHECK(refusal(request, knows(key()), {.window = 15min, .now = signing_time + 16min}).message.ends_with("- 15 min.)"));
}

TEST_CASE("a credential scope for another region, service or day: signature_does_not_match") {
    CHECK(auth::verify(signed_request(key(), "eu-west-1"), knows(key()), at_signing_time));
    auto e = refusal(signed_request(key(), "eu-west-1"), knows(key()), {.required_region = "us-east-1", .now = signing_time});
    CHECK(e.code == auth::errc::signature_does_not_match);
    CHECK(e.message == "Credential should be scoped to a valid region, not 'eu-west-1'. ");
    e = refusal(signed_request(), knows(key()), {.required_service = "ses", .now = signing_time});
    CHECK(e.code == auth::errc::signature_does_not_match);
    CHECK(e.message == "Credential should be scoped to correct service: 'ses'. ");
    auto request = signed_request();
    request.headers.set("Authorization",
                        replaced(std::string(request.headers.value_or_empty("Authorization")), "/20150830/", "/20150831/"));
    e = refusal(request);
    CHECK(e.code == auth::errc::signature_does_not_match);
    CHECK(e.message == "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: "
                       "'20150831' != '20150830', from '20150830T123600Z'.");
}

TEST_CASE("only the signed headers count: one added after signing is fine, a signed one changed is not") {
    auto request = signed_request();
    request.headers.add("User-Agent", "aws-cli/2.9.19");
    request.headers.add("Content-Length", "0");
    CHECK(auth::verify(request, knows(key()), at_signing_time));
    request.headers.set("Content-Type", "application/json; charset=utf-8");
    const auto e = refusal(request);
    CHECK(e.code == auth::errc::signature_does_not_match);
    CHECK(e.canonical_request.find("content-type:application/json; charset=utf-8\n") != std::string::npos);
}

TEST_CASE("a wrong secret: signature_does_not_match with AWS's text; no secret, no expected signature in it") {
    auth::credentials wrong{"AKIDEXAMPLE", auth::secret_string{std::string("not-the-secret")}, {}, std::nullopt};
    const auto request = signed_request(wrong);
    const auto e = refusal(request);
    CHECK(e.code == auth::errc::signature_does_not_match);
    const auto strings = auth::explain_v4(request);
    REQUIRE(strings);
    CHECK(e.canonical_request == strings->canonical_request);
    CHECK(e.string_to_sign == strings->string_to_sign);
    CHECK(e.message == "The request signature we calculated does not match the signature you provided. Check your "
                       "AWS Secret Access Key and signing method. Consult the service documentation for details.\n\n"
                       "The Canonical String for this request should have been\n'" +
                           strings->canonical_request + "'\n\nThe String-to-Sign should have been\n'" +
                           strings->string_to_sign + "'\n");
    // The signature the verifier expected is the right key's; it must not leak.
    const std::string right = std::string(signed_request().headers.value_or_empty("Authorization"));
    const std::string right_signature = right.substr(right.rfind('=') + 1);
    for (const std::string& text : {e.message, e.canonical_request, e.string_to_sign, e.describe()}) {
        CHECK(text.find(right_signature) == std::string::npos);
        CHECK(text.find(secret) == std::string::npos);
    }
}

TEST_CASE("a session token in a failure is <redacted>: the canonical request and SigV2 string to sign keep it out") {
    auto request = signed_request(key(token));
    request.body = "changed";
    const auto e = refusal(request, knows(key(token)));
    CHECK(e.code == auth::errc::signature_does_not_match);
    CHECK(e.canonical_request.find("\nx-amz-security-token:<redacted>\n") != std::string::npos);
    for (const std::string& text : {e.message, e.canonical_request, e.string_to_sign})
        CHECK(text.find(token) == std::string::npos);
    // The string to sign still hashes the real canonical request: the client's own matches it.
    CHECK(e.string_to_sign == auth::explain_v4(request)->string_to_sign);

    awsjobs::http::request form;
    form.method = "POST";
    form.headers.add("Host", "importexport.amazonaws.com");
    form.body = "Action=GetStatus&JobId=x";
    REQUIRE(auth::sign_v2(form, key(token), {.time = signing_time}));
    form.body = replaced(form.body, "JobId=x", "JobId=y");
    const auto v2 = refusal(form, knows(key(token)));
    CHECK(v2.code == auth::errc::signature_does_not_match);
    CHECK(v2.string_to_sign.find("&SecurityToken=<redacted>&") != std::string::npos);
    CHECK(v2.string_to_sign.find("session") == std::string::npos);
}

TEST_CASE("SigV2: a signed form is accepted; changed, expired, incomplete or unsupported it is refused") {
    awsjobs::http::request request;
    request.method = "POST";
    request.target = "/";
    request.headers.add("Host", "importexport.amazonaws.com");
    request.headers.add("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
    request.body = "Action=GetStatus&Version=2010-06-01&JobId=a%2Fb+c";
    auto signed_v2 = request;
    REQUIRE(auth::sign_v2(signed_v2, key(token), {.time = signing_time}));
    CHECK(signed_v2.body.starts_with("Action=GetStatus&Version=2010-06-01&JobId=a%2Fb+c&AWSAccessKeyId=AKIDEXAMPLE&"
                                     "SignatureVersion=2&SignatureMethod=HmacSHA256&Timestamp=2015-08-30T12%3A36%3A00Z&"
                                     "SecurityToken=session%2Ftoken%2Bvalue&Signature="));
    const auto checked = auth::verify(signed_v2, knows(key(token)), at_signing_time);
    REQUIRE_MESSAGE(checked, checked.error().describe());
    CHECK(checked->signature_version == 2);
    CHECK(checked->time == signing_time);

    CHECK_FALSE(auth::verify(signed_v2, knows(key(token)), {.now = signing_time, .accept_sigv2 = false}));
    auto changed = signed_v2;
    changed.body = replaced(changed.body, "JobId=a%2Fb+c", "JobId=a%2Fb+d");
    auto e = refusal(changed, knows(key(token)));
    CHECK(e.code == auth::errc::signature_does_not_match);
    CHECK(e.string_to_sign.starts_with("POST\nimportexport.amazonaws.com\n/\nAWSAccessKeyId=AKIDEXAMPLE&Action=GetStatus&"));
    e = refusal(signed_v2, knows(key(token)), {.now = signing_time + 1h});
    CHECK(e.code == auth::errc::signature_expired);
    CHECK(e.message == "Signature expired: 2015-08-30T12:36:00Z is now earlier than 2015-08-30T13:31:00Z "
                       "(2015-08-30T13:36:00Z - 5 min.)");
    CHECK(refusal(signed_v2, knows(key())).code == auth::errc::invalid_client_token_id);
    changed = signed_v2;
    changed.body = replaced(changed.body, "SignatureVersion=2", "SignatureVersion=1");
    CHECK(refusal(changed, knows(key(token))).message.starts_with("Unsupported SignatureVersion: '1'"));
    changed = signed_v2;
    changed.body = replaced(changed.body, "&SignatureMethod=HmacSHA256", "");
    e = refusal(changed, knows(key(token)));
    CHECK(e.code == auth::errc::incomplete_signature);
    CHECK(e.message == "The request must contain the parameter SignatureMethod.");
    changed.body += "&Signature=x";
    CHECK(refusal(changed, knows(key(token))).message.find("The parameter Signature is given more than once.") !=
          std::string::npos);
}

TEST_CASE("signing without a Host header, region or key: unsignable_request, not a bad signature") {
    auto request = job_request();
    request.headers.erase("Host");
    auto signed_v4 = auth::sign_v4(request, key(), {.region = "us-east-1", .service = "dataexchange"});
    REQUIRE_FALSE(signed_v4);
    CHECK(signed_v4.error().code == auth::errc::unsignable_request);
    request = job_request();
    CHECK(auth::sign_v4(request, key(), {.service = "dataexchange"}).error().code == auth::errc::unsignable_request);
    CHECK(auth::sign_v2(request, auth::credentials{}).error().code == auth::errc::unsignable_request);
    CHECK_FALSE(request.headers.contains("Authorization"));
}

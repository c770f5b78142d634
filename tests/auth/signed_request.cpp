// protocol::make_signed_request: each operation signed with its model's signing data.
#include <awsjobs/auth.hpp>
#include <awsjobs/dataexchange.hpp>
#include <awsjobs/importexport.hpp>
#include <awsjobs/protocol/signed_request.hpp>
#include <awsjobs/sesv2.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <optional>
#include <string>

namespace auth = awsjobs::auth;
namespace protocol = awsjobs::protocol;
namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;
namespace ie = awsjobs::importexport;
using namespace std::chrono_literals;

namespace {

const auto signing_time = std::chrono::sys_days{std::chrono::year{2015} / 8 / 30} + 12h + 36min;

auth::credentials key() {
    return {"AKIDEXAMPLE", auth::secret_string{std::string("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")}, {}, std::nullopt};
}

auth::key_lookup knows_key() {
    return [](std::string_view id) -> std::optional<auth::credentials> {
        if (id != "AKIDEXAMPLE") return std::nullopt;
        return key();
    };
}

std::string scope_of(const awsjobs::http::request& request) {
    const auto strings = auth::explain_v4(request);
    REQUIRE(strings);
    return strings->credential_scope;
}

}  // namespace

static_assert(dx::GetJob::signing.signing_name == "dataexchange");
static_assert(ses::GetImportJob::signing.signing_name == "ses");
static_assert(ses::GetImportJob::signing.endpoint_prefix == "email");
static_assert(ie::GetStatus::signing.global_hostname == "importexport.amazonaws.com");
static_assert(ie::GetStatus::signing.sigv2 && !dx::GetJob::signing.sigv2);

TEST_CASE("each operation is signed with its signing name, on its default host") {
    dx::GetJobRequest job;
    job.JobId = "a/b c";
    auto request = protocol::make_signed_request<dx::GetJob>(job, key(), {.region = "eu-west-1", .time = signing_time});
    REQUIRE(request);
    CHECK(request->target == "/v1/jobs/a%2Fb%20c");
    CHECK(request->headers.value_or_empty("Host") == "dataexchange.eu-west-1.amazonaws.com");
    CHECK(scope_of(*request) == "20150830/eu-west-1/dataexchange/aws4_request");
    CHECK(auth::verify(*request, knows_key(), {.required_region = "eu-west-1", .required_service = "dataexchange",
                                               .now = signing_time}));

    ses::GetImportJobRequest import;
    import.JobId = "755bc2ca";
    request = protocol::make_signed_request<ses::GetImportJob>(import, key(), {.region = "us-west-2", .time = signing_time});
    REQUIRE(request);
    CHECK(request->headers.value_or_empty("Host") == "email.us-west-2.amazonaws.com");
    CHECK(scope_of(*request) == "20150830/us-west-2/ses/aws4_request");
}

TEST_CASE("Import/Export: SigV4 scoped us-east-1/IngestionService, the client's region with an endpoint URL; SigV2 on request") {
    ie::GetStatusInput status;
    status.JobId = "EX1ID";
    auto request = protocol::make_signed_request<ie::GetStatus>(status, key(), {.region = "eu-west-1", .time = signing_time});
    REQUIRE(request);
    CHECK(request->headers.value_or_empty("Host") == "importexport.amazonaws.com");
    CHECK(scope_of(*request) == "20150830/us-east-1/IngestionService/aws4_request");

    request = protocol::make_signed_request<ie::GetStatus>(
        status, key(), {.region = "eu-west-1", .host = "localhost:8443", .custom_endpoint = true, .time = signing_time});
    REQUIRE(request);
    CHECK(request->headers.value_or_empty("Host") == "localhost:8443");
    CHECK(scope_of(*request) == "20150830/eu-west-1/IngestionService/aws4_request");

    request = protocol::make_signed_request<ie::GetStatus>(status, key(), {.sigv2 = true, .time = signing_time});
    REQUIRE(request);
    CHECK_FALSE(request->headers.contains("Authorization"));
    CHECK(request->body.find("&SignatureVersion=2&") != std::string::npos);
    const auto checked = auth::verify(*request, knows_key(), {.now = signing_time});
    REQUIRE(checked);
    CHECK(checked->signature_version == 2);
}

TEST_CASE("make_signed_request refuses what it cannot sign, saying why") {
    dx::GetJobRequest job;
    job.JobId = "a";
    auto request = protocol::make_signed_request<dx::GetJob>(job, key(), {.region = "us-east-1", .sigv2 = true});
    REQUIRE_FALSE(request);
    CHECK(request.error().code == auth::errc::unsignable_request);
    CHECK(request.error().message == "GetJob: its service does not accept SigV2");
    request = protocol::make_signed_request<dx::GetJob>(job, key(), {});
    REQUIRE_FALSE(request);
    CHECK(request.error().message.starts_with("GetJob: no region to sign for"));
    request = protocol::make_signed_request<dx::GetJob>(dx::GetJobRequest{}, key(), {.region = "us-east-1"});
    REQUIRE_FALSE(request);
    CHECK(request.error().message.starts_with("the request could not be built: invalid_label"));
}

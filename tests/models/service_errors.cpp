// Typed service errors read from REST-JSON error responses.
#include "support.hpp"

using namespace model_tests;
namespace json = awsjobs::json;
namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;

TEST_CASE("the code comes from the x-amzn-ErrorType header first, stripped of its suffix") {
    const auto e = awsjobs::read_service_error<dx::GetJobError>(
        404, "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.dataexchange/",
        R"({"__type":"ThrottlingException","Message":"Job 42 not found","ResourceId":"42","ResourceType":"JOB"})");
    REQUIRE(e);
    CHECK(e->http_status == 404);
    CHECK(e->code == dx::GetJobErrorCode::ResourceNotFoundException);
    CHECK(e->message == "Job 42 not found");
    const auto& details = std::get<dx::ResourceNotFoundException>(e->details);
    CHECK(details.Message == "Job 42 not found");
    CHECK(details.ResourceId == "42");
    CHECK(details.ResourceType == dx::ResourceType::JOB);
}

TEST_CASE("then from the body's __type, stripped of its namespace") {
    const auto e = awsjobs::read_service_error<dx::GetJobError>(
        400, "", R"({"__type":"com.amazonaws.dataexchange#ValidationException","Message":"bad","ExceptionCause":"S3AccessDenied"})");
    REQUIRE(e);
    CHECK(e->code == dx::GetJobErrorCode::ValidationException);
    CHECK(std::get<dx::ValidationException>(e->details).ExceptionCause == dx::ExceptionCause::S3AccessDenied);
}

TEST_CASE("then from the body's code; message may be lowercase") {
    const auto e = awsjobs::read_service_error<ses::GetImportJobError>(
        429, "", R"({"code":"TooManyRequestsException","message":"Rate exceeded"})");
    REQUIRE(e);
    CHECK(e->code == ses::GetImportJobErrorCode::TooManyRequestsException);
    CHECK(e->message == "Rate exceeded");
    CHECK(std::holds_alternative<ses::TooManyRequestsException>(e->details));
}

TEST_CASE("every listed code selects its exception shape") {
    const char* const dx_codes[] = {"ResourceNotFoundException", "ThrottlingException", "ValidationException",
                                    "InternalServerException"};
    for (std::size_t i = 0; i != std::size(dx_codes); ++i) {
        const auto e = awsjobs::read_service_error<dx::GetJobError>(400, dx_codes[i], R"({"Message":"m"})");
        REQUIRE(e);
        CHECK(e->code.wire_name() == dx_codes[i]);
        CHECK(e->details.index() == i + 1);
    }
    const char* const ses_codes[] = {"BadRequestException", "NotFoundException", "TooManyRequestsException"};
    for (std::size_t i = 0; i != std::size(ses_codes); ++i) {
        const auto e = awsjobs::read_service_error<ses::GetImportJobError>(400, "", std::string(R"({"__type":")") +
                                                                                          ses_codes[i] + R"(","message":"m"})");
        REQUIRE(e);
        CHECK(e->code.wire_name() == ses_codes[i]);
        CHECK(e->details.index() == i + 1);
    }
}

TEST_CASE("an unknown code is kept as an unknown error with its raw code and message") {
    const std::string body = R"({"__type":"aws.protocols#AccessDeniedException:extra","message":"no"})";
    const auto e = awsjobs::read_service_error<ses::GetImportJobError>(403, "  ", body);
    REQUIRE(e);
    CHECK_FALSE(e->code.is_known());
    CHECK(e->code.wire_name() == "AccessDeniedException");
    CHECK(e->message == "no");
    CHECK(std::get<awsjobs::unknown_error>(e->details).body == body);
}

TEST_CASE("an empty body: the header alone names the error") {
    const auto e = awsjobs::read_service_error<dx::GetJobError>(500, "InternalServerException", "");
    REQUIRE(e);
    CHECK(e->code == dx::GetJobErrorCode::InternalServerException);
    CHECK(e->message.empty());
    CHECK(std::holds_alternative<dx::InternalServerException>(e->details));
    const auto nothing = awsjobs::read_service_error<dx::GetJobError>(502, "", " \n");
    REQUIRE(nothing);
    CHECK(nothing->code.wire_name().empty());
    CHECK(std::holds_alternative<awsjobs::unknown_error>(nothing->details));
}

TEST_CASE("a body that is not JSON, or does not fit the exception shape, is an error") {
    const auto html = awsjobs::read_service_error<dx::GetJobError>(502, "", "<html>Bad Gateway</html>");
    REQUIRE_FALSE(html);
    CHECK(html.error().code == json::errc::syntax);
    CHECK(html.error().offset == 0);
    const auto wrong = awsjobs::read_service_error<dx::GetJobError>(404, "ResourceNotFoundException", R"({"ResourceId":5})");
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == json::errc::type_mismatch);
    CHECK(wrong.error().path == "$.ResourceId");
}

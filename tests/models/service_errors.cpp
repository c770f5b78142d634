// Typed service errors read from REST-JSON error responses.
#include "support.hpp"

using namespace model_tests;
namespace json = awsjobs::json;
namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;

TEST_CASE("the code comes from the x-amzn-ErrorType header first, stripped of its suffix") {
    const auto e = awsjobs::protocol::read_service_error<dx::GetJobError>(
        404, "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.dataexchange/",
        R"({"__type":"ThrottlingException","code":"ValidationException","Message":"Job 42 not found","ResourceId":"42","ResourceType":"JOB"})");
    REQUIRE(e.http_status == 404);
    CHECK(e.code == dx::GetJobErrorCode::ResourceNotFoundException);
    CHECK(e.message == "Job 42 not found");
    const auto& details = std::get<dx::ResourceNotFoundException>(e.details);
    CHECK(details.Message == "Job 42 not found");
    CHECK(details.ResourceId == "42");
    CHECK(details.ResourceType == dx::ResourceType::JOB);
    CHECK_FALSE(e.body_error);
    // A namespace prefix goes too.
    CHECK(awsjobs::protocol::read_service_error<dx::GetJobError>(400, "aws.dataexchange#ValidationException", "").code ==
          dx::GetJobErrorCode::ValidationException);
}

TEST_CASE("then from the body's code, then Code, then __type, as botocore and the SDKs") {
    const auto code = awsjobs::protocol::read_service_error<dx::GetJobError>(
        429, "", R"({"code":"ThrottlingException","__type":"ValidationException","Message":"slow down"})");
    REQUIRE(code.code == dx::GetJobErrorCode::ThrottlingException);
    CHECK(std::get<dx::ThrottlingException>(code.details).Message == "slow down");

    const auto capital = awsjobs::protocol::read_service_error<dx::GetJobError>(
        429, "", R"({"Code":"ThrottlingException","__type":"ValidationException","Message":"slow down"})");
    CHECK(capital.code == dx::GetJobErrorCode::ThrottlingException);

    const auto type = awsjobs::protocol::read_service_error<dx::GetJobError>(
        400, "", R"({"__type":"com.amazonaws.dataexchange#ValidationException","Message":"bad","ExceptionCause":"S3AccessDenied"})");
    REQUIRE(type.code == dx::GetJobErrorCode::ValidationException);
    CHECK(std::get<dx::ValidationException>(type.details).ExceptionCause == dx::ExceptionCause::S3AccessDenied);

    // A blank header, or a body code that is not a string or is blank, names nothing: the next source does.
    const auto next = awsjobs::protocol::read_service_error<dx::GetJobError>(
        400, " ", R"({"code":5,"Code":"","__type":"ValidationException","Message":"m"})");
    CHECK(next.code == dx::GetJobErrorCode::ValidationException);
}

TEST_CASE("the message is message, else Message; lowercase wins") {
    const auto lower = awsjobs::protocol::read_service_error<ses::GetImportJobError>(
        429, "", R"({"code":"TooManyRequestsException","message":"Rate exceeded","Message":"other"})");
    REQUIRE(lower.code == ses::GetImportJobErrorCode::TooManyRequestsException);
    CHECK(lower.message == "Rate exceeded");
    CHECK(std::holds_alternative<ses::TooManyRequestsException>(lower.details));
    const auto upper = awsjobs::protocol::read_service_error<ses::GetImportJobError>(404, "NotFoundException", R"({"Message":"gone"})");
    CHECK(upper.message == "gone");
    // A message that is not a string is no message.
    const auto number = awsjobs::protocol::read_service_error<ses::GetImportJobError>(404, "NotFoundException", R"({"message":7,"Message":"gone"})");
    CHECK(number.message == "gone");
}

TEST_CASE("every listed code selects its exception shape") {
    const char* const dx_codes[] = {"ResourceNotFoundException", "ThrottlingException", "ValidationException",
                                    "InternalServerException"};
    for (std::size_t i = 0; i != std::size(dx_codes); ++i) {
        const auto e = awsjobs::protocol::read_service_error<dx::GetJobError>(400, dx_codes[i], R"({"Message":"m"})");
        REQUIRE(e.code.wire_name() == dx_codes[i]);
        CHECK(e.details.index() == i + 1);
    }
    const char* const ses_codes[] = {"BadRequestException", "NotFoundException", "TooManyRequestsException"};
    for (std::size_t i = 0; i != std::size(ses_codes); ++i) {
        const auto e = awsjobs::protocol::read_service_error<ses::GetImportJobError>(400, "", std::string(R"({"__type":")") +
                                                                                          ses_codes[i] + R"(","message":"m"})");
        REQUIRE(e.code.wire_name() == ses_codes[i]);
        CHECK(e.details.index() == i + 1);
    }
}

TEST_CASE("an unknown code is kept as an unknown error with its raw code and message") {
    const std::string body = R"({"__type":"aws.protocols#AccessDeniedException:extra","message":"no"})";
    const auto e = awsjobs::protocol::read_service_error<ses::GetImportJobError>(403, "  ", body);
    REQUIRE_FALSE(e.code.is_known());
    CHECK(e.code.wire_name() == "AccessDeniedException");
    CHECK(e.message == "no");
    CHECK(std::get<awsjobs::unknown_error>(e.details).body == body);
}

TEST_CASE("an empty body: the header alone names the error") {
    const auto e = awsjobs::protocol::read_service_error<dx::GetJobError>(400, "ValidationException", "");
    REQUIRE(e.code == dx::GetJobErrorCode::ValidationException);
    CHECK(e.message.empty());
    CHECK(std::holds_alternative<dx::ValidationException>(e.details));
    CHECK_FALSE(e.body_error);
}

TEST_CASE("when nothing names the error, the HTTP status does, as text") {
    const auto bare = awsjobs::protocol::read_service_error<dx::GetJobError>(404, "", "");
    REQUIRE(bare.http_status == 404);
    CHECK(bare.code.wire_name() == "404");
    CHECK_FALSE(bare.code.is_known());
    CHECK(bare.message.empty());
    CHECK(std::get<awsjobs::unknown_error>(bare.details).body.empty());
    const auto object = awsjobs::protocol::read_service_error<dx::GetJobError>(403, "", R"({"message":"no"})");
    CHECK(object.code.wire_name() == "403");
    CHECK(object.message == "no");
}

TEST_CASE("a generic server error (5xx, blank or <html> body) has the reason phrase as its message") {
    const auto blank = awsjobs::protocol::read_service_error<dx::GetJobError>(503, "", " \n");
    REQUIRE(blank.code.wire_name() == "503");
    CHECK(blank.message == "Service Unavailable");
    // The header's code is kept (botocore drops it here).
    const std::string html = "\n<html><body><h1>502 Bad Gateway</h1></body></html>";
    const auto gateway = awsjobs::protocol::read_service_error<dx::GetJobError>(502, "InternalServerException", html);
    REQUIRE(gateway.code == dx::GetJobErrorCode::InternalServerException);
    CHECK(gateway.message == "Bad Gateway");
    CHECK(std::get<awsjobs::unknown_error>(gateway.details).body == html);
    REQUIRE(gateway.body_error);
    CHECK(gateway.body_error->code == awsjobs::errc::syntax);
    CHECK(awsjobs::protocol::read_service_error<dx::GetJobError>(500, "InternalServerException", "").message ==
          "Internal Server Error");
}

TEST_CASE("a body that is not JSON keeps the header's code, and is the message") {
    const auto throttled = awsjobs::protocol::read_service_error<dx::GetJobError>(429, "ThrottlingException", "Rate exceeded");
    REQUIRE(throttled.http_status == 429);
    CHECK(throttled.code == dx::GetJobErrorCode::ThrottlingException);
    CHECK(throttled.message == "Rate exceeded");
    CHECK(std::get<awsjobs::unknown_error>(throttled.details).body == "Rate exceeded");
    REQUIRE(throttled.body_error);
    CHECK(throttled.body_error->code == awsjobs::errc::syntax);
    CHECK(throttled.body_error->offset == 0);

    // Without a header: the status names it.
    const auto plain = awsjobs::protocol::read_service_error<dx::GetJobError>(400, "", "<html>Bad Request</html>");
    CHECK(plain.code.wire_name() == "400");
    CHECK(plain.message == "<html>Bad Request</html>");

    // The message is valid UTF-8 whatever the body: invalid bytes become U+FFFD.
    const auto invalid = awsjobs::protocol::read_service_error<dx::GetJobError>(429, "ThrottlingException", "slow \xff\xc3 down");
    CHECK(invalid.message == "slow \xef\xbf\xbd\xef\xbf\xbd down");
    CHECK(std::get<awsjobs::unknown_error>(invalid.details).body == "slow \xff\xc3 down");
}

TEST_CASE("a JSON body that is not an object is the message; it names no code") {
    for (const std::string body : {"[]", R"("Rate exceeded")", "1", "null", R"([{"code":"ValidationException"}])"}) {
        INFO(body);
        const auto e = awsjobs::protocol::read_service_error<dx::GetJobError>(429, "ThrottlingException", body);
        REQUIRE(e.code == dx::GetJobErrorCode::ThrottlingException);
        CHECK(e.message == body);
        CHECK(std::get<awsjobs::unknown_error>(e.details).body == body);
        REQUIRE(e.body_error);
        CHECK(e.body_error->code == awsjobs::errc::type_mismatch);
        CHECK(e.body_error->path == "$");
        CHECK(awsjobs::protocol::read_service_error<dx::GetJobError>(400, "", body).code.wire_name() == "400");
    }
}

TEST_CASE("members of the wrong type: code and message still read, details kept raw with the reason") {
    const std::string body = R"({"Message":"Job 42 not found","ResourceId":5})";
    const auto e = awsjobs::protocol::read_service_error<dx::GetJobError>(404, "ResourceNotFoundException", body);
    REQUIRE(e.code == dx::GetJobErrorCode::ResourceNotFoundException);
    CHECK(e.message == "Job 42 not found");
    CHECK(std::get<awsjobs::unknown_error>(e.details).body == body);
    REQUIRE(e.body_error);
    CHECK(e.body_error->code == awsjobs::errc::type_mismatch);
    CHECK(e.body_error->path == "$.ResourceId");
}

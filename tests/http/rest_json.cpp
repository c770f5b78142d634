// REST-JSON bindings of Data Exchange GetJob and SES v2 GetImportJob, both directions.
#include "samples.hpp"

#include <awsjobs/awsjobs.hpp>
#include <awsjobs/protocol.hpp>
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <system_error>
#include <vector>

namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;
namespace http = awsjobs::http;
namespace json = awsjobs::json;
namespace protocol = awsjobs::protocol;
using protocol::errc;
using test_samples::read_sample;

namespace {

const char* const escaping_vector = " %:/?#[]@!$&'()*+,;=\xF0\x9F\x98\xB9";
const char* const escaping_encoded = "%20%25%3A%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%F0%9F%98%B9";

template <class Op>
protocol::error request_error(std::string method, std::string target) {
    auto read = protocol::read_request<Op>(http::request{std::move(method), std::move(target), {}, {}});
    REQUIRE_FALSE(read);
    return read.error();
}

}  // namespace

TEST_CASE("GetJob request: GET /v1/jobs/{JobId}, no body, no Content-Type") {
    dx::GetJobRequest input;
    input.JobId = "6cEXAMPLE818f7c7a23b3d0EXAMPLE1c";
    const auto request = protocol::make_request<dx::GetJob>(input);
    REQUIRE(request);
    CHECK(request->method == "GET");
    CHECK(request->target == "/v1/jobs/6cEXAMPLE818f7c7a23b3d0EXAMPLE1c");
    CHECK(request->headers.empty());
    CHECK(request->body.empty());

    const auto with_host = protocol::make_request<dx::GetJob>(input, {.host = "dataexchange.us-east-1.amazonaws.com"});
    REQUIRE(with_host);
    CHECK(with_host->headers == http::fields{{"Host", "dataexchange.us-east-1.amazonaws.com"}});
}

TEST_CASE("GetImportJob request: GET /v2/email/import-jobs/{JobId}, from an owning or a view input") {
    ses::view::GetImportJobRequest input;
    input.JobId = std::string_view("755bc2ca-a1f5-4a33-9c8e-2cd4dc0dd9d7");
    const auto request = protocol::make_request<ses::GetImportJob>(input);
    REQUIRE(request);
    CHECK(request->method == "GET");
    CHECK(request->target == "/v2/email/import-jobs/755bc2ca-a1f5-4a33-9c8e-2cd4dc0dd9d7");
    CHECK(request->body.empty());
}

TEST_CASE("labels are percent-encoded as botocore does (RestJsonHttpRequestLabelEscaping)") {
    dx::GetJobRequest job;
    job.JobId = escaping_vector;
    CHECK(protocol::make_request<dx::GetJob>(job)->target == std::string("/v1/jobs/") + escaping_encoded);
    ses::GetImportJobRequest import;
    import.JobId = escaping_vector;
    CHECK(protocol::make_request<ses::GetImportJob>(import)->target ==
          std::string("/v2/email/import-jobs/") + escaping_encoded);
}

TEST_CASE("an unset or empty label is an error, not a request for another path") {
    dx::GetJobRequest input;
    auto unset = protocol::make_request<dx::GetJob>(input);
    REQUIRE_FALSE(unset);
    CHECK(unset.error().code == errc::invalid_label);
    CHECK(unset.error().message == "GetJob: JobId is unset; it fills the {JobId} label of /v1/jobs/{JobId}");
    input.JobId = "";
    auto empty = protocol::make_request<dx::GetJob>(input);
    REQUIRE_FALSE(empty);
    CHECK(empty.error().message == "GetJob: JobId is empty; it fills the {JobId} label of /v1/jobs/{JobId}");
    CHECK_THROWS_AS(empty.value(), awsjobs::bad_result_access<protocol::error>);
    // protocol::errc travels as a std::error_code of its own category.
    const std::error_code code = empty.error().code;
    CHECK(code == protocol::errc::invalid_label);
    CHECK(code.message() == "invalid_label");
    CHECK(std::string(code.category().name()) == "awsjobs.protocol");
    CHECK(code != std::error_code(awsjobs::errc::type_mismatch));  // the same number, another category
}

TEST_CASE("request round trips: client writes, server reads the same value") {
    const std::vector<std::string> ids = {"6cEXAMPLE818f7c7a23b3d0EXAMPLE1c", escaping_vector, "a", "\xc3\xa9t\xc3\xa9",
                                          "%41", "+plus+", "..", "~user", "tab\there", std::string("nul\0in", 6)};
    for (const auto& id : ids) {
        CAPTURE(id);
        dx::GetJobRequest job;
        job.JobId = id;
        const auto request = protocol::make_request<dx::GetJob>(job);
        REQUIRE(request);
        const auto back = protocol::read_request<dx::GetJob>(*request);
        REQUIRE_MESSAGE(back.has_value(), (back ? std::string() : back.error().describe()));
        CHECK(*back == job);

        ses::GetImportJobRequest import;
        import.JobId = id;
        const auto ses_request = protocol::make_request<ses::GetImportJob>(import);
        REQUIRE(ses_request);
        const auto ses_back = protocol::read_request<ses::GetImportJob>(*ses_request);
        REQUIRE(ses_back);
        CHECK(*ses_back == import);
    }
}

TEST_CASE("the server reads what other clients send: lower-case escapes, a query string") {
    auto read = protocol::read_request<dx::GetJob>({"GET", "/v1/jobs/a%2fb%c3%A9?x-id=GetJob&y", {}, {}});
    REQUIRE(read);
    CHECK(read->JobId == "a/b\xc3\xa9");
}

TEST_CASE("malformed requests: each refused with what is wrong") {
    auto e = request_error<dx::GetJob>("POST", "/v1/jobs/abc");
    CHECK(e.code == errc::wrong_method);
    CHECK(e.message == "GetJob: the method is POST, expected GET");
    CHECK(request_error<dx::GetJob>("get", "/v1/jobs/abc").code == errc::wrong_method);  // methods are case-sensitive

    e = request_error<dx::GetJob>("GET", "/v1/job/abc");
    CHECK(e.code == errc::wrong_path);
    CHECK(e.message == "GetJob: the path /v1/job/abc is not /v1/jobs/{JobId} (segment job where jobs belongs)");
    CHECK(request_error<dx::GetJob>("GET", "/v2/email/import-jobs/abc").code == errc::wrong_path);
    CHECK(request_error<ses::GetImportJob>("GET", "/v1/jobs/abc").code == errc::wrong_path);
    CHECK(request_error<dx::GetJob>("GET", "v1/jobs/abc").code == errc::wrong_path);
    CHECK(request_error<dx::GetJob>("GET", "").code == errc::wrong_path);
    CHECK(request_error<dx::GetJob>("GET", "/").code == errc::wrong_path);

    e = request_error<dx::GetJob>("GET", "/v1/jobs/abc/def");
    CHECK(e.code == errc::wrong_path);
    CHECK(e.message == "GetJob: the path /v1/jobs/abc/def is not /v1/jobs/{JobId} (a segment too many)");
    CHECK(request_error<dx::GetJob>("GET", "/v1/jobs/abc/").message ==
          "GetJob: the path /v1/jobs/abc/ is not /v1/jobs/{JobId} (a segment too many)");
    CHECK(request_error<dx::GetJob>("GET", "/v1/jobs").message ==
          "GetJob: the path /v1/jobs is not /v1/jobs/{JobId} (a segment is missing)");
    CHECK(request_error<ses::GetImportJob>("GET", "/v2/email").code == errc::wrong_path);

    CHECK(protocol::http_status_for(errc::wrong_method) == 405);
    CHECK(protocol::http_status_for(errc::wrong_path) == 404);
    CHECK(protocol::http_status_for(errc::bad_escape) == 400);
    CHECK(protocol::http_status_for(errc::invalid_label) == 400);

    e = request_error<dx::GetJob>("GET", "/v1/jobs/");
    CHECK(e.code == errc::invalid_label);
    CHECK(e.message == "GetJob: the {JobId} label is empty");
    CHECK(request_error<dx::GetJob>("GET", "/v1/jobs/?JobId=abc").code == errc::invalid_label);

    e = request_error<dx::GetJob>("GET", "/v1/jobs/ab%zz");
    CHECK(e.code == errc::bad_escape);
    CHECK(e.message == "GetJob: the {JobId} label has a % without two hex digits at offset 11 of the target");
    CHECK(request_error<dx::GetJob>("GET", "/v1/jobs/%").code == errc::bad_escape);
    CHECK(request_error<ses::GetImportJob>("GET", "/v2/email/import-jobs/%4").code == errc::bad_escape);

    e = request_error<dx::GetJob>("GET", "/v1/jobs/ok%FF");
    CHECK(e.code == errc::invalid_label);
    CHECK(e.message == "GetJob: the {JobId} label is not UTF-8 once decoded (byte 2 of its value)");
    CHECK(request_error<dx::GetJob>("GET", "/v1/jobs/%C0%AF").code == errc::invalid_label);      // overlong '/'
    CHECK(request_error<dx::GetJob>("GET", "/v1/jobs/%ED%A0%80").code == errc::invalid_label);  // a surrogate
    CHECK(request_error<ses::GetImportJob>("GET", "/v2/email/import-jobs/%F4%90%80%80").code == errc::invalid_label);
}

TEST_CASE("GetJob response: a real response, served and read back, owning and zero-copy") {
    auto sample = json::parse<dx::GetJobResponse>(read_sample("dataexchange-adx-userguide-job-resource.json"));
    REQUIRE(sample);
    const auto response = protocol::make_response<dx::GetJob>(*sample, "req-0001");
    REQUIRE(response);
    CHECK(response->status == 200);
    CHECK(response->headers == http::fields{{"Content-Type", "application/json"}, {"x-amzn-RequestId", "req-0001"}});
    CHECK(response->body == json::write(*sample).value());

    const auto read = protocol::read_response<dx::GetJob>(*response);
    REQUIRE(read);
    REQUIRE(read->index() == 0);
    CHECK(std::get<0>(*read) == *sample);

    http::response in_place = *response;
    const auto view = protocol::read_response_in_place<dx::GetJob>(in_place);
    REQUIRE(view);
    const auto& job = std::get<0>(*view);
    CHECK(*job.Id == *sample->Id);
    CHECK(job.State == dx::State::COMPLETED);
    CHECK(json::write(job).value() == response->body);
}

TEST_CASE("GetImportJob response: served and read back, epoch timestamps kept") {
    auto sample = json::parse<ses::GetImportJobResponse>(read_sample("sesv2-ses-devguide-2020-get-import-job.json"));
    REQUIRE(sample);
    const auto response = protocol::make_response<ses::GetImportJob>(*sample, "req-0002");
    REQUIRE(response);
    CHECK(response->status == 200);
    CHECK(response->headers.find("content-type") == "application/json");
    const auto read = protocol::read_response<ses::GetImportJob>(*response);
    REQUIRE(read);
    CHECK(std::get<0>(*read) == *sample);
}

TEST_CASE("a 2xx with an empty body is the empty output") {
    for (int status : {200, 204}) {
        const auto read = protocol::read_response<ses::GetImportJob>({status, {}, ""});
        REQUIRE(read);
        CHECK(std::get<0>(*read) == ses::GetImportJobResponse{});
    }
}

namespace {

template <class Op, class Shape>
void check_error(typename Op::error::code_type code, Shape details, int status, std::string_view body) {
    typename Op::error error;
    error.code = code;
    error.message = "it went wrong";
    error.details = std::move(details);
    const auto response = protocol::make_error_response<Op>(error, "req-err");
    REQUIRE(response);
    CAPTURE(response->body);
    CHECK(response->status == status);
    CHECK(response->headers.find("X-Amzn-ErrorType") == error.code.wire_name());
    CHECK(response->headers.find("x-amzn-requestid") == "req-err");
    CHECK(response->headers.find("Content-Type") == "application/json");
    CHECK(response->body == body);

    const auto read = protocol::read_response<Op>(*response);
    REQUIRE_MESSAGE(read.has_value(), (read ? std::string() : read.error().describe()));
    REQUIRE(read->index() == 1);
    // Member by member: GCC 12 does not instantiate open_enum's operator== for service_error's
    // defaulted one ("used but never defined").
    const auto& back = std::get<1>(*read);
    CHECK(back.http_status == status);
    CHECK(back.code.known() == error.code.known());
    CHECK(back.message == error.message);
    CHECK(back.details == error.details);
}

}  // namespace

TEST_CASE("every modeled GetJob error: the model's status, x-amzn-ErrorType, the shape's members") {
    dx::ResourceNotFoundException not_found;
    not_found.ResourceId = "42";
    not_found.ResourceType = dx::ResourceType::JOB;
    auto filled = not_found;
    filled.Message = "it went wrong";  // the error's message fills the shape's Message
    check_error<dx::GetJob>(dx::GetJobErrorCode::ResourceNotFoundException, filled, 404,
                            R"({"Message":"it went wrong","ResourceId":"42","ResourceType":"JOB"})");
    dx::ThrottlingException throttling;
    throttling.Message = "it went wrong";
    check_error<dx::GetJob>(dx::GetJobErrorCode::ThrottlingException, throttling, 429, R"({"Message":"it went wrong"})");
    dx::ValidationException validation;
    validation.Message = "it went wrong";
    validation.ExceptionCause = dx::ExceptionCause::S3AccessDenied;
    check_error<dx::GetJob>(dx::GetJobErrorCode::ValidationException, validation, 400,
                            R"({"Message":"it went wrong","ExceptionCause":"S3AccessDenied"})");
    dx::InternalServerException internal;
    internal.Message = "it went wrong";
    check_error<dx::GetJob>(dx::GetJobErrorCode::InternalServerException, internal, 500, R"({"Message":"it went wrong"})");

    // A shape whose Message is unset takes the error's message.
    dx::GetJobError error;
    error.code = dx::GetJobErrorCode::ResourceNotFoundException;
    error.message = "no job 42";
    error.details = not_found;
    CHECK(protocol::make_error_response<dx::GetJob>(error, "r")->body ==
          R"({"Message":"no job 42","ResourceId":"42","ResourceType":"JOB"})");
}

TEST_CASE("every modeled GetImportJob error: the model's status, and message in the body") {
    check_error<ses::GetImportJob>(ses::GetImportJobErrorCode::BadRequestException, ses::BadRequestException{}, 400,
                                   R"({"message":"it went wrong"})");
    check_error<ses::GetImportJob>(ses::GetImportJobErrorCode::NotFoundException, ses::NotFoundException{}, 404,
                                   R"({"message":"it went wrong"})");
    check_error<ses::GetImportJob>(ses::GetImportJobErrorCode::TooManyRequestsException,
                                   ses::TooManyRequestsException{}, 429, R"({"message":"it went wrong"})");
}

TEST_CASE("the binding tables say what the models say") {
    static_assert(dx::GetJob::binding.protocol == protocol::wire_protocol::rest_json);
    static_assert(dx::GetJob::binding.method == "GET" && dx::GetJob::binding.request_uri == "/v1/jobs/{JobId}");
    static_assert(dx::GetJob::input_members.size() == 1 && dx::GetJob::input_members[0].location == protocol::location::uri);
    static_assert(dx::GetJob::errors[3].code == "InternalServerException" && dx::GetJob::errors[3].http_status == 500 &&
                  dx::GetJob::errors[3].fault == protocol::fault::receiver);
    static_assert(dx::GetJob::errors[0].fault == protocol::fault::sender);
    static_assert(ses::GetImportJob::binding.request_uri == "/v2/email/import-jobs/{JobId}");
    static_assert(ses::GetImportJob::errors[1].code == "NotFoundException" && ses::GetImportJob::errors[1].http_status == 404);
    CHECK(dx::GetJob::errors.size() == 4);
    CHECK(ses::GetImportJob::errors.size() == 3);
}

TEST_CASE("an error the operation does not model: served with its own status, read back as unknown") {
    ses::GetImportJobError error;
    error.http_status = 403;
    error.code = awsjobs::open_enum<ses::GetImportJobErrorCode>::from_wire("AccessDeniedException");
    error.message = "denied";
    const auto response = protocol::make_error_response<ses::GetImportJob>(error, "r");
    REQUIRE(response);
    CHECK(response->status == 403);
    CHECK(response->body == R"({"message":"denied"})");
    const auto read = protocol::read_response<ses::GetImportJob>(*response);
    REQUIRE(read);
    const auto& back = std::get<1>(*read);
    CHECK_FALSE(back.code.is_known());
    CHECK(back.code.wire_name() == "AccessDeniedException");
    CHECK(back.message == "denied");

    ses::GetImportJobError nameless;
    nameless.code = awsjobs::open_enum<ses::GetImportJobErrorCode>::from_wire("");
    CHECK(protocol::make_error_response<ses::GetImportJob>(nameless, "r").error().code == errc::invalid_body);
}

TEST_CASE("responses that are not the output, and errors only their status names") {
    auto bad_output = protocol::read_response<dx::GetJob>({200, {}, R"({"Id":"x","State":7})"});
    REQUIRE_FALSE(bad_output);
    CHECK(bad_output.error().code == errc::invalid_body);
    REQUIRE(bad_output.error().body_error);
    CHECK(bad_output.error().body_error->path == "$.State");
    CHECK(bad_output.error().body_error->offset == 18);

    auto truncated = protocol::read_response<dx::GetJob>({200, {}, R"({"Id":"x")"});
    REQUIRE_FALSE(truncated);
    CHECK(truncated.error().code == errc::invalid_body);

    // Nothing names these errors: botocore calls them by their status.
    auto nameless = protocol::read_response<dx::GetJob>({500, {}, ""});
    REQUIRE(nameless);
    CHECK(std::get<1>(*nameless).code.wire_name() == "500");
    CHECK(std::get<1>(*nameless).message == "Internal Server Error");

    auto html = protocol::read_response<dx::GetJob>({502, {}, "<html><body>Bad Gateway</body></html>"});
    REQUIRE(html);
    CHECK(std::get<1>(*html).code.wire_name() == "502");
    CHECK(std::holds_alternative<awsjobs::unknown_error>(std::get<1>(*html).details));

    for (int status : {100, 199, 600, 999, -1}) {
        auto odd = protocol::read_response<dx::GetJob>({status, {{"x-amzn-ErrorType", "ThrottlingException"}}, "{}"});
        REQUIRE_FALSE(odd);
        CHECK(odd.error().code == errc::unexpected_response);
    }
}

TEST_CASE("any UTF-8 label makes a target of unreserved bytes and escapes, and reads back the same") {
    std::mt19937 random(20261202);
    // Code points from every UTF-8 length, the characters URIs reserve among them.
    const std::vector<std::string> pieces = {"a", "Z", "0", "-", ".", "_", "~", " ", "%", "/", "?", "#", "+", "&",
                                             "=", ";", "\x7f", std::string(1, '\0'), "\xc3\xa9", "\xe2\x82\xac",
                                             "\xf0\x9f\x98\xb9", "\xf4\x8f\xbf\xbf"};
    for (int round = 0; round != 2000; ++round) {
        std::string id;
        const auto length = 1 + random() % 12;
        for (std::size_t i = 0; i != length; ++i) id += pieces[random() % pieces.size()];
        CAPTURE(id);
        ses::GetImportJobRequest input;
        input.JobId = id;
        const auto request = protocol::make_request<ses::GetImportJob>(input);
        REQUIRE(request);
        const std::string_view label = std::string_view(request->target).substr(std::string_view("/v2/email/import-jobs/").size());
        CHECK(label.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~%") ==
              std::string_view::npos);
        const auto back = protocol::read_request<ses::GetImportJob>(*request);
        REQUIRE(back);
        CHECK(back->JobId == id);
    }
}

// The query protocol's request side for Import/Export GetStatus, both directions.
#include <awsjobs/importexport.hpp>
#include <awsjobs/protocol.hpp>
#include <doctest/doctest.h>

#include <string>

namespace iex = awsjobs::importexport;
namespace http = awsjobs::http;
namespace protocol = awsjobs::protocol;
using protocol::errc;

namespace {

http::request form_request(std::string body, std::string target = "/") {
    return {"POST", std::move(target), {{"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}},
            std::move(body)};
}

protocol::error refusal(const http::request& request) {
    auto read = protocol::read_request<iex::GetStatus>(request);
    REQUIRE_FALSE(read);
    return read.error();
}

}  // namespace

TEST_CASE("GetStatus request: POST / with the form the AWS CLI sends") {
    iex::GetStatusInput input;
    input.JobId = "EX1ID";
    const auto request = protocol::make_request<iex::GetStatus>(input, {.host = "importexport.amazonaws.com"});
    REQUIRE(request);
    CHECK(request->method == "POST");
    CHECK(request->target == "/");
    CHECK(request->headers == http::fields{{"Host", "importexport.amazonaws.com"},
                                           {"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}});
    CHECK(request->body == "Action=GetStatus&Version=2010-06-01&JobId=EX1ID");

    input.JobId = "EX1 ID+&=";
    input.APIVersion = "2.0";
    CHECK(protocol::make_request<iex::GetStatus>(input)->body ==
          "Action=GetStatus&Version=2010-06-01&JobId=EX1+ID%2B%26%3D&APIVersion=2.0");
}

TEST_CASE("GetStatus request round trips") {
    for (const char* id : {"EX1ID", "EX1 ID+&=%", " %:/?#[]@!$&'()*+,;=\xF0\x9F\x98\xB9", "\xc3\xa9"}) {
        CAPTURE(id);
        iex::GetStatusInput input;
        input.JobId = id;
        input.APIVersion = "2.0";
        const auto request = protocol::make_request<iex::GetStatus>(input);
        REQUIRE(request);
        const auto back = protocol::read_request<iex::GetStatus>(*request);
        REQUIRE_MESSAGE(back.has_value(), (back ? std::string() : back.error().describe()));
        CHECK(*back == input);
    }
}

TEST_CASE("the server ignores SigV2's keys and key order, and reads the query string too") {
    const auto signed_v2 = protocol::read_request<iex::GetStatus>(form_request(
        "SignatureVersion=2&JobId=EX1+ID%2b&AWSAccessKeyId=AKIDEXAMPLE&Version=2010-06-01&Timestamp=2026-12-02T10%3A00%3A00Z"
        "&SignatureMethod=HmacSHA256&Action=GetStatus&Signature=abc%2Bdef%3D"));
    REQUIRE(signed_v2);
    CHECK(signed_v2->JobId == "EX1 ID+");
    CHECK_FALSE(signed_v2->APIVersion.has_value());

    const auto in_query = protocol::read_request<iex::GetStatus>(
        {"POST", "/?Action=GetStatus&Version=2010-06-01", {}, "JobId=EX2"});
    REQUIRE(in_query);
    CHECK(in_query->JobId == "EX2");
}

TEST_CASE("malformed query requests: each refused with what is wrong") {
    auto e = refusal({"GET", "/?Action=GetStatus&Version=2010-06-01&JobId=X", {}, ""});
    CHECK(e.code == errc::wrong_method);
    CHECK(e.message == "GetStatus: the method is GET, expected POST");

    e = refusal(form_request("Action=GetStatus&Version=2010-06-01&JobId=X", "/importexport"));
    CHECK(e.code == errc::wrong_path);

    e = refusal(form_request("Version=2010-06-01&JobId=X"));
    CHECK(e.code == errc::missing_parameter);
    CHECK(e.message == "GetStatus: the request has no Action");

    e = refusal(form_request("Action=ListJobs&Version=2010-06-01&JobId=X"));
    CHECK(e.code == errc::wrong_action);
    CHECK(e.message == "GetStatus: Action is ListJobs, expected GetStatus");

    CHECK(refusal(form_request("Action=GetStatus&JobId=X")).code == errc::missing_parameter);
    e = refusal(form_request("Action=GetStatus&Version=2006-03-01&JobId=X"));
    CHECK(e.code == errc::wrong_action);
    CHECK(e.message == "GetStatus: Version is 2006-03-01, expected 2010-06-01");

    e = refusal(form_request("Action=GetStatus&Version=2010-06-01"));
    CHECK(e.code == errc::missing_parameter);
    CHECK(e.message == "GetStatus: the required parameter JobId is absent");

    e = refusal(form_request("Action=GetStatus&Version=2010-06-01&JobId=X&JobId=Y"));
    CHECK(e.code == errc::invalid_parameter);
    CHECK(e.message == "GetStatus: the parameter JobId appears twice");
    CHECK(refusal(form_request("Action=GetStatus&Action=GetStatus&Version=2010-06-01&JobId=X")).code ==
          errc::invalid_parameter);

    e = refusal(form_request("Action=GetStatus&Version=2010-06-01&JobId=%ZZ"));
    CHECK(e.code == errc::bad_escape);
    CHECK(e.message == "GetStatus: the body has a % without two hex digits at offset 42");

    e = refusal(form_request("Action=GetStatus&Version=2010-06-01&JobId=%C3"));
    CHECK(e.code == errc::invalid_parameter);
    CHECK(e.message == "GetStatus: the parameter JobId is not UTF-8 once decoded (byte 0 of its value)");
}

TEST_CASE("a form body longer than read_options::max_body_size is body_too_large, before it is decoded") {
    const std::string body = "Action=GetStatus&Version=2010-06-01&JobId=EX1ID";
    const auto refused = protocol::read_request<iex::GetStatus>(form_request(body + "%"), {.max_body_size = body.size()});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == errc::body_too_large);  // not the bad escape after the limit
    CHECK(refused.error().message == "GetStatus: the body is " + std::to_string(body.size() + 1) +
                                         " bytes, more than read_options::max_body_size (" + std::to_string(body.size()) + ")");
    CHECK(protocol::http_status_for(refused.error().code) == 413);
    const auto read = protocol::read_request<iex::GetStatus>(form_request(body), {.max_body_size = body.size()});
    REQUIRE(read);
    CHECK(read->JobId == "EX1ID");
    // The default limit, 4 MiB.
    CHECK(refusal(form_request(body + "&Pad=" + std::string(4 * 1024 * 1024, 'x'))).code == errc::body_too_large);
}

TEST_CASE("the GetStatus binding table says what the model says") {
    static_assert(iex::GetStatus::binding.protocol == protocol::wire_protocol::query);
    static_assert(iex::GetStatus::binding.api_version == "2010-06-01");
    static_assert(iex::GetStatus::binding.result_wrapper == "GetStatusResult");
    static_assert(iex::GetStatus::binding.xml_namespace == "http://importexport.amazonaws.com/doc/2010-06-01/");
    // The model gives Import/Export's exceptions no status: 400, the client's fault, as botocore assumes.
    for (const auto& error : iex::GetStatus::errors) {
        CHECK(error.http_status == 400);
        CHECK(error.fault == protocol::fault::sender);
    }
    CHECK(iex::GetStatus::errors[0].code == "InvalidJobIdException");
}

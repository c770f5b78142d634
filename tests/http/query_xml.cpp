// The query protocol's XML responses for Import/Export GetStatus, both directions.
#include "hand_operations.hpp"
#include "samples.hpp"

#include <awsjobs/importexport.hpp>
#include <awsjobs/protocol.hpp>
#include <awsjobs/protocol/xml.hpp>
#include <doctest/doctest.h>

#include <string>

namespace iex = awsjobs::importexport;
namespace http = awsjobs::http;
namespace json = awsjobs::json;
namespace protocol = awsjobs::protocol;
using protocol::errc;
using test_samples::read_sample;

namespace {

iex::GetStatusOutput status() {
    iex::GetStatusOutput out;
    out.JobId = "EX1ID";
    out.JobType = iex::JobType::Import;
    out.LocationCode = "AT-AWS";
    out.ProgressMessage = "Device <received> & \"logged\"";
    out.ErrorCount = 0;
    out.CreationDate = awsjobs::iso8601_timestamp(std::chrono::sys_seconds(std::chrono::seconds(1271888345)));
    out.ArtifactList = std::vector<iex::Artifact>{{"log", "https://example.com/a?b=1&c=2"}, {"manifest", std::nullopt}};
    return out;
}

}  // namespace

TEST_CASE("GetStatus response: <GetStatusResponse xmlns=...><GetStatusResult>, served and read back") {
    const auto output = status();
    const auto response = protocol::make_response<iex::GetStatus>(output, "req-1");
    REQUIRE(response);
    CHECK(response->status == 200);
    CHECK(response->headers == http::fields{{"Content-Type", "text/xml"}, {"x-amzn-RequestId", "req-1"}});
    CHECK(response->body.starts_with(
        R"(<GetStatusResponse xmlns="http://importexport.amazonaws.com/doc/2010-06-01/"><GetStatusResult><JobId>EX1ID</JobId>)"));
    CHECK(response->body.ends_with(
        "</GetStatusResult><ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></GetStatusResponse>"));
    CHECK(response->body.find("<ArtifactList><member><Description>log</Description>") != std::string::npos);

    const auto read = protocol::read_response<iex::GetStatus>(*response);
    REQUIRE_MESSAGE(read.has_value(), (read ? std::string() : read.error().describe()));
    CHECK(std::get<0>(*read) == output);

    http::response in_place = *response;
    const auto view = protocol::read_response_in_place<iex::GetStatus>(in_place);
    REQUIRE(view);
    CHECK(*std::get<0>(*view).ProgressMessage == *output.ProgressMessage);
}

TEST_CASE("GetStatus responses past read_options' limits: body size, list elements, depth") {
    const auto response = protocol::make_response<iex::GetStatus>(status(), "req-1");
    REQUIRE(response);
    const std::size_t size = response->body.size();
    for (int code : {200, 400}) {
        CAPTURE(code);
        http::response r = *response;
        r.status = code;
        const auto refused = protocol::read_response<iex::GetStatus>(r, {.max_body_size = size - 1});
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == errc::body_too_large);
        const auto in_place = protocol::read_response_in_place<iex::GetStatus>(r, {.max_body_size = size - 1});
        REQUIRE_FALSE(in_place);
        CHECK(in_place.error().code == errc::body_too_large);
    }
    CHECK(protocol::read_response<iex::GetStatus>(*response, {.max_body_size = size}).has_value());

    // Two artifacts: one element too many, then one level too deep.
    const auto many = protocol::read_response<iex::GetStatus>(*response, {.max_elements = 1});
    REQUIRE_FALSE(many);
    CHECK(many.error().code == errc::invalid_body);
    REQUIRE(many.error().body_error);
    CHECK(many.error().body_error->code == awsjobs::errc::too_many_elements);
    CHECK(protocol::read_response<iex::GetStatus>(*response, {.max_elements = 2}).has_value());
    const auto deep = protocol::read_response<iex::GetStatus>(*response, {.max_depth = 4});
    REQUIRE_FALSE(deep);
    REQUIRE(deep.error().body_error);
    CHECK(deep.error().body_error->code == awsjobs::errc::depth_exceeded);
    CHECK(protocol::read_response<iex::GetStatus>(*response, {.max_depth = 5}).has_value());

    // The request id is not read from a body past the limits: the header's is taken.
    http::response labelled = *response;
    labelled.headers.set("x-amzn-RequestId", "from-header");
    CHECK(protocol::request_id<iex::GetStatus>(labelled) == "req-1");
    CHECK(protocol::request_id<iex::GetStatus>(labelled, {.max_body_size = size - 1}) == "from-header");
}

TEST_CASE("botocore's GetStatus error sample reads as the typed error") {
    const auto read = protocol::read_response<iex::GetStatus>({400, {}, read_sample("importexport-botocore-getstatus-error.xml")});
    REQUIRE_MESSAGE(read.has_value(), (read ? std::string() : read.error().describe()));
    const auto& error = std::get<1>(*read);
    CHECK(error.code == iex::GetStatusErrorCode::InvalidJobIdException);
    CHECK(error.message == "No such job foobar for your account");
    CHECK(error.http_status == 400);
    CHECK(std::get<iex::InvalidJobIdException>(error.details).message == "No such job foobar for your account");
}

TEST_CASE("every modeled GetStatus error: 400, Sender, and read back") {
    using info = awsjobs::detail::enum_info<iex::GetStatusErrorCode>;
    for (std::size_t i = 0; i != info::size; ++i) {
        boost::mp11::mp_with_index<info::size>(i, [&](auto I) {
            iex::GetStatusError error;
            error.code = info::values[I];
            error.message = "job <EX1> & co";
            error.details.template emplace<I + 1>();
            const auto response = protocol::make_error_response<iex::GetStatus>(error, "req-e");
            REQUIRE(response);
            CHECK(response->status == 400);
            CHECK(response->body == std::string(R"(<ErrorResponse xmlns="http://importexport.amazonaws.com/doc/2010-06-01/">)") +
                                        "<Error><Type>Sender</Type><Code>" + std::string(error.code.wire_name()) +
                                        "</Code><Message>job &lt;EX1&gt; &amp; co</Message></Error>"
                                        "<RequestId>req-e</RequestId></ErrorResponse>");
            const auto read = protocol::read_response<iex::GetStatus>(*response);
            REQUIRE(read);
            const auto& back = std::get<1>(*read);
            CHECK(back.code.known() == error.code.known());
            CHECK(back.message == error.message);
            CHECK(back.details.index() == I + 1);
        });
    }
}

TEST_CASE("GetStatus responses that are neither the output nor an error") {
    auto not_xml = protocol::read_response<iex::GetStatus>({200, {}, "{\"JobId\":\"x\"}"});
    REQUIRE_FALSE(not_xml);
    CHECK(not_xml.error().code == errc::invalid_body);
    CHECK(not_xml.error().body_error.has_value());
    auto other_root = protocol::read_response<iex::GetStatus>({200, {}, "<ListJobsResponse><ListJobsResult/></ListJobsResponse>"});
    REQUIRE_FALSE(other_root);
    CHECK(other_root.error().code == errc::invalid_body);
    auto html = protocol::read_response<iex::GetStatus>({503, {}, "<html><body>Service Unavailable</body></html>"});
    REQUIRE(html);
    CHECK(std::get<1>(*html).code.wire_name() == "503");
    CHECK(std::get<1>(*html).message == "Service Unavailable");
    auto not_an_error = protocol::read_response<iex::GetStatus>({400, {}, "{\"message\":\"x\"}"});
    REQUIRE_FALSE(not_an_error);
    CHECK(not_an_error.error().code == errc::unexpected_response);
    auto nameless = protocol::read_response<iex::GetStatus>({400, {}, "<ErrorResponse><Error><Type>Sender</Type></Error></ErrorResponse>"});
    REQUIRE_FALSE(nameless);
    CHECK(nameless.error().message == "GetStatus: the 400 response names no error code");
    auto unknown = protocol::read_response<iex::GetStatus>(
        {403, {}, "<ErrorResponse><Error><Code>SignatureDoesNotMatch</Code><Message>no</Message></Error></ErrorResponse>"});
    REQUIRE(unknown);
    CHECK(std::get<1>(*unknown).code.wire_name() == "SignatureDoesNotMatch");
    CHECK(std::holds_alternative<awsjobs::unknown_error>(std::get<1>(*unknown).details));
}

namespace {

protocol::error refusal(const http::response& response) {
    auto read = protocol::read_response<iex::GetStatus>(response);
    REQUIRE_FALSE(read);
    return read.error();
}

}  // namespace

TEST_CASE("GetStatus response: exact bytes, zero-copy reading, the request id") {
    iex::GetStatusOutput sent = status();
    sent.SignatureFileContents = "version:2.0\nsigningMethod:HmacSHA1";
    const auto response = protocol::make_response<iex::GetStatus>(sent, "req-1");
    REQUIRE(response);
    CHECK(response->headers == http::fields{{"Content-Type", "text/xml"}, {"x-amzn-RequestId", "req-1"}});
    const std::string& body = response->body;
    CHECK(body.starts_with("<GetStatusResponse xmlns=\"http://importexport.amazonaws.com/doc/2010-06-01/\">"
                           "<GetStatusResult><JobId>EX1ID</JobId><JobType>Import</JobType>"));
    CHECK(body.find("<ProgressMessage>Device &lt;received&gt; &amp; \"logged\"</ProgressMessage>") != std::string::npos);
    CHECK(body.find("<SignatureFileContents>version:2.0\nsigningMethod:HmacSHA1</SignatureFileContents>") != std::string::npos);
    CHECK(body.ends_with("</ArtifactList></GetStatusResult>"
                         "<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></GetStatusResponse>"));
    CHECK(protocol::request_id<iex::GetStatus>(*response) == "req-1");

    http::response in_place = *response;
    const auto view = protocol::read_response_in_place<iex::GetStatus>(in_place);
    REQUIRE(view);
    const auto& read = std::get<0>(*view);
    CHECK(*read.ProgressMessage == "Device <received> & \"logged\"");
    CHECK(read.JobId->data() >= in_place.body.data());
    CHECK(read.JobId->data() < in_place.body.data() + in_place.body.size());
    CHECK(protocol::make_response<iex::GetStatus>(read, "req-1")->body == body);  // the same bytes from the view

    const auto empty = protocol::make_response<iex::GetStatus>(iex::GetStatusOutput{}, "");
    REQUIRE(empty);
    CHECK(empty->body == "<GetStatusResponse xmlns=\"http://importexport.amazonaws.com/doc/2010-06-01/\"><GetStatusResult/>"
                         "<ResponseMetadata><RequestId/></ResponseMetadata></GetStatusResponse>");
    CHECK(std::get<0>(protocol::read_response<iex::GetStatus>(*empty).value()) == iex::GetStatusOutput{});
}

TEST_CASE("GetStatus errors: the request id, a code the model lacks, botocore's sample as botocore reads it") {
    iex::GetStatusError unknown;
    unknown.code = awsjobs::open_enum<iex::GetStatusErrorCode>::from_wire("ServiceUnavailable");
    unknown.message = "try later";
    unknown.http_status = 503;
    const auto response = protocol::make_error_response<iex::GetStatus>(unknown, "r-503");
    REQUIRE(response);
    CHECK(response->status == 503);
    CHECK(response->body.find("<Error><Type>Receiver</Type><Code>ServiceUnavailable</Code><Message>try later</Message>"
                              "</Error><RequestId>r-503</RequestId>") != std::string::npos);
    const auto back = protocol::read_response<iex::GetStatus>(*response);
    REQUIRE(back);
    const auto& error = std::get<1>(*back);
    CHECK(error.code.wire_name() == "ServiceUnavailable");
    CHECK(error.message == "try later");
    CHECK(error.http_status == 503);
    CHECK(std::get<awsjobs::unknown_error>(error.details).body == response->body);
    CHECK(protocol::request_id<iex::GetStatus>(*response) == "r-503");

    // botocore: {"Error": {"Code", "Message", "Type": "Sender"}, "ResponseMetadata": {"RequestId"}}.
    const http::response sample{400, {}, read_sample("importexport-botocore-getstatus-error.xml")};
    const std::string expected = read_sample("importexport-botocore-getstatus-error.expected.json");
    CHECK(expected.find("\"RequestId\": \"83281264-b7f8-11e2-a9e1-3f6477e78873\"") != std::string::npos);
    CHECK(protocol::request_id<iex::GetStatus>(sample) == "83281264-b7f8-11e2-a9e1-3f6477e78873");
    const auto read = protocol::read_response<iex::GetStatus>(sample);
    REQUIRE(read);
    CHECK(expected.find("\"Message\": \"" + std::get<1>(*read).message + "\"") != std::string::npos);
    const auto again = protocol::make_error_response<iex::GetStatus>(std::get<1>(*read), "83281264-b7f8-11e2-a9e1-3f6477e78873");
    REQUIRE(again);
    CHECK(again->body.find("<Type>Sender</Type>") != std::string::npos);
    CHECK(std::get<1>(protocol::read_response<iex::GetStatus>(*again).value()) == std::get<1>(*read));
}

TEST_CASE("botocore's ListJobs sample and other non-GetStatus bodies are clear errors") {
    const http::response list_jobs{200, {}, read_sample("importexport-botocore-listjobs.xml")};
    const auto e = refusal(list_jobs);
    CHECK(e.code == errc::invalid_body);
    CHECK(e.describe().find("expected the root element <GetStatusResponse>, got <ListJobsResponse>") != std::string::npos);
    CHECK(protocol::request_id<iex::GetStatus>(list_jobs).empty());

    CHECK(refusal({200, {}, read_sample("importexport-botocore-getstatus-error.xml")}).code == errc::invalid_body);
    CHECK(refusal({101, {}, ""}).code == errc::unexpected_response);
    CHECK(refusal({600, {}, ""}).code == errc::unexpected_response);
    const auto bad = refusal({200, {},
                              "<GetStatusResponse><GetStatusResult><ArtifactList><member><URL>a</URL></member>"
                              "<member><URL><b/></URL></member></ArtifactList></GetStatusResult></GetStatusResponse>"});
    REQUIRE(bad.body_error);
    CHECK(bad.body_error->path == "/GetStatusResponse/GetStatusResult/ArtifactList/member[2]/URL/b");
    CHECK(bad.body_error->offset > 0);
    CHECK(refusal({200, {}, "<!DOCTYPE a [<!ENTITY x \"xx\">]><GetStatusResponse/>"}).code == errc::invalid_body);
    CHECK(refusal({400, {}, "<ErrorResponse><Error><Code>\xff</Code></Error></ErrorResponse>"}).code ==
          errc::unexpected_response);
}

TEST_CASE("GetStatus: the request id falls back to the header; unknown elements are skipped") {
    const http::response response{
        200, {{"x-amzn-RequestId", "from-header"}},
        "<GetStatusResponse xmlns=\"x\"><GetStatusResult><JobId>J</JobId><NewMember><A>1</A></NewMember>"
        "</GetStatusResult></GetStatusResponse>"};
    const auto read = protocol::read_response<iex::GetStatus>(response);
    REQUIRE(read);
    CHECK(std::get<0>(*read).JobId == "J");
    CHECK(protocol::request_id<iex::GetStatus>(response) == "from-header");
}

TEST_CASE("query responses with booleans, integers and lists of structures, both ways (hand::Form)") {
    hand::Form::output<> output;
    output.Jobs = std::vector<hand::model<>::Job>{
        {"A1", false, awsjobs::iso8601_timestamp(std::chrono::sys_seconds(std::chrono::seconds(1271888345)))},
        {"B2", true, std::nullopt}};
    output.IsTruncated = true;
    output.Count = -2;
    const auto response = protocol::make_response<hand::Form>(output, "req-9");
    REQUIRE(response);
    CHECK(response->body ==
          R"(<FormResponse xmlns="http://importexport.amazonaws.com/doc/2010-06-01/"><FormResult><Jobs>)"
          "<member><JobId>A1</JobId><IsCanceled>false</IsCanceled><CreationDate>2010-04-21T22:19:05.000Z</CreationDate></member>"
          "<member><JobId>B2</JobId><IsCanceled>true</IsCanceled></member></Jobs><IsTruncated>true</IsTruncated>"
          "<Count>-2</Count></FormResult><ResponseMetadata><RequestId>req-9</RequestId></ResponseMetadata></FormResponse>");
    const auto read = protocol::read_response<hand::Form>(*response);
    REQUIRE_MESSAGE(read.has_value(), (read ? std::string() : read.error().describe()));
    CHECK(std::get<0>(*read) == output);

    // A boolean that is not one is the codec's error, with its path.
    http::response bad = *response;
    bad.body.replace(bad.body.find("<IsTruncated>true"), 17, "<IsTruncated>yes!");
    const auto refused = protocol::read_response<hand::Form>(bad);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == errc::invalid_body);
    REQUIRE(refused.error().body_error);
    CHECK(refused.error().body_error->describe().find("IsTruncated") != std::string::npos);
}

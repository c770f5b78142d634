// The query protocol's response side for Import/Export GetStatus (XML), both directions:
// the server's responses read back by the client, botocore's samples, and what is refused.
#include <awsjobs/importexport.hpp>
#include <awsjobs/json.hpp>
#include <awsjobs/protocol.hpp>
#include <awsjobs/protocol/query_xml.hpp>
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>

namespace iex = awsjobs::importexport;
namespace http = awsjobs::http;
namespace json = awsjobs::json;
namespace protocol = awsjobs::protocol;
using protocol::errc;

namespace {

constexpr std::string_view ns = "http://importexport.amazonaws.com/doc/2010-06-01/";

std::string sample(const std::string& name) {
    std::ifstream in(std::string(AWSJOBS_TEST_DATA) + "/samples/" + name, std::ios::binary);
    REQUIRE_MESSAGE(in, "cannot open " << name);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// Every member set, with text that needs escaping and a multi-line value.
iex::GetStatusOutput full_status() {
    iex::GetStatusOutput s;
    s.JobId = "EX1ID";
    s.JobType = iex::JobType::Export;
    s.LocationCode = "AtAWS";
    s.LocationMessage = "at <AWS> & \"friends\"";
    s.ProgressCode = "InProgress";
    s.ProgressMessage = "copying";
    s.Carrier = "UPS";
    s.TrackingNumber = "1Z999";
    s.LogBucket = "logs";
    s.LogKey = "a/b.log";
    s.ErrorCount = 3;
    s.Signature = "sig=";
    s.SignatureFileContents = "version:2.0\nsigningMethod:HmacSHA1";
    s.CurrentManifest = "manifestVersion:2.0\n    name: Jane Roe";
    s.CreationDate = json::parse<json::iso8601_timestamp>(std::string_view("\"2015-05-27T18:58:21.123Z\"")).value();
    s.ArtifactList = std::vector<iex::Artifact>{{"log", "https://s3.amazonaws.com/b/log?a=1&b=2"}, {"manifest", std::nullopt}};
    return s;
}

iex::GetStatusError read_error(const http::response& response) {
    auto read = protocol::read_response<iex::GetStatus>(response);
    REQUIRE_MESSAGE(read, (read ? "" : read.error().describe()));
    REQUIRE(read->index() == 1);
    return std::get<1>(*read);
}

protocol::error refusal(const http::response& response) {
    auto read = protocol::read_response<iex::GetStatus>(response);
    REQUIRE_FALSE(read);
    return read.error();
}

}  // namespace

TEST_CASE("GetStatus response: the envelope the service sends, read back to the same value") {
    const iex::GetStatusOutput sent = full_status();
    const auto response = protocol::make_response<iex::GetStatus>(sent, "req-1");
    REQUIRE(response);
    CHECK(response->status == 200);
    CHECK(response->headers == http::fields{{"Content-Type", "text/xml"}, {"x-amzn-RequestId", "req-1"}});
    const std::string& body = response->body;
    CHECK(body.starts_with("<GetStatusResponse xmlns=\"http://importexport.amazonaws.com/doc/2010-06-01/\">"
                           "<GetStatusResult><JobId>EX1ID</JobId><JobType>Export</JobType>"));
    CHECK(body.find("<LocationMessage>at &lt;AWS&gt; &amp; \"friends\"</LocationMessage>") != std::string::npos);
    CHECK(body.find("<CreationDate>2015-05-27T18:58:21.123Z</CreationDate>") != std::string::npos);
    CHECK(body.find("<ArtifactList><member><Description>log</Description>") != std::string::npos);
    CHECK(body.ends_with("</ArtifactList></GetStatusResult>"
                         "<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></GetStatusResponse>"));

    const auto read = protocol::read_response<iex::GetStatus>(*response);
    REQUIRE_MESSAGE(read, (read ? "" : read.error().describe()));
    REQUIRE(read->index() == 0);
    CHECK(std::get<0>(*read) == sent);
    CHECK(protocol::request_id<iex::GetStatus>(*response) == "req-1");

    // Zero-copy: the strings point into the response's own body.
    http::response in_place = *response;
    const auto view = protocol::read_response_in_place<iex::GetStatus>(in_place);
    REQUIRE(view);
    const auto& status = std::get<0>(*view);
    CHECK(*status.LocationMessage == "at <AWS> & \"friends\"");
    CHECK(status.JobId->data() >= in_place.body.data());
    CHECK(status.JobId->data() < in_place.body.data() + in_place.body.size());
    // Written from the view: the same bytes.
    CHECK(protocol::make_response<iex::GetStatus>(status, "req-1")->body == body);
}

TEST_CASE("GetStatus response: an empty output is an empty result element") {
    const auto response = protocol::make_response<iex::GetStatus>(iex::GetStatusOutput{}, "");
    REQUIRE(response);
    CHECK(response->body ==
          "<GetStatusResponse xmlns=\"http://importexport.amazonaws.com/doc/2010-06-01/\"><GetStatusResult/>"
          "<ResponseMetadata><RequestId/></ResponseMetadata></GetStatusResponse>");
    const auto read = protocol::read_response<iex::GetStatus>(*response);
    REQUIRE(read);
    CHECK(std::get<0>(*read) == iex::GetStatusOutput{});
    CHECK(protocol::request_id<iex::GetStatus>(*response).empty());
}

TEST_CASE("GetStatus errors: every modeled code, written as the service does and read back") {
    using info = json::detail::enum_info<iex::GetStatusErrorCode>;
    for (std::size_t i = 0; i != info::size; ++i) {
        iex::GetStatusError sent;
        sent.code = info::values[i];
        sent.message = "job <EX1ID> & co: \xc3\xa9";
        sent.http_status = 400;
        boost::mp11::mp_with_index<info::size>(i, [&](auto I) { sent.details.template emplace<I + 1>(); });
        CAPTURE(sent.code.wire_name());
        const auto response = protocol::make_error_response<iex::GetStatus>(sent, "req-" + std::to_string(i));
        REQUIRE(response);
        CHECK(response->status == 400);  // the generator's default: the model gives none
        CHECK(response->headers.value_or_empty("Content-Type") == "text/xml");
        CHECK(response->body == std::string("<ErrorResponse xmlns=\"") + std::string(ns) +
                                    "\"><Error><Type>Sender</Type><Code>" + std::string(sent.code.wire_name()) +
                                    "</Code><Message>job &lt;EX1ID&gt; &amp; co: \xc3\xa9</Message></Error>"
                                    "<RequestId>req-" + std::to_string(i) + "</RequestId></ErrorResponse>");
        CHECK(read_error(*response) == sent);
        CHECK(protocol::request_id<iex::GetStatus>(*response) == "req-" + std::to_string(i));
    }
}

TEST_CASE("GetStatus errors: the message from the exception shape, another status, a code the model lacks") {
    iex::GetStatusError error;
    error.code = iex::GetStatusErrorCode::ExpiredJobIdException;
    error.details = iex::ExpiredJobIdException{"expired long ago"};
    error.http_status = 410;  // the model's status wins
    auto response = protocol::make_error_response<iex::GetStatus>(error, "r");
    REQUIRE(response);
    CHECK(response->status == 400);
    CHECK(response->body.find("<Message>expired long ago</Message></Error>") != std::string::npos);
    CHECK(read_error(*response).message == "expired long ago");

    // Not modeled: the status given (a 5xx is the receiver's fault), the body written from the message ...
    iex::GetStatusError unknown;
    unknown.code = json::open_enum<iex::GetStatusErrorCode>::from_wire("ServiceUnavailable");
    unknown.message = "try later";
    unknown.http_status = 503;
    response = protocol::make_error_response<iex::GetStatus>(unknown, "r");
    REQUIRE(response);
    CHECK(response->status == 503);
    CHECK(response->body.find("<Type>Receiver</Type><Code>ServiceUnavailable</Code>") != std::string::npos);
    auto back = read_error(*response);
    CHECK(back.code.wire_name() == "ServiceUnavailable");
    CHECK(back.message == "try later");
    CHECK(back.http_status == 503);
    // ... and read back, its body kept verbatim and sent again as it came.
    REQUIRE(std::holds_alternative<awsjobs::unknown_error>(back.details));
    CHECK(std::get<awsjobs::unknown_error>(back.details).body == response->body);
    CHECK(protocol::make_error_response<iex::GetStatus>(back, "other")->body == response->body);

    iex::GetStatusError no_code;
    no_code.code = json::open_enum<iex::GetStatusErrorCode>::from_wire("");
    CHECK(protocol::make_error_response<iex::GetStatus>(no_code, "r").error().code == errc::invalid_body);
}

namespace {

// botocore's parse of an error response (its .expected.json).
struct BotocoreErrorDetail {
    std::string Code, Message, Type;
};
BOOST_DESCRIBE_STRUCT(BotocoreErrorDetail, (), (Code, Message, Type))
struct BotocoreMetadata {
    std::string RequestId;
};
BOOST_DESCRIBE_STRUCT(BotocoreMetadata, (), (RequestId))
struct BotocoreError {
    BotocoreErrorDetail Error;
    BotocoreMetadata ResponseMetadata;
};
BOOST_DESCRIBE_STRUCT(BotocoreError, (), (Error, ResponseMetadata))

}  // namespace

TEST_CASE("botocore's GetStatus error sample reads as botocore reads it") {
    const http::response response{400, {{"Content-Type", "text/xml"}}, sample("importexport-botocore-getstatus-error.xml")};
    const auto expected = json::parse<BotocoreError>(sample("importexport-botocore-getstatus-error.expected.json")).value();
    const iex::GetStatusError error = read_error(response);
    CHECK(error.code.wire_name() == expected.Error.Code);
    CHECK(error.code == iex::GetStatusErrorCode::InvalidJobIdException);
    CHECK(error.message == expected.Error.Message);
    CHECK(error.http_status == 400);
    CHECK(protocol::request_id<iex::GetStatus>(response) == expected.ResponseMetadata.RequestId);
    // botocore reads no modeled member: the exception's `message` is not <Message>.
    CHECK(std::get<iex::InvalidJobIdException>(error.details) == iex::InvalidJobIdException{});
    // Sent again by the server: the same error, Type Sender as in the sample.
    const auto again = protocol::make_error_response<iex::GetStatus>(error, expected.ResponseMetadata.RequestId);
    REQUIRE(again);
    CHECK(again->body.find("<Type>" + expected.Error.Type + "</Type>") != std::string::npos);
    CHECK(read_error(*again) == error);
}

TEST_CASE("botocore's ListJobs sample is not a GetStatus response: a clear error") {
    const http::response response{200, {}, sample("importexport-botocore-listjobs.xml")};
    const auto e = refusal(response);
    CHECK(e.code == errc::invalid_body);
    REQUIRE(e.json_error);
    CHECK(e.describe().find("GetStatusResponse") != std::string::npos);
    CHECK(e.describe().find("expected the root element <GetStatusResponse>, got <ListJobsResponse>") != std::string::npos);
    // Nor is its request id GetStatus's.
    CHECK(protocol::request_id<iex::GetStatus>(response).empty());
}

TEST_CASE("GetStatus responses that are neither the output nor an error are refused") {
    // An error envelope with a success status.
    CHECK(refusal({200, {}, sample("importexport-botocore-getstatus-error.xml")}).code == errc::invalid_body);
    // An empty or blank success body: the service always sends the envelope.
    CHECK(refusal({200, {}, ""}).code == errc::invalid_body);
    // Error statuses whose body names no error.
    CHECK(refusal({400, {}, ""}).code == errc::unexpected_response);
    CHECK(refusal({500, {}, "<html><body>Bad gateway</body></html>"}).code == errc::unexpected_response);
    CHECK(refusal({400, {}, "{\"message\":\"json\"}"}).code == errc::unexpected_response);
    CHECK(refusal({400, {}, "<ErrorResponse><Error><Type>Sender</Type></Error></ErrorResponse>"}).code ==
          errc::unexpected_response);
    CHECK(refusal({400, {}, "<ErrorResponse><Error><Code> </Code></Error></ErrorResponse>"}).code ==
          errc::unexpected_response);
    // Statuses that are neither.
    CHECK(refusal({101, {}, ""}).code == errc::unexpected_response);
    CHECK(refusal({600, {}, ""}).code == errc::unexpected_response);
    // A result whose member does not read: the path and offset of the bad value.
    const auto bad = refusal({200, {},
                              "<GetStatusResponse><GetStatusResult><ArtifactList><member><URL>a</URL></member>"
                              "<member><URL><b/></URL></member></ArtifactList></GetStatusResult></GetStatusResponse>"});
    REQUIRE(bad.json_error);
    CHECK(bad.json_error->path == "/GetStatusResponse/GetStatusResult/ArtifactList/member[2]/URL/b");
    CHECK(bad.json_error->offset > 0);
    // Hostile XML is refused as the XML codec refuses it.
    CHECK(refusal({200, {}, "<!DOCTYPE a [<!ENTITY x \"xx\">]><GetStatusResponse/>"}).code == errc::invalid_body);
    CHECK(refusal({400, {}, "<ErrorResponse><Error><Code>\xff</Code></Error></ErrorResponse>"}).code ==
          errc::unexpected_response);
}

TEST_CASE("GetStatus: the request id falls back to the header, and unknown elements are skipped") {
    const http::response response{
        200, {{"x-amzn-RequestId", "from-header"}},
        "<GetStatusResponse xmlns=\"x\"><GetStatusResult><JobId>J</JobId><NewMember><A>1</A></NewMember>"
        "</GetStatusResult></GetStatusResponse>"};
    const auto read = protocol::read_response<iex::GetStatus>(response);
    REQUIRE(read);
    CHECK(std::get<0>(*read).JobId == "J");
    CHECK(protocol::request_id<iex::GetStatus>(response) == "from-header");
}

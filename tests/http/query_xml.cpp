// The query protocol's XML responses for Import/Export GetStatus, both directions.
#include <awsjobs/importexport.hpp>
#include <awsjobs/protocol.hpp>
#include <awsjobs/protocol/xml.hpp>
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace iex = awsjobs::importexport;
namespace http = awsjobs::http;
namespace json = awsjobs::json;
namespace protocol = awsjobs::protocol;
using protocol::errc;

namespace {

std::string read_sample(const std::string& name) {
    std::ifstream in(std::string(AWSJOBS_TEST_DATA "/samples/") + name, std::ios::binary);
    REQUIRE_MESSAGE(in, "cannot open sample ", name);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

iex::GetStatusOutput status() {
    iex::GetStatusOutput out;
    out.JobId = "EX1ID";
    out.JobType = iex::JobType::Import;
    out.LocationCode = "AT-AWS";
    out.ProgressMessage = "Device <received> & \"logged\"";
    out.ErrorCount = 0;
    out.CreationDate = json::iso8601_timestamp(std::chrono::sys_seconds(std::chrono::seconds(1271888345)));
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
    using info = json::detail::enum_info<iex::GetStatusErrorCode>;
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
    CHECK(not_xml.error().json_error.has_value());
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

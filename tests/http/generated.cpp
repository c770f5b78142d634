// The generated job operations through the protocol layer: the wire facts of issue 19 (query
// members, statuses, no output, the older ListImportJobs form, query-protocol lists and booleans),
// and their strict errors. operations_check.py holds every operation against botocore.
#include <awsjobs/awsjobs.hpp>
#include <awsjobs/protocol.hpp>
#include <doctest/doctest.h>

#include <string>
#include <variant>

namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;
namespace iex = awsjobs::importexport;
namespace http = awsjobs::http;
namespace protocol = awsjobs::protocol;
using protocol::errc;

namespace {

template <class Op>
protocol::error refusal(std::string method, std::string target, std::string body = {}) {
    auto read = protocol::read_request<Op>(http::request{std::move(method), std::move(target), {}, std::move(body)});
    REQUIRE_FALSE(read);
    return read.error();
}

}  // namespace

TEST_CASE("Data Exchange ListJobs: GET /v1/jobs with its four query members, and their errors") {
    dx::ListJobs::input<> in;
    in.DataSetId = "d 1";
    in.MaxResults = 200;
    in.NextToken = "t/+=";
    in.RevisionId = "r";
    const auto request = protocol::make_request<dx::ListJobs>(in);
    REQUIRE(request);
    CHECK(request->method == "GET");
    CHECK(request->target == "/v1/jobs?dataSetId=d%201&maxResults=200&nextToken=t%2F%2B%3D&revisionId=r");
    CHECK(request->body.empty());
    const auto read = protocol::read_request<dx::ListJobs>(*request);
    REQUIRE(read);
    CHECK(*read == in);
    CHECK(protocol::make_request<dx::ListJobs>(dx::ListJobs::input<>{})->target == "/v1/jobs");

    auto e = refusal<dx::ListJobs>("GET", "/v1/jobs?maxResults=99999999999");
    CHECK(e.code == errc::invalid_parameter);
    CHECK(e.message == "ListJobs: the query parameter maxResults is out of the range of an int32");
    e = refusal<dx::ListJobs>("GET", "/v1/jobs?maxResults=ten");
    CHECK(e.message == "ListJobs: the query parameter maxResults is not a decimal integer");
    e = refusal<dx::ListJobs>("GET", "/v1/jobs?nextToken=a&nextToken=b");
    CHECK(e.message == "ListJobs: the query parameter nextToken appears twice");
}

TEST_CASE("Data Exchange CreateJob 201, StartJob 202 with {}, CancelJob 204 without a body") {
    dx::CreateJob::output<> created;
    created.Id = "j";
    const auto response = protocol::make_response<dx::CreateJob>(created, "r");
    REQUIRE(response);
    CHECK(response->status == 201);

    const auto started = protocol::make_response<dx::StartJob>(dx::StartJob::output<>{}, "r");
    REQUIRE(started);
    CHECK(started->status == 202);
    CHECK(started->body == "{}");

    const auto cancelled = protocol::make_response<dx::CancelJob>(awsjobs::no_output{}, "r");
    REQUIRE(cancelled);
    CHECK(cancelled->status == 204);
    CHECK(cancelled->body.empty());
    const auto read = protocol::read_response<dx::CancelJob>(*cancelled);
    REQUIRE(read);
    CHECK(std::holds_alternative<awsjobs::no_output>(*read));

    dx::StartJob::input<> start;
    start.JobId = "j 1";
    const auto patch = protocol::make_request<dx::StartJob>(start);
    REQUIRE(patch);
    CHECK(patch->method == "PATCH");
    CHECK(patch->target == "/v1/jobs/j%201");
    CHECK(patch->body.empty());
}

TEST_CASE("SES v2 ListImportJobs: the server reads today's form and the AWS CLI 2.9's, the client sends today's") {
    ses::ListImportJobs::input<> in;
    in.ImportDestinationType = ses::ImportDestinationType::CONTACT_LIST;
    in.NextToken = "t 1";
    in.PageSize = 10;
    const auto request = protocol::make_request<ses::ListImportJobs>(in);
    REQUIRE(request);
    CHECK(request->method == "POST");
    CHECK(request->target == "/v2/email/import-jobs/list");
    CHECK(request->body == R"({"ImportDestinationType":"CONTACT_LIST","NextToken":"t 1","PageSize":10})");
    CHECK(*protocol::read_request<ses::ListImportJobs>(*request) == in);

    // What the AWS CLI 2.9.19 sends (tests/http/operations_check.py --legacy checks it with its botocore).
    const auto legacy = protocol::read_request<ses::ListImportJobs>(
        http::request{"GET", "/v2/email/import-jobs?NextToken=t%201&PageSize=10",
                      {{"Content-Type", "application/json"}}, R"({"ImportDestinationType": "CONTACT_LIST"})"});
    REQUIRE(legacy);
    CHECK(*legacy == in);
    // GET /v2/email/import-jobs/{JobId} is GetImportJob's, not this one's.
    CHECK(refusal<ses::ListImportJobs>("GET", "/v2/email/import-jobs/abc").code == errc::wrong_method);
}

TEST_CASE("Import/Export: booleans and .member.N lists in forms, both ways, strictly") {
    iex::GetShippingLabel::input<> label;
    label.jobIds = std::vector<std::string>{"A1", "B 2"};
    label.name = "n";
    const auto request = protocol::make_request<iex::GetShippingLabel>(label);
    REQUIRE(request);
    CHECK(request->body == "Action=GetShippingLabel&Version=2010-06-01&jobIds.member.1=A1&jobIds.member.2=B+2&name=n");
    CHECK(*protocol::read_request<iex::GetShippingLabel>(*request) == label);
    auto e = refusal<iex::GetShippingLabel>("POST", "/", "Action=GetShippingLabel&Version=2010-06-01&jobIds.member.2=B");
    CHECK(e.message == "GetShippingLabel: the parameter jobIds.member.1 is missing: the indexes have a gap");
    e = refusal<iex::GetShippingLabel>("POST", "/", "Action=GetShippingLabel&Version=2010-06-01");
    CHECK(e.message == "GetShippingLabel: the required parameter jobIds is absent");

    iex::CreateJob::input<> create;
    create.JobType = iex::JobType::Import;
    create.Manifest = "manifestVersion: 2.0";
    create.ValidateOnly.emplace(true);
    const auto created = protocol::make_request<iex::CreateJob>(create);
    REQUIRE(created);
    CHECK(created->body ==
          "Action=CreateJob&Version=2010-06-01&JobType=Import&Manifest=manifestVersion%3A+2.0&ValidateOnly=true");
    CHECK(*protocol::read_request<iex::CreateJob>(*created) == create);
    e = refusal<iex::CreateJob>("POST", "/", "Action=CreateJob&Version=2010-06-01&JobType=Import&Manifest=m&ValidateOnly=1");
    CHECK(e.code == errc::invalid_parameter);
    CHECK(e.message == "CreateJob: the parameter ValidateOnly is not a boolean (true or false)");
}

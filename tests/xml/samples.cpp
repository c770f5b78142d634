// Real query-protocol responses: botocore's two Import/Export samples, read as botocore
// reads them (their .expected.json), botocore's protocol-test vectors, and a GetStatus
// response read into the Import/Export models.
#include "samples.hpp"
#include "types.hpp"

#include <awsjobs/importexport.hpp>
#include <awsjobs/json.hpp>

#include <string>

namespace ie = awsjobs::importexport;
namespace json = awsjobs::json;
using namespace xml_tests;

namespace {

// The shapes of the two samples, as the test describes them (ListJobs is not one of
// awsjobs' operations, and the error envelope belongs to the protocol, not to a model).
struct Metadata {
    std::optional<std::string> RequestId;
    friend bool operator==(const Metadata&, const Metadata&) = default;
};
BOOST_DESCRIBE_STRUCT(Metadata, (), (RequestId))

struct ErrorDetail {
    std::optional<std::string> Type;
    std::optional<std::string> Code;
    std::optional<std::string> Message;
    friend bool operator==(const ErrorDetail&, const ErrorDetail&) = default;
};
BOOST_DESCRIBE_STRUCT(ErrorDetail, (), (Type, Code, Message))

/// <ErrorResponse>: the query protocol's error envelope.
struct ErrorResponse {
    std::optional<ErrorDetail> Error;
    std::optional<std::string> RequestId;
};
BOOST_DESCRIBE_STRUCT(ErrorResponse, (), (Error, RequestId))

/// botocore's parse of it: the request id moved into ResponseMetadata.
struct BotocoreError {
    std::optional<ErrorDetail> Error;
    std::optional<Metadata> ResponseMetadata;
};
BOOST_DESCRIBE_STRUCT(BotocoreError, (), (Error, ResponseMetadata))

struct Job {
    std::optional<awsjobs::open_enum<ie::JobType>> JobType;
    std::optional<awsjobs::iso8601_timestamp> CreationDate;
    std::optional<bool> IsCanceled;
    std::optional<std::string> JobId;
    friend bool operator==(const Job&, const Job&) = default;
};
BOOST_DESCRIBE_STRUCT(Job, (), (JobType, CreationDate, IsCanceled, JobId))

struct ListJobsOutput {
    std::optional<std::vector<Job>> Jobs;
    std::optional<bool> IsTruncated;
};
BOOST_DESCRIBE_STRUCT(ListJobsOutput, (), (Jobs, IsTruncated))

/// botocore's parse: the result's members and ResponseMetadata side by side.
struct BotocoreListJobs {
    std::optional<std::vector<Job>> Jobs;
    std::optional<bool> IsTruncated;
    std::optional<Metadata> ResponseMetadata;
};
BOOST_DESCRIBE_STRUCT(BotocoreListJobs, (), (Jobs, IsTruncated, ResponseMetadata))

}  // namespace

TEST_CASE("xml samples: botocore's GetStatus error response reads as botocore reads it") {
    const std::string body = test_samples::read_sample("importexport-botocore-getstatus-error.xml");
    const auto expected = json::parse<BotocoreError>(test_samples::read_sample("importexport-botocore-getstatus-error.expected.json"));
    REQUIRE(expected);
    const auto error = xml::parse<ErrorResponse>(std::string_view(body), {"ErrorResponse"});
    REQUIRE_MESSAGE(error, error.error().describe());
    CHECK(error->Error == expected->Error);
    CHECK(error->RequestId == expected->ResponseMetadata->RequestId);
    CHECK(error->Error->Code == "InvalidJobIdException");
    // The error's own shape: the model's exception, read from <Error>.
    const auto exception = xml::parse<ie::view::InvalidJobIdException>(std::string_view(body), {"ErrorResponse", "Error"});
    REQUIRE(exception);
    CHECK(!exception->message);  // the model's member is `message`; the wire says <Message>
}

TEST_CASE("xml samples: botocore's ListJobs response reads as botocore reads it") {
    const std::string body = test_samples::read_sample("importexport-botocore-listjobs.xml");
    const auto expected = json::parse<BotocoreListJobs>(test_samples::read_sample("importexport-botocore-listjobs.expected.json"));
    REQUIRE(expected);
    const auto result = xml::parse<ListJobsOutput>(std::string_view(body), {"ListJobsResponse", "ListJobsResult"});
    REQUIRE_MESSAGE(result, result.error().describe());
    const auto metadata = xml::parse<Metadata>(std::string_view(body), {"ListJobsResponse", "ResponseMetadata"});
    REQUIRE(metadata);
    // botocore prints timestamps as ISO 8601 text and booleans as JSON booleans: read into
    // the same types, the two must be equal member for member.
    CHECK(result->Jobs == expected->Jobs);
    CHECK(result->IsTruncated == expected->IsTruncated);
    CHECK(*metadata == expected->ResponseMetadata);
    REQUIRE(result->Jobs->size() == 2);
    CHECK((*result->Jobs)[1].JobId == "AVEYF");
    CHECK(awsjobs::to_iso8601(*(*result->Jobs)[1].CreationDate) == "2010-04-21T22:19:05.000Z");
}

TEST_CASE("xml samples: botocore's query protocol vectors") {
    // QueryXmlEmptyLists: an empty element is an empty list, not an absent one.
    const auto empty = xml::parse<Record>(
        std::string_view("<QueryXmlEmptyListsResponse xmlns=\"https://example.com/\"><QueryXmlEmptyListsResult>"
                         "<Tags/><Items></Items></QueryXmlEmptyListsResult></QueryXmlEmptyListsResponse>"),
        {"QueryXmlEmptyListsResponse", "QueryXmlEmptyListsResult"});
    REQUIRE(empty);
    CHECK(empty->Tags == std::vector<std::string>{});
    CHECK(empty->Items == std::vector<Item>{});
    // The two timestamp vectors are in reading.cpp ("botocore's query protocol vectors").
}

namespace {

// A GetStatus response with the values of the AWS CLI's example (awscli/examples/importexport/
// get-status.rst, kept in tests/data/samples/importexport-awscli-get-status.txt), in the
// query protocol's envelope, ResponseMetadata first as some services send it.
const std::string get_status_response = R"(<GetStatusResponse xmlns="http://importexport.amazonaws.com/doc/2010-06-01/">
  <ResponseMetadata><RequestId>a9d2c3d1-0000-4a1b-8c2e-EXAMPLE</RequestId></ResponseMetadata>
  <GetStatusResult>
    <JobId>EX1ID</JobId>
    <JobType>Import</JobType>
    <LocationCode>NotReceived</LocationCode>
    <LocationMessage>AWS has not received your device.</LocationMessage>
    <ProgressCode>Pending</ProgressCode>
    <ProgressMessage>The specified job has not started.</ProgressMessage>
    <ErrorCount>0</ErrorCount>
    <Signature>ktKDXpdbEXAMPLEyGFJmQO744UHw=</Signature>
    <SignatureFileContents>version:2.0
signingMethod:HmacSHA1
jobId:EX1ID
signature:ktKDXpdbEXAMPLEyGFJmQO744UHw=</SignatureFileContents>
    <CurrentManifest>manifestVersion:2.0
generator:Text editor
bucket:amzn-s3-demo-bucket
notificationEmail:john.doe@example.com;jane.roe@example.com
returnAddress:
    name: Jane Roe
    company: Example Corp.</CurrentManifest>
    <CreationDate>2015-05-27T18:58:21Z</CreationDate>
    <ArtifactList>
      <member><Description>log</Description><URL>https://s3.amazonaws.com/bucket/log?a=1&amp;b=2</URL></member>
    </ArtifactList>
  </GetStatusResult>
</GetStatusResponse>
)";

}  // namespace

TEST_CASE("xml samples: a GetStatus response into the Import/Export models, zero-copy and owning") {
    const xml::element_path result{"GetStatusResponse", "GetStatusResult"};
    const auto view = xml::parse<ie::view::GetStatusOutput>(std::string_view(get_status_response), result);
    const auto owning = xml::parse<ie::GetStatusOutput>(std::string_view(get_status_response), result);
    REQUIRE_MESSAGE(view, view.error().describe());
    REQUIRE_MESSAGE(owning, owning.error().describe());
    CHECK(*view->JobId == "EX1ID");
    CHECK(view->JobType == ie::JobType::Import);
    CHECK(*view->LocationCode == "NotReceived");
    CHECK(*view->ProgressMessage == "The specified job has not started.");
    CHECK(view->ErrorCount == 0);
    CHECK(*view->SignatureFileContents == "version:2.0\nsigningMethod:HmacSHA1\njobId:EX1ID\nsignature:ktKDXpdbEXAMPLEyGFJmQO744UHw=");
    CHECK(view->CurrentManifest->find("\n    name: Jane Roe\n") != std::string_view::npos);
    CHECK(awsjobs::to_iso8601(*view->CreationDate) == "2015-05-27T18:58:21.000Z");
    REQUIRE(view->ArtifactList->size() == 1);
    CHECK(*(*view->ArtifactList)[0].URL == "https://s3.amazonaws.com/bucket/log?a=1&b=2");
    CHECK(owning->CurrentManifest == std::string(*view->CurrentManifest));

    // The same value as the JSON codec sees it: both codecs agree.
    const std::string as_json = json::write(*view).value();
    CHECK(json::parse<ie::GetStatusOutput>(std::string_view(as_json)).value() == *owning);

    // Written back and read again: the same value, the same bytes.
    const std::string written = write_ok(*owning, result, {.xmlns = "http://importexport.amazonaws.com/doc/2010-06-01/"});
    CHECK(written.rfind("<GetStatusResponse xmlns=\"http://importexport.amazonaws.com/doc/2010-06-01/\"><GetStatusResult><JobId>EX1ID</JobId>", 0) == 0);
    const auto again = xml::parse<ie::view::GetStatusOutput>(std::string_view(written), result);
    REQUIRE(again);
    CHECK(write_ok(*again, result, {.xmlns = "http://importexport.amazonaws.com/doc/2010-06-01/"}) == written);
    CHECK(write_ok(*view, result, {.xmlns = "http://importexport.amazonaws.com/doc/2010-06-01/"}) == written);
}

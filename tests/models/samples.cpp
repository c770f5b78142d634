// Real responses others published, read field by field, and written back.
#include "support.hpp"

using namespace model_tests;
namespace json = awsjobs::json;
namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;
namespace iex = awsjobs::importexport;

TEST_CASE("the Data Exchange user guide's job resource") {
    const std::string text = read_sample("dataexchange-adx-userguide-job-resource.json");
    auto job = json::parse<dx::view::GetJobResponse>(text);
    REQUIRE(job);
    CHECK(job->Arn == "arn:aws:dataexchange:us-east-1:123456789012:jobs/6cEXAMPLE818f7c7a23b3d0EXAMPLE1c");
    CHECK(job->Id == "6cEXAMPLE818f7c7a23b3d0EXAMPLE1c");
    CHECK(job->State == dx::State::COMPLETED);
    CHECK(job->Type == dx::Type::IMPORT_ASSETS_FROM_S3);
    CHECK(job->CreatedAt == awsjobs::iso8601_timestamp(utc(2019, 10, 11, 14, 12, 24, 640)));
    CHECK(job->UpdatedAt == awsjobs::iso8601_timestamp(utc(2019, 10, 11, 14, 13, 0, 804)));
    CHECK_FALSE(job->Errors);
    CHECK_FALSE(job->AssetConfiguration);
    REQUIRE(job->Details);
    const auto* s3 = std::get_if<dx::view::ImportAssetsFromS3ResponseDetails>(&*job->Details);
    REQUIRE(s3);
    REQUIRE(s3->AssetSources);
    REQUIRE(s3->AssetSources->size() == 1);
    CHECK((*s3->AssetSources)[0].Bucket == "DOC-EXAMPLE-BUCKET");
    CHECK((*s3->AssetSources)[0].Key == "MyKey");
    CHECK(s3->DataSetId == "14EXAMPLE4460dc9b005a0dEXAMPLE2f");
    CHECK(s3->RevisionId == "e5EXAMPLE224f879066f999EXAMPLE42");
    CHECK(awsjobs::check_required(*job).empty());

    // Read, write, read back: equal, in both string flavours.
    const std::string written = write_ok(*job);
    CHECK(written ==
          R"({"Arn":"arn:aws:dataexchange:us-east-1:123456789012:jobs/6cEXAMPLE818f7c7a23b3d0EXAMPLE1c",)"
          R"("CreatedAt":"2019-10-11T14:12:24.640Z","Details":{"ImportAssetsFromS3":{"AssetSources":[{"Bucket":"DOC-EXAMPLE-BUCKET",)"
          R"("Key":"MyKey"}],"DataSetId":"14EXAMPLE4460dc9b005a0dEXAMPLE2f","RevisionId":"e5EXAMPLE224f879066f999EXAMPLE42"}},)"
          R"("Id":"6cEXAMPLE818f7c7a23b3d0EXAMPLE1c","State":"COMPLETED","Type":"IMPORT_ASSETS_FROM_S3",)"
          R"("UpdatedAt":"2019-10-11T14:13:00.804Z"})");
    const auto owning = read_ok<dx::GetJobResponse>(text);
    CHECK(read_ok<dx::GetJobResponse>(written) == owning);
    CHECK(write_ok(owning) == written);
}

TEST_CASE("the SES developer guide's get-import-job output") {
    const std::string text = read_sample("sesv2-ses-devguide-2020-get-import-job.json");
    const auto job = read_ok<ses::GetImportJobResponse>(text);
    REQUIRE(job.ImportDataSource);
    CHECK(job.ImportDataSource->S3Url == "s3://bucket/object");
    CHECK(job.ImportDataSource->DataFormat == ses::DataFormat::CSV);
    CHECK(job.ProcessedRecordsCount == 2);
    REQUIRE(job.FailureInfo);
    CHECK(job.FailureInfo->FailedRecordsS3Url == "s3presignedurl");
    CHECK_FALSE(job.FailureInfo->ErrorMessage);
    CHECK(job.JobStatus == ses::JobStatus::COMPLETED);
    CHECK(job.JobId == "jobid");
    CHECK(job.CreatedTimestamp == awsjobs::epoch_timestamp(utc(2020, 8, 12, 17, 5, 15, 243)));
    CHECK(job.FailedRecordsCount == 1);
    REQUIRE(job.ImportDestination);
    const auto* suppression = std::get_if<ses::SuppressionListDestination>(&*job.ImportDestination);
    REQUIRE(suppression);
    CHECK(suppression->SuppressionListImportAction == ses::SuppressionListImportAction::PUT);
    CHECK(job.CompletedTimestamp == awsjobs::epoch_timestamp(utc(2020, 8, 12, 17, 6, 42, 583)));

    // Written in the model's member order, timestamps as epoch numbers as the service sends them.
    const std::string written = write_ok(job);
    CHECK(written ==
          R"({"JobId":"jobid","ImportDestination":{"SuppressionListDestination":{"SuppressionListImportAction":"PUT"}},)"
          R"("ImportDataSource":{"S3Url":"s3://bucket/object","DataFormat":"CSV"},)"
          R"("FailureInfo":{"FailedRecordsS3Url":"s3presignedurl"},"JobStatus":"COMPLETED",)"
          R"("CreatedTimestamp":1597251915.243,"CompletedTimestamp":1597252002.583,)"
          R"("ProcessedRecordsCount":2,"FailedRecordsCount":1})");
    CHECK(read_ok<ses::GetImportJobResponse>(written) == job);
}

namespace {
// ListImportJobs is not one of our operations; its items share the modelled shapes.
struct ImportJobSummary {
    std::optional<std::string> JobId;
    std::optional<ses::ImportDestination> ImportDestination;
    std::optional<awsjobs::open_enum<ses::JobStatus>> JobStatus;
    std::optional<awsjobs::epoch_timestamp> CreatedTimestamp;
    BOOST_DESCRIBE_CLASS(ImportJobSummary, (), (JobId, ImportDestination, JobStatus, CreatedTimestamp), (), ())
};
struct ListImportJobsResponse {
    std::vector<ImportJobSummary> ImportJobs;
    BOOST_DESCRIBE_CLASS(ListImportJobsResponse, (), (ImportJobs), (), ())
};
}  // namespace

TEST_CASE("a one-of with null alternatives beside the real one reads the real one, in both services") {
    // As botocore (parsers.py drops a tagged union's null members) and the current SDKs read it.
    for (const char* text : {R"({"Details":{"ExportAssetsToS3":null,"ImportAssetsFromS3":{"DataSetId":"d","RevisionId":"r"}}})",
                             R"({"Details":{"ImportAssetsFromS3":{"DataSetId":"d","RevisionId":"r"},"ExportAssetsToS3":null}})"}) {
        CAPTURE(text);
        const auto job = read_ok<dx::GetJobResponse>(text);
        REQUIRE(job.Details);
        const auto* s3 = std::get_if<dx::ImportAssetsFromS3ResponseDetails>(&*job.Details);
        REQUIRE(s3);
        CHECK(s3->DataSetId == "d");
    }
    for (const char* text :
         {R"({"JobId":"j","ImportDestination":{"SuppressionListDestination":null,"ContactListDestination":{"ContactListName":"c","ContactListImportAction":"PUT"}}})",
          R"({"JobId":"j","ImportDestination":{"ContactListDestination":{"ContactListName":"c","ContactListImportAction":"PUT"},"SuppressionListDestination":null}})"}) {
        CAPTURE(text);
        const auto job = read_ok<ses::GetImportJobResponse>(text);
        REQUIRE(job.ImportDestination);
        const auto* list = std::get_if<ses::ContactListDestination>(&*job.ImportDestination);
        REQUIRE(list);
        CHECK(list->ContactListName == "c");
    }
    const auto both = json::parse<ses::GetImportJobResponse>(std::string_view(
        R"({"ImportDestination":{"SuppressionListDestination":{"SuppressionListImportAction":"PUT"},"ContactListDestination":{}}})"));
    REQUIRE_FALSE(both);
    CHECK(both.error().code == awsjobs::errc::ambiguous_union);
}

TEST_CASE("the SES developer guide's list-import-jobs output: PUT and DELETE") {
    const auto list = read_ok<ListImportJobsResponse>(read_sample("sesv2-ses-devguide-2020-list-import-jobs.json"));
    REQUIRE(list.ImportJobs.size() == 3);
    const auto action = [&](std::size_t i) {
        return std::get<ses::SuppressionListDestination>(*list.ImportJobs[i].ImportDestination).SuppressionListImportAction;
    };
    CHECK(action(0) == ses::SuppressionListImportAction::PUT);
    CHECK(action(1) == ses::SuppressionListImportAction::DELETE_);
    CHECK(action(1)->wire_name() == "DELETE");
    CHECK(list.ImportJobs[1].JobId == "076683bd-a7ee-4a40-9754-4ad1161ba8b6");
    CHECK(list.ImportJobs[1].CreatedTimestamp == awsjobs::epoch_timestamp(utc(2020, 7, 30, 18, 45, 32, 398)));
    CHECK(list.ImportJobs[2].JobStatus == ses::JobStatus::COMPLETED);
}

TEST_CASE("a published sample that is not valid JSON fails at the right offset") {
    const std::string text = read_sample("sesv2-ses-devguide-2022-list-import-jobs.txt");
    auto list = json::parse<ListImportJobsResponse>(text);
    REQUIRE_FALSE(list);
    // `"CreatedTimestamp": 2020-07-31T06:06:55Z",`: the number 2020 ends where '-' begins.
    const std::size_t dash = text.find("2020-07-31T06:06:55Z") + 4;
    CHECK(list.error().code == awsjobs::errc::syntax);
    CHECK(list.error().offset == dash);
    CHECK(list.error().message == "Missing a comma or '}' after an object member.");
    CHECK(list.error().path == "$.ImportJobs[0]");
}

namespace {
// botocore's JSON rendering of a query-protocol error.
struct ErrorBody {
    std::string Code, Message, Type;
    BOOST_DESCRIBE_CLASS(ErrorBody, (), (Code, Message, Type), (), ())
};
struct ErrorResponse {
    ErrorBody Error;
    BOOST_DESCRIBE_CLASS(ErrorResponse, (), (Error), (), ())
};
struct ListJobsOutput {
    std::vector<iex::GetStatusOutput> Jobs;  // the items carry a subset of GetStatusOutput's members
    bool IsTruncated = false;
    BOOST_DESCRIBE_CLASS(ListJobsOutput, (), (Jobs, IsTruncated), (), ())
};
}  // namespace

TEST_CASE("botocore's parse of an Import/Export GetStatus error maps onto the typed error") {
    const auto parsed = read_ok<ErrorResponse>(read_sample("importexport-botocore-getstatus-error.expected.json"));
    iex::GetStatusError error;
    error.http_status = 400;
    error.code = awsjobs::open_enum<iex::GetStatusErrorCode>::from_wire(parsed.Error.Code);
    error.message = parsed.Error.Message;
    CHECK(error.code == iex::GetStatusErrorCode::InvalidJobIdException);
    CHECK(error.message == "No such job foobar for your account");
    error.details = iex::InvalidJobIdException{error.message};
    CHECK(std::get<iex::InvalidJobIdException>(error.details).message == "No such job foobar for your account");
}

TEST_CASE("botocore's parse of Import/Export ListJobs: ISO 8601 timestamps and JobType") {
    const auto list = read_ok<ListJobsOutput>(read_sample("importexport-botocore-listjobs.expected.json"));
    CHECK(list.IsTruncated);
    REQUIRE(list.Jobs.size() == 2);
    CHECK(list.Jobs[0].JobId == "ADP7B");
    CHECK(list.Jobs[0].JobType == iex::JobType::Import);
    CHECK(list.Jobs[0].CreationDate == awsjobs::iso8601_timestamp(utc(2010, 4, 21, 22, 21, 51)));
    CHECK(list.Jobs[1].CreationDate == awsjobs::iso8601_timestamp(utc(2010, 4, 21, 22, 19, 5)));
    CHECK(write_ok(list.Jobs[1]) == R"({"JobId":"AVEYF","JobType":"Import","CreationDate":"2010-04-21T22:19:05.000Z"})");
}

// A program written the way an awsjobs user writes one: read a GetImportJob response, use it,
// write it back. Every consumer project in this directory builds it, each getting awsjobs its
// own way (find_package, add_subdirectory, FetchContent, pkg-config). SES v2 rather than the
// larger Data Exchange model keeps this one translation unit quick to compile.
#include <awsjobs/json.hpp>
#include <awsjobs/sesv2.hpp>
#include <awsjobs/version.hpp>

#include <chrono>
#include <iostream>
#include <string>
#include <string_view>
#include <variant>

// The version the package manager (CMake, pkg-config) reports is the headers' own.
#ifdef AWSJOBS_PACKAGE_VERSION
static_assert(std::string_view(AWSJOBS_VERSION_STRING) == AWSJOBS_PACKAGE_VERSION);
#endif

int main() {
    using namespace std::chrono;
    namespace ses = awsjobs::sesv2;

    // The GetImportJob response shown in the Amazon SES Developer Guide.
    std::string body = R"({
        "ImportDataSource": {
            "S3Url": "s3://bucket/object",
            "DataFormat": "CSV"
        },
        "ProcessedRecordsCount": 2,
        "FailureInfo": {
            "FailedRecordsS3Url": "s3presignedurl"
        },
        "JobStatus": "COMPLETED",
        "JobId": "jobid",
        "CreatedTimestamp": 1597251915.243,
        "FailedRecordsCount": 1,
        "ImportDestination": {
            "SuppressionListDestination": {
                "SuppressionListImportAction": "PUT"
            }
        },
        "CompletedTimestamp": 1597252002.583
    })";

    const auto job = awsjobs::json::parse<ses::GetImportJobResponse>(std::move(body));
    if (!job) {
        std::cerr << "parse failed: " << job.error() << '\n';
        return 1;
    }
    const auto* destination = std::get_if<ses::SuppressionListDestination>(&*job->ImportDestination);
    const bool read_ok = job->JobStatus == ses::JobStatus::COMPLETED && destination != nullptr &&
                         *destination->SuppressionListImportAction == ses::SuppressionListImportAction::PUT &&
                         job->ProcessedRecordsCount == 2 &&
                         job->CreatedTimestamp->time_point<milliseconds>() ==
                             sys_days{2020y / August / 12} + 17h + 5min + 15s + 243ms;

    const std::string written = awsjobs::json::write(*job).value();
    const bool write_ok = written.starts_with(R"({"JobId":"jobid","ImportDestination":{"SuppressionListDestination")") &&
                          written.find(R"("CreatedTimestamp":1597251915.243,)") != std::string::npos;

    std::cout << "import job " << *job->JobId << " is " << job->JobStatus->wire_name() << ", "
              << written.size() << " bytes written back\n";
    if (!read_ok || !write_ok) {
        std::cerr << "unexpected result (read " << read_ok << ", write " << write_ok << "): " << written << '\n';
        return 1;
    }
    return 0;
}

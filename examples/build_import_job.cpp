// Builds an SES v2 GetImportJob response in code — a fake for a test, say — and
// writes it as the service would send it, then reads it back.
#include <awsjobs/json.hpp>
#include <awsjobs/sesv2.hpp>

#include <chrono>
#include <iostream>

namespace ses = awsjobs::sesv2;
namespace json = awsjobs::json;
using namespace std::chrono_literals;

int main() {
    ses::GetImportJobResponse job;
    job.JobId = "755380d7-fbdb-4ed2-a9a3-06866220f5b5";
    job.ImportDestination = ses::ContactListDestination{"newsletter", ses::ContactListImportAction::PUT};
    job.ImportDataSource = ses::ImportDataSource{"s3://my-bucket/contacts/2020-08.csv", ses::DataFormat::CSV};
    job.JobStatus = ses::JobStatus::COMPLETED;
    job.CreatedTimestamp = std::chrono::sys_seconds(1597251915s) + 243ms;
    job.CompletedTimestamp = std::chrono::sys_seconds(1597252002s) + 583ms;
    job.ProcessedRecordsCount = 2;
    job.FailedRecordsCount = 0;

    // Compact, as on the wire: epoch-second timestamps, members in the model's order.
    const std::string wire = json::write(job).value();
    std::cout << wire << "\n\n";
    // Pretty, for people.
    std::cout << json::write(job, {.pretty = true}).value() << "\n\n";

    // What was written reads back equal.
    const auto back = json::parse<ses::GetImportJobResponse>(wire);
    if (!back || *back != job) {
        std::cerr << "round trip failed\n";
        return 1;
    }
    std::cout << "read back equal; required members missing: " << awsjobs::check_required(*back).size() << '\n';
    return 0;
}

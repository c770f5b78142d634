// The packaged awsjobs reads and writes a real GetJob response.
#include <awsjobs/dataexchange.hpp>
#include <awsjobs/json.hpp>

#include <iostream>
#include <string_view>
#include <variant>

int main() {
    namespace dx = awsjobs::dataexchange;

    // The job resource shown in the AWS Data Exchange User Guide.
    constexpr std::string_view body = R"({
        "Arn": "arn:aws:dataexchange:us-east-1:123456789012:jobs/6cEXAMPLE818f7c7a23b3d0EXAMPLE1c",
        "Id": "6cEXAMPLE818f7c7a23b3d0EXAMPLE1c",
        "State": "COMPLETED",
        "Type": "IMPORT_ASSETS_FROM_S3",
        "CreatedAt": "2019-10-11T14:12:24.640Z",
        "UpdatedAt": "2019-10-11T14:13:00.804Z",
        "Details": {
            "ImportAssetsFromS3": {
                "AssetSources": [{"Bucket": "DOC-EXAMPLE-BUCKET", "Key": "MyKey"}],
                "DataSetId": "14EXAMPLE4460dc9b005a0dEXAMPLE2f",
                "RevisionId": "e5EXAMPLE224f879066f999EXAMPLE42"
            }
        }
    })";

    const auto job = awsjobs::json::parse<dx::view::GetJobResponse>(body);
    if (!job) {
        std::cerr << "parse failed: " << job.error() << '\n';
        return 1;
    }
    const auto* import = std::get_if<dx::view::ImportAssetsFromS3ResponseDetails>(&*job->Details);
    const std::string written = awsjobs::json::write(*job).value();
    std::cout << "awsjobs: job " << *job->Id << " is " << job->State->wire_name() << '\n' << written << '\n';

    const bool ok = job->State == dx::State::COMPLETED && import != nullptr && import->AssetSources->size() == 1 &&
                    written.find(R"("CreatedAt":"2019-10-11T14:12:24.640Z")") != std::string::npos;
    return ok ? 0 : 1;
}

#include <algorithm>
#include <iostream>
#include <string>

std::string job_id_with_awsjobs(std::string text);
std::string get_job_written_back(const std::string& text);
std::string job_id_with_rapidjson(std::string text);
std::string rewritten_with_rapidjson(const std::string& text);
std::string both_in_one_unit(const std::string& text);

int main() {
    // Whitespace and strings longer than a SIMD block, for both scanners to chew on.
    const std::string text = R"({
        "JobId": "ef28cf62-9d8e-4b60-9283-b09816c99a99",
        "ImportDestination": {"SuppressionListDestination": {"SuppressionListImportAction": "PUT"}},
        "ImportDataSource": {"S3Url": "s3://amzn-s3-demo-bucket/suppressions/2020-08-12.csv", "DataFormat": "CSV"},
        "JobStatus": "COMPLETED",
        "CreatedTimestamp": 1597251915.243,
        "ProcessedRecordsCount": 2,
        "FailedRecordsCount": 1
    })";
    const std::string expected = "ef28cf62-9d8e-4b60-9283-b09816c99a99 COMPLETED";
    int failures = 0;
    auto check = [&](const std::string& what, const std::string& got, const std::string& want) {
        if (got != want) {
            std::cerr << what << ": got \"" << got << "\", expected \"" << want << "\"\n";
            ++failures;
        }
    };
    check("awsjobs", job_id_with_awsjobs(text), expected);
    check("RapidJSON", job_id_with_rapidjson(text), expected);
    const std::string rewritten = rewritten_with_rapidjson(text);
    const std::string added = R"(,"Checked":true})";
    check("RapidJSON's writer", rewritten.substr(rewritten.size() - std::min(rewritten.size(), added.size())), added);
    check("awsjobs on RapidJSON's output", job_id_with_awsjobs(rewritten), expected);
    check("both in one translation unit", both_in_one_unit(text), "ef28cf62-9d8e-4b60-9283-b09816c99a99 2");
    // A job type this model does not know: kept as raw JSON, checked and written back.
    const std::string job = R"({"Details":{"ImportFromTheFuture":{"Rows":[1,2]}},"Id":"j1"})";
    check("awsjobs writing raw JSON", get_job_written_back(job), job);
    if (failures != 0) return 1;
    std::cout << "awsjobs and RapidJSON, configured differently, in one program: same results\n";
    return 0;
}

// awsjobs alone, as it leaves RapidJSON configured: reads a GetImportJob response, and writes a
// GetJob back (its one_of members bring in the writer's check of raw JSON, which reads with
// RapidJSON too).
#include <awsjobs/dataexchange.hpp>
#include <awsjobs/json.hpp>
#include <awsjobs/sesv2.hpp>

#include <string>

std::string job_id_with_awsjobs(std::string text) {
    namespace ses = awsjobs::sesv2;
    auto job = awsjobs::json::parse<ses::view::GetImportJobResponse>(std::move(text));
    if (!job || !job->JobId) return "awsjobs failed";
    return std::string(*job->JobId) + " " + std::string(job->JobStatus->wire_name());
}

std::string get_job_written_back(const std::string& text) {
    const auto job = awsjobs::json::parse<awsjobs::dataexchange::GetJobResponse>(std::string_view(text));
    if (!job) return "awsjobs failed";
    const awsjobs::result<std::string> written = awsjobs::json::write(*job);
    return written ? *written : std::string("awsjobs failed to write");
}

// awsjobs alone, as it leaves RapidJSON configured: reads a GetImportJob response.
#include <awsjobs/sesv2.hpp>

#include <string>

std::string job_id_with_awsjobs(std::string text) {
    namespace ses = awsjobs::sesv2;
    auto job = awsjobs::json::parse<ses::view::GetImportJobResponse>(std::move(text));
    if (!job || !job->JobId) return "awsjobs failed";
    return std::string(*job->JobId) + " " + std::string(job->JobStatus->wire_name());
}

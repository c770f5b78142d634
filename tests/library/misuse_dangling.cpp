// Taking a value out of a temporary document. With AWSJOBS_MISUSE set, each form
// below must not compile for a view type (its string_views would dangle); the
// same forms on the owning type compile and give the value.
#include <awsjobs/json.hpp>
#include <awsjobs/sesv2.hpp>

#include <string>

namespace json = awsjobs::json;
namespace ses = awsjobs::sesv2;

static std::string fetch() { return R"({"JobId":"job-1","JobStatus":"COMPLETED"})"; }

int main() {
#if AWSJOBS_MISUSE == 1
    auto job = *json::parse<ses::view::GetImportJobResponse>(fetch());
    return job.JobId ? 0 : 1;
#elif AWSJOBS_MISUSE == 2
    auto job = json::parse<ses::view::GetImportJobResponse>(fetch()).value();
    return job.JobId ? 0 : 1;
#elif AWSJOBS_MISUSE == 3
    auto id = json::parse<ses::view::GetImportJobResponse>(fetch())->JobId;
    return id ? 0 : 1;
#else
    auto job = *json::parse<ses::GetImportJobResponse>(fetch());
    auto again = json::parse<ses::GetImportJobResponse>(fetch()).value();
    auto id = json::parse<ses::GetImportJobResponse>(fetch())->JobId;
    const bool ok = job.JobId == "job-1" && again == job && id == "job-1" && job.JobStatus == ses::JobStatus::COMPLETED;
    return ok ? 0 : 1;
#endif
}

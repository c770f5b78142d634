// Each service's job states (<service>/job_state.hpp): every value of the model's enum, read
// through Boost.Describe, has the progress the service documents, so a value a model update
// adds or removes fails here; unknown values are not terminal; responses as read from the wire.
#include <awsjobs/dataexchange.hpp>
#include <awsjobs/dataexchange/job_state.hpp>
#include <awsjobs/importexport.hpp>
#include <awsjobs/importexport/job_state.hpp>
#include <awsjobs/json.hpp>
#include <awsjobs/protocol/poll.hpp>
#include <awsjobs/sesv2.hpp>
#include <awsjobs/sesv2/job_state.hpp>
#include <doctest/doctest.h>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;
namespace ie = awsjobs::importexport;
namespace json = awsjobs::json;
using awsjobs::job_progress;

namespace {

// Every enumerator of E, by its wire name, with progress_of's answer for it.
template <class E>
std::map<std::string, job_progress> classified() {
    std::map<std::string, job_progress> seen;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto enumerator) {
        const awsjobs::open_enum<E> value(enumerator.value);
        seen.emplace(std::string(value.wire_name()), progress_of(enumerator.value));
    });
    return seen;
}

}  // namespace

TEST_CASE("Data Exchange: every State of the model, as the API reference documents it") {
    const std::map<std::string, job_progress> documented{
        {"WAITING", job_progress::in_progress}, {"IN_PROGRESS", job_progress::in_progress},
        {"COMPLETED", job_progress::succeeded}, {"ERROR", job_progress::failed},
        {"CANCELLED", job_progress::failed},    {"TIMED_OUT", job_progress::failed},
    };
    CHECK(classified<dx::State>() == documented);
}

TEST_CASE("SES v2: every JobStatus of the model") {
    const std::map<std::string, job_progress> documented{
        {"CREATED", job_progress::in_progress}, {"PROCESSING", job_progress::in_progress},
        {"COMPLETED", job_progress::succeeded}, {"FAILED", job_progress::failed},
        {"CANCELLED", job_progress::failed},
    };
    CHECK(classified<ses::JobStatus>() == documented);
}

TEST_CASE("an unknown state or status, or none, is not terminal") {
    CHECK(dx::progress_of(awsjobs::open_enum<dx::State>::from_wire("PAUSED")) == job_progress::in_progress);
    CHECK(ses::progress_of(awsjobs::open_enum<ses::JobStatus>::from_wire("ARCHIVED")) == job_progress::in_progress);
    CHECK(dx::progress_of(dx::GetJobResponse{}) == job_progress::in_progress);
    CHECK(ses::progress_of(ses::GetImportJobResponse{}) == job_progress::in_progress);
    CHECK_FALSE(awsjobs::is_terminal(job_progress::in_progress));
    CHECK(awsjobs::is_terminal(job_progress::succeeded));
    CHECK(awsjobs::is_terminal(job_progress::failed));
}

TEST_CASE("responses as read from the wire, owning and zero-copy") {
    std::string body = R"({"Id":"j1","State":"TIMED_OUT"})";
    const auto owning = json::parse<dx::GetJobResponse>(std::string_view(body));
    REQUIRE(owning);
    CHECK(dx::progress_of(*owning) == job_progress::failed);
    const auto view = json::parse_in_place<dx::view::GetJobResponse>(body);
    REQUIRE(view);
    CHECK(dx::progress_of(*view) == job_progress::failed);

    const auto imported = json::parse<ses::view::GetImportJobResponse>(std::string(R"({"JobStatus":"COMPLETED"})"));
    REQUIRE(imported);
    CHECK(ses::progress_of(*imported) == job_progress::succeeded);
    CHECK(awsjobs::protocol::observe(ses::progress_of(*imported)) == awsjobs::protocol::poll_observation::succeeded);
}

TEST_CASE("Import/Export: every progress code of the Developer Guide, exactly as written") {
    const std::map<std::string, job_progress> documented{
        {"Pending", job_progress::in_progress},
        {"InProgress", job_progress::in_progress},
        {"Complete", job_progress::succeeded},
        {"Success", job_progress::succeeded},
        {"SuccessWithErrors", job_progress::failed},
        {"Canceled", job_progress::failed},
        {"Expired", job_progress::failed},
        {"DeviceError", job_progress::failed},
        {"MissingDevice", job_progress::failed},
        {"InvalidSignature", job_progress::failed},
        {"MissingSignature", job_progress::failed},
        {"UnsupportedDeviceType", job_progress::failed},
        {"UnsupportedFileFormat", job_progress::failed},
        {"UnsupportedPowerSupply", job_progress::failed},
    };
    std::map<std::string, job_progress> listed;
    for (const auto& [code, progress] : ie::progress_codes) {
        listed.emplace(std::string(code), progress);
        CHECK(ie::progress_of_code(code) == progress);
    }
    CHECK(listed == documented);
    CHECK(ie::progress_of_code("complete") == job_progress::in_progress);  // exact: not the code
    CHECK(ie::progress_of_code("Shipped") == job_progress::in_progress);
    CHECK(ie::progress_of_code("") == job_progress::in_progress);

    ie::GetStatusOutput status;
    CHECK(ie::progress_of(status) == job_progress::in_progress);
    status.ProgressCode = "Expired";
    CHECK(ie::progress_of(status) == job_progress::failed);
    ie::view::GetStatusOutput view;
    view.ProgressCode = std::string_view("Complete");
    CHECK(ie::progress_of(view) == job_progress::succeeded);
}

namespace {
// ListJobs' entry as the model has it (Job: JobId, CreationDate, IsCanceled, JobType).
struct listed_job {
    std::optional<std::string> JobId;
    std::optional<bool> IsCanceled;
};
}  // namespace

TEST_CASE("Import/Export: a ListJobs entry is failed when IsCanceled, else not finished") {
    CHECK(ie::progress_of(listed_job{"J1", true}) == job_progress::failed);
    CHECK(ie::progress_of(listed_job{"J1", false}) == job_progress::in_progress);
    CHECK(ie::progress_of(listed_job{"J1", std::nullopt}) == job_progress::in_progress);
}

TEST_CASE("Import/Export: GetStatus's errors for a cancelled or expired job end the wait as failed") {
    std::map<std::string, std::optional<job_progress>> seen;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<ie::GetStatusErrorCode>>([&](auto enumerator) {
        ie::GetStatusError error;
        error.code = enumerator.value;
        seen.emplace(std::string(error.code.wire_name()), ie::progress_of_error(error));
    });
    const std::map<std::string, std::optional<job_progress>> documented{
        {"InvalidJobIdException", std::nullopt},   {"ExpiredJobIdException", job_progress::failed},
        {"CanceledJobIdException", job_progress::failed}, {"InvalidAccessKeyIdException", std::nullopt},
        {"InvalidVersionException", std::nullopt},
    };
    CHECK(seen == documented);
    ie::GetStatusError unknown;
    unknown.code = awsjobs::open_enum<ie::GetStatusErrorCode>::from_wire("ThrottlingException");
    CHECK_FALSE(ie::progress_of_error(unknown).has_value());
}

TEST_CASE("the generated list entries and export jobs: the same states") {
    dx::JobEntry entry;
    CHECK(dx::progress_of(entry) == job_progress::in_progress);  // required, but absent
    entry.State = dx::State::CANCELLED;
    CHECK(dx::progress_of(entry) == job_progress::failed);

    ses::GetExportJobResponse exported;
    exported.JobStatus = ses::JobStatus::FAILED;
    CHECK(ses::progress_of(exported) == job_progress::failed);
    ses::ImportJobSummary imported;
    imported.JobStatus = ses::JobStatus::COMPLETED;
    CHECK(ses::progress_of(imported) == job_progress::succeeded);
    ses::view::ExportJobSummary listed;
    listed.JobStatus = ses::JobStatus::PROCESSING;
    CHECK(ses::progress_of(listed) == job_progress::in_progress);

    ie::Job job;
    job.IsCanceled = true;
    CHECK(ie::progress_of(job) == job_progress::failed);
    job.IsCanceled = false;
    CHECK(ie::progress_of(job) == job_progress::in_progress);
}

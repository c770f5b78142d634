/// \file
/// Which Import/Export job progress codes are terminal, and which of those are failures
/// (written by hand; not generated). The model types `ProgressCode` as a plain string; its
/// values are those of the AWS Import/Export Developer Guide, "Job and Device Status Codes",
/// table "Job Progress Status Codes" (https://docs.aws.amazon.com/AWSImportExport/latest/DG/Status.html):
///
/// | code | meaning (the guide's) | job_progress |
/// |---|---|---|
/// | `Pending` | the job has not started | in_progress |
/// | `InProgress` | the data on the device is being loaded | in_progress |
/// | `Complete` | the data loaded successfully | succeeded |
/// | `Success` | the data transfer completed successfully (the page's introduction) | succeeded |
/// | `SuccessWithErrors` | the load completed with errors (see the log) | failed |
/// | `Canceled` | the job was canceled | failed |
/// | `Expired` | the job expired | failed |
/// | `DeviceError`, `MissingDevice`, `InvalidSignature`, `MissingSignature`, `UnsupportedDeviceType`, `UnsupportedFileFormat`, `UnsupportedPowerSupply` | the job was aborted | failed |
///
/// `SuccessWithErrors` counts as failed: some objects did not load, and a wait that reports
/// success would hide it (GetStatus's `ErrorCount` and `LogKey` say which). Any other code is
/// in_progress, so a wait for it ends at its deadline rather than on a guess.
#ifndef AWSJOBS_IMPORTEXPORT_JOB_STATE_HPP
#define AWSJOBS_IMPORTEXPORT_JOB_STATE_HPP

#include <awsjobs/core/job_progress.hpp>
#include <awsjobs/importexport/errors.hpp>
#include <awsjobs/importexport/shapes.hpp>

#include <array>
#include <concepts>
#include <optional>
#include <string_view>
#include <utility>

namespace awsjobs::importexport {

/// Every progress code the Developer Guide lists, with its job_progress (the table above).
inline constexpr std::array<std::pair<std::string_view, job_progress>, 14> progress_codes{{
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
}};

/// The job_progress of a `ProgressCode` (compared exactly, as the service sends it); a code
/// progress_codes does not list is in_progress.
constexpr job_progress progress_of_code(std::string_view progress_code) noexcept {
    for (const auto& [code, progress] : progress_codes)
        if (code == progress_code) return progress;
    return job_progress::in_progress;
}

/// The progress of a job as `GetStatus`'s output (owning or zero-copy) describes it by its
/// `ProgressCode`; without one, in_progress.
template <class Status>
    requires requires(const Status& status) { progress_of_code(*status.ProgressCode); }
constexpr job_progress progress_of(const Status& status) noexcept {
    return status.ProgressCode ? progress_of_code(*status.ProgressCode) : job_progress::in_progress;
}

/// The progress of a `ListJobs` entry (`Job`), which says only whether the job was cancelled:
/// `IsCanceled` true is failed, anything else in_progress (GetStatus says more).
template <class Job>
    requires requires(const Job& job) { { *job.IsCanceled } -> std::convertible_to<bool>; }
constexpr job_progress progress_of(const Job& job) noexcept {
    return job.IsCanceled && *job.IsCanceled ? job_progress::failed : job_progress::in_progress;
}

/// What an error answered to GetStatus says about the job: once a job is cancelled or has
/// expired, GetStatus answers `CanceledJobIdException` or `ExpiredJobIdException` (the guide's
/// "Error Codes") rather than its status: the job ended, failed. Any other error says nothing
/// of the job (nullopt): a wait classifies it as an error (protocol::observe_error).
inline std::optional<job_progress> progress_of_error(const GetStatusError& error) noexcept {
    if (error.code == GetStatusErrorCode::CanceledJobIdException || error.code == GetStatusErrorCode::ExpiredJobIdException)
        return job_progress::failed;
    return std::nullopt;
}

}  // namespace awsjobs::importexport

#endif

/// \file
/// Which SES v2 import and export job statuses are terminal, and which of those are failures
/// (written by hand from the model's `JobStatus` enum; not generated).
#ifndef AWSJOBS_SESV2_JOB_STATE_HPP
#define AWSJOBS_SESV2_JOB_STATE_HPP

#include <awsjobs/core/job_progress.hpp>
#include <awsjobs/core/open_enum.hpp>
#include <awsjobs/sesv2/shapes.hpp>

namespace awsjobs::sesv2 {

/// `COMPLETED` succeeded; `FAILED` and `CANCELLED` failed; `CREATED` and `PROCESSING` are
/// not finished. (A status a newer model adds fails to compile here, by -Wswitch, until it is
/// classified.)
constexpr job_progress progress_of(JobStatus status) noexcept {
    switch (status) {
    case JobStatus::CREATED:
    case JobStatus::PROCESSING: return job_progress::in_progress;
    case JobStatus::COMPLETED: return job_progress::succeeded;
    case JobStatus::FAILED:
    case JobStatus::CANCELLED: return job_progress::failed;
    }
    return job_progress::in_progress;
}

/// The same for a status read from the wire: one the model does not know is in_progress.
template <class String>
constexpr job_progress progress_of(const open_enum<JobStatus, String>& status) noexcept {
    const auto known = status.known();
    return known ? progress_of(*known) : job_progress::in_progress;
}

/// The progress of a job as a response describes it by its `JobStatus` member
/// (`GetImportJob`'s and `GetExportJob`'s outputs, owning or zero-copy, or a list's entries);
/// without a JobStatus, in_progress.
template <class Job>
    requires requires(const Job& job) { progress_of(*job.JobStatus); }
constexpr job_progress progress_of(const Job& job) noexcept {
    return job.JobStatus ? progress_of(*job.JobStatus) : job_progress::in_progress;
}

}  // namespace awsjobs::sesv2

#endif

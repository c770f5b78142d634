/// \file
/// Which Data Exchange job states are terminal, and which of those are failures (written by
/// hand from the model's `State` enum and the API reference's `GetJob`; not generated).
#ifndef AWSJOBS_DATAEXCHANGE_JOB_STATE_HPP
#define AWSJOBS_DATAEXCHANGE_JOB_STATE_HPP

#include <awsjobs/core/job_progress.hpp>
#include <awsjobs/core/open_enum.hpp>
#include <awsjobs/dataexchange/shapes.hpp>

namespace awsjobs::dataexchange {

/// `COMPLETED` succeeded; `ERROR`, `CANCELLED` and `TIMED_OUT` failed; `WAITING` and
/// `IN_PROGRESS` are not finished. (A state a newer model adds fails to compile here, by
/// -Wswitch, until it is classified.)
constexpr job_progress progress_of(State state) noexcept {
    switch (state) {
    case State::WAITING:
    case State::IN_PROGRESS: return job_progress::in_progress;
    case State::COMPLETED: return job_progress::succeeded;
    case State::ERROR_:
    case State::CANCELLED:
    case State::TIMED_OUT: return job_progress::failed;
    }
    return job_progress::in_progress;
}

/// The same for a state read from the wire: one the model does not know is in_progress.
template <class String>
constexpr job_progress progress_of(const open_enum<State, String>& state) noexcept {
    const auto known = state.known();
    return known ? progress_of(*known) : job_progress::in_progress;
}

/// The progress of a job as a response describes it by its `State` member (`GetJob`'s output,
/// owning or zero-copy, or a `ListJobs` entry); without a State, in_progress.
template <class Job>
    requires requires(const Job& job) { progress_of(*job.State); }
constexpr job_progress progress_of(const Job& job) noexcept {
    return job.State ? progress_of(*job.State) : job_progress::in_progress;
}

}  // namespace awsjobs::dataexchange

#endif

/// \file
/// awsjobs::job_progress: where a job stands, for a program that waits for it to end. Each
/// service's `job_state.hpp` says which of its states are which.
#ifndef AWSJOBS_CORE_JOB_PROGRESS_HPP
#define AWSJOBS_CORE_JOB_PROGRESS_HPP

#include <boost/describe/enum.hpp>

namespace awsjobs {

/// A job's state, reduced to what a wait needs: not finished, finished well, finished badly.
/// A state a service adds after this library was generated is in_progress (not terminal):
/// a wait for it then ends at its deadline rather than on a guess.
enum class job_progress {
    in_progress,  ///< not finished: created, waiting, running, or a state awsjobs does not know
    succeeded,    ///< finished, and did what it was asked
    failed,       ///< finished without doing all of it: an error, cancelled, timed out, expired
};
BOOST_DESCRIBE_ENUM(job_progress, in_progress, succeeded, failed)

/// Whether a job in this state has finished, well or badly.
constexpr bool is_terminal(job_progress progress) noexcept {
    return progress != job_progress::in_progress;
}

}  // namespace awsjobs

#endif

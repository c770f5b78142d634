// The fake's clock and how long a job runs: real time plus an offset that the control API
// advances, so that a test can move a job through its life without waiting.
#ifndef AWSJOBS_FAKE_CLOCK_HPP
#define AWSJOBS_FAKE_CLOCK_HPP

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace awsjobs_fake {

/// An instant of the fake's clock, to the millisecond as AWS gives times.
using instant = std::chrono::sys_time<std::chrono::milliseconds>;

/// The system clock moved by an offset, which only grows (a test advances time, never back).
class fake_clock {
public:
    instant now() const {
        return std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now()) + offset_;
    }
    void advance(std::chrono::milliseconds by) { offset_ += by; }
    void reset() { offset_ = {}; }
    std::chrono::milliseconds offset() const { return offset_; }

private:
    std::chrono::milliseconds offset_{0};
};

/// How jobs run by themselves: a started Data Exchange job completes after `duration`; an SES v2
/// job is PROCESSING after half of it and COMPLETED after all of it, an Import/Export job
/// InProgress after half of it and Complete after all of it. No duration: jobs change only when
/// a request or the control API changes them. (A rule may give a job its own: rules.hpp.)
struct job_timing {
    std::optional<std::chrono::milliseconds> duration = std::chrono::seconds(2);
};

/// A change a job is due to make at an instant of the fake clock, or after some more reads of it.
struct due_change {
    enum class kind { dataexchange_complete, import_processing, import_complete, export_processing, export_complete,
                      importexport_in_progress, importexport_complete };
    instant at;
    kind what;
    std::string job_id;
    std::optional<std::uint64_t> reads_left;  // the reads of the job that still see it before the change
};

}  // namespace awsjobs_fake

#endif  // AWSJOBS_FAKE_CLOCK_HPP

/// \file
/// Waiting for something to finish, sans-I/O: a poll policy the caller drives with what each
/// poll saw and the current time, and that answers how long to wait before the next poll, or
/// that the wait is over and why. Exponential backoff with jitter, capped, under an overall
/// deadline; throttling and server errors back off and never end the wait. No sleeping and no
/// clock inside: any transport, any event loop, any test.
#ifndef AWSJOBS_PROTOCOL_POLL_HPP
#define AWSJOBS_PROTOCOL_POLL_HPP

#include <awsjobs/core/job_progress.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <concepts>
#include <cstdint>
#include <random>
#include <string_view>
#include <utility>

namespace awsjobs::protocol {

/// What one poll saw.
enum class poll_observation {
    in_progress,      ///< the thing waited for is not finished yet
    succeeded,        ///< it finished, well
    failed,           ///< it finished, badly (a job that failed, was cancelled, timed out)
    throttled,        ///< the service refused the poll for its rate (throttling codes, HTTP 429)
    retryable_error,  ///< the poll failed on the way or on the server (5xx, a dropped connection)
    fatal_error,      ///< the poll failed for a reason polling again will not change (4xx: not found, access denied)
};

/// How a random part is added to each delay, so that many clients polling alike spread out
/// (AWS Architecture Blog, "Exponential Backoff And Jitter", 2015).
enum class poll_jitter {
    none,   ///< the delay itself
    full,   ///< uniform in [0, delay]
    equal,  ///< delay/2 plus uniform in [0, delay/2]
};

/// The shape of a wait. The n-th wait (from 0) is initial_delay × multiplierⁿ, at most
/// max_delay, then jittered, and never past the deadline (start + timeout).
struct poll_options {
    /// The first wait.
    std::chrono::milliseconds initial_delay{2000};
    /// What each wait is multiplied by over the one before (at least 1).
    double multiplier = 2.0;
    /// The longest wait, before jitter; a day at most (a longer one counts as a day).
    std::chrono::milliseconds max_delay{60000};
    /// How the waits are randomised.
    poll_jitter jitter = poll_jitter::full;
    /// How long the whole wait may last, from the start given to the poller.
    std::chrono::milliseconds timeout{std::chrono::hours(1)};
};

/// What to do after a poll.
enum class poll_verdict {
    wait,       ///< wait poll_decision::delay, then poll again
    succeeded,  ///< done: it succeeded
    failed,     ///< done: it failed
    deadline,   ///< give up: the deadline has passed and it was still not finished
    fatal,      ///< give up: the poll itself failed for good
};

/// The answer to one observation.
struct poll_decision {
    /// What to do.
    poll_verdict verdict = poll_verdict::wait;
    /// How long to wait before the next poll (verdict wait only; else zero).
    std::chrono::milliseconds delay{0};
    /// Equal when both members are.
    friend bool operator==(const poll_decision&, const poll_decision&) = default;
};

/// The verdict's name, e.g. "deadline".
constexpr std::string_view to_string(poll_verdict verdict) noexcept {
    switch (verdict) {
    case poll_verdict::wait: return "wait";
    case poll_verdict::succeeded: return "succeeded";
    case poll_verdict::failed: return "failed";
    case poll_verdict::deadline: return "deadline";
    case poll_verdict::fatal: return "fatal";
    }
    return "unknown";
}

/// The error codes AWS services answer when a client calls too often.
inline constexpr std::array<std::string_view, 4> throttling_codes{
    "ThrottlingException", "TooManyRequestsException", "Throttling", "RequestLimitExceeded"};

/// What an error response to a poll means for the wait: throttled for a throttling code or
/// 429, retryable_error for a 5xx, fatal_error for anything else (a 4xx will not change).
constexpr poll_observation observe_error(int http_status, std::string_view code) noexcept {
    if (http_status == 429 || std::find(throttling_codes.begin(), throttling_codes.end(), code) != throttling_codes.end())
        return poll_observation::throttled;
    if (http_status >= 500 && http_status <= 599) return poll_observation::retryable_error;
    return poll_observation::fatal_error;
}

/// The same for a typed service error (`Op::error`, read by read_response).
template <class ServiceError>
    requires requires(const ServiceError& e) {
        { e.http_status } -> std::convertible_to<int>;
        { e.code.wire_name() } -> std::convertible_to<std::string_view>;
    }
constexpr poll_observation observe_error(const ServiceError& error) noexcept {
    return observe_error(error.http_status, error.code.wire_name());
}

/// What a poll that read a job's state saw: its progress (each service's `job_state.hpp`,
/// e.g. `dataexchange::progress_of(job)`) as an observation.
constexpr poll_observation observe(job_progress progress) noexcept {
    switch (progress) {
    case job_progress::in_progress: return poll_observation::in_progress;
    case job_progress::succeeded: return poll_observation::succeeded;
    case job_progress::failed: return poll_observation::failed;
    }
    return poll_observation::in_progress;
}

/// One wait, driven by the caller:
///
///     protocol::poller<> poll({.timeout = 30min}, std::chrono::steady_clock::now());
///     for (;;) {
///         auto seen = ... poll once: an observation ...;
///         auto next = poll.decide(seen, std::chrono::steady_clock::now());
///         if (next.verdict != protocol::poll_verdict::wait) break;  // succeeded, failed, deadline, fatal
///         std::this_thread::sleep_for(next.delay);  // or a timer
///     }
///
/// Clock is the clock whose time points the caller passes (steady_clock: a deadline must not
/// move with the wall clock). Random is a uniform random bit generator for the jitter: inject
/// one with a fixed seed (or fixed outputs) to make the delays deterministic.
template <class Clock = std::chrono::steady_clock, class Random = std::minstd_rand>
class poller {
public:
    /// The time points decide() takes.
    using time_point = typename Clock::time_point;

    /// A wait that starts at `start` and ends at the latest at start + options.timeout.
    poller(const poll_options& options, time_point start, Random random = Random(std::random_device{}()))
        : options_(options), deadline_(deadline_after(start, options.timeout)), random_(std::move(random)) {}

    /// What to do after a poll that saw `seen` at time `now`. A finished job is reported
    /// whatever the time; otherwise, past the deadline, `deadline`; else a wait, never
    /// beyond the deadline (so the last poll happens at it). Throttling and retryable errors
    /// wait like a job in progress, along the same growing delays: they never end the wait.
    poll_decision decide(poll_observation seen, time_point now) {
        switch (seen) {
        case poll_observation::succeeded: return {poll_verdict::succeeded, {}};
        case poll_observation::failed: return {poll_verdict::failed, {}};
        case poll_observation::fatal_error: return {poll_verdict::fatal, {}};
        case poll_observation::in_progress:
        case poll_observation::throttled:
        case poll_observation::retryable_error: break;
        }
        if (now >= deadline_) return {poll_verdict::deadline, {}};
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline_ - now);
        const std::chrono::milliseconds delay = std::min(jittered(next_base_delay()), left);
        return {poll_verdict::wait, delay};
    }

    /// How many waits decide() has answered so far.
    std::uint64_t waits() const noexcept { return waits_; }

    /// When the wait ends at the latest.
    time_point deadline() const noexcept { return deadline_; }

private:
    using ms = std::chrono::milliseconds;
    // A bound on every delay, so that each is exact in a double.
    static constexpr ms longest_delay = std::chrono::hours(24);

    // start + timeout, or the clock's last time point when that would overflow it.
    static time_point deadline_after(time_point start, ms timeout) {
        if (start >= time_point{} && timeout >= std::chrono::floor<ms>(time_point::max() - start)) return time_point::max();
        return start + timeout;
    }

    // initial_delay × multiplier^waits, capped at max_delay; grown in double, which becomes
    // infinite rather than wrapping, and converted back only below the cap.
    ms next_base_delay() {
        const ms cap = std::clamp(options_.max_delay, ms{0}, longest_delay);
        const double multiplier = std::max(options_.multiplier, 1.0);
        const double initial = static_cast<double>(std::max(options_.initial_delay, ms{0}).count());
        const double grown = initial * std::pow(multiplier, static_cast<double>(waits_));
        ++waits_;
        if (!(grown < static_cast<double>(cap.count()))) return cap;
        return ms(static_cast<ms::rep>(grown));
    }

    // A uniform fraction in [0, 1) from the generator's raw output (no std distribution,
    // whose results differ between standard libraries).
    double fraction() {
        using result_type = typename Random::result_type;
        const long double span = static_cast<long double>(Random::max() - Random::min()) + 1.0L;
        const result_type drawn = random_();
        return static_cast<double>(static_cast<long double>(drawn - Random::min()) / span);
    }

    // base with the jitter: a uniform whole number of milliseconds in the option's range.
    ms jittered(ms base) {
        const ms::rep count = base.count();
        switch (options_.jitter) {
        case poll_jitter::none: return base;
        case poll_jitter::full: return ms(uniform_up_to(count));
        case poll_jitter::equal: return ms(count - count / 2 + uniform_up_to(count / 2));
        }
        return base;
    }

    // Uniform in [0, bound]; bound is at most longest_delay's count, exact in a double.
    ms::rep uniform_up_to(ms::rep bound) {
        const double drawn = std::floor(fraction() * (static_cast<double>(bound) + 1.0));
        return static_cast<ms::rep>(std::min(drawn, static_cast<double>(bound)));
    }

    poll_options options_;
    time_point deadline_;
    Random random_;
    std::uint64_t waits_ = 0;
};

}  // namespace awsjobs::protocol

#endif

// The poll policy (protocol/poll.hpp): backoff growth and its cap, each jitter with an injected
// random source, the deadline, throttling and server errors that never end a wait, fatal errors
// that do.
#include <awsjobs/dataexchange.hpp>
#include <awsjobs/protocol/poll.hpp>
#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <random>
#include <vector>

namespace protocol = awsjobs::protocol;
using namespace std::chrono_literals;
using protocol::poll_observation;
using protocol::poll_verdict;
using ms = std::chrono::milliseconds;
using time_point = std::chrono::steady_clock::time_point;

namespace {

// A random bit generator that returns the given values in turn, from a range of 1000: each
// value v is the fraction v/1000.
struct scripted_random {
    using result_type = std::uint32_t;
    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return 999; }
    std::vector<result_type> values;
    std::size_t next = 0;
    result_type operator()() { return values.at(next++ % values.size()); }
};

const time_point start{std::chrono::hours(1000)};

std::vector<ms> delays(protocol::poller<std::chrono::steady_clock, scripted_random>& poll, int count) {
    std::vector<ms> seen;
    for (int i = 0; i < count; ++i) {
        const auto decision = poll.decide(poll_observation::in_progress, start);
        REQUIRE(decision.verdict == poll_verdict::wait);
        seen.push_back(decision.delay);
    }
    return seen;
}

}  // namespace

TEST_CASE("without jitter the delays grow by the multiplier up to max_delay, and stay there") {
    protocol::poller<std::chrono::steady_clock, scripted_random> poll(
        {.initial_delay = 2s, .multiplier = 2.0, .max_delay = 60s, .jitter = protocol::poll_jitter::none, .timeout = 1h},
        start, scripted_random{{0}});
    CHECK(delays(poll, 8) == std::vector<ms>{2s, 4s, 8s, 16s, 32s, 60s, 60s, 60s});
    CHECK(poll.waits() == 8);
}

TEST_CASE("full jitter: uniform in [0, delay], from the injected random source") {
    protocol::poller<std::chrono::steady_clock, scripted_random> poll(
        {.initial_delay = 2s, .multiplier = 3.0, .max_delay = 10s, .jitter = protocol::poll_jitter::full, .timeout = 1h},
        start, scripted_random{{500, 0, 999}});
    // bases 2000, 6000, 10000 (capped), 10000: floor(fraction × (base + 1)).
    CHECK(delays(poll, 4) == std::vector<ms>{1000ms, 0ms, 9990ms, 5000ms});
}

TEST_CASE("equal jitter: half the delay plus uniform in [0, delay/2]") {
    protocol::poller<std::chrono::steady_clock, scripted_random> poll(
        {.initial_delay = 2s, .multiplier = 2.0, .max_delay = 4s, .jitter = protocol::poll_jitter::equal, .timeout = 1h},
        start, scripted_random{{0, 999, 500}});
    CHECK(delays(poll, 3) == std::vector<ms>{1000ms, 3998ms, 3000ms});
}

TEST_CASE("a seeded generator gives the same delays every run") {
    const protocol::poll_options options{.initial_delay = 1s, .multiplier = 1.5, .max_delay = 20s,
                                         .jitter = protocol::poll_jitter::full, .timeout = 1h};
    protocol::poller<std::chrono::steady_clock, std::minstd_rand> a(options, start, std::minstd_rand(42));
    protocol::poller<std::chrono::steady_clock, std::minstd_rand> b(options, start, std::minstd_rand(42));
    for (int i = 0; i < 20; ++i) {
        const auto da = a.decide(poll_observation::in_progress, start);
        CHECK(da == b.decide(poll_observation::in_progress, start));
        CHECK(da.delay <= 20s);
    }
}

TEST_CASE("the deadline: the last wait ends at it, and a poll at or after it gives up") {
    protocol::poller<std::chrono::steady_clock, scripted_random> poll(
        {.initial_delay = 4s, .multiplier = 1.0, .max_delay = 4s, .jitter = protocol::poll_jitter::none, .timeout = 10s},
        start, scripted_random{{0}});
    CHECK(poll.deadline() == start + 10s);
    CHECK(poll.decide(poll_observation::in_progress, start) == protocol::poll_decision{poll_verdict::wait, 4s});
    CHECK(poll.decide(poll_observation::in_progress, start + 4s) == protocol::poll_decision{poll_verdict::wait, 4s});
    CHECK(poll.decide(poll_observation::in_progress, start + 8s + 500ms) ==
          protocol::poll_decision{poll_verdict::wait, 1500ms});
    CHECK(poll.decide(poll_observation::in_progress, start + 10s).verdict == poll_verdict::deadline);
    CHECK(poll.decide(poll_observation::throttled, start + 11s).verdict == poll_verdict::deadline);
    // A finished job is reported as it is, even past the deadline.
    CHECK(poll.decide(poll_observation::succeeded, start + 11s).verdict == poll_verdict::succeeded);
    CHECK(poll.decide(poll_observation::failed, start + 11s).verdict == poll_verdict::failed);
}

TEST_CASE("throttling and server errors back off and never end the wait before the deadline") {
    protocol::poller<std::chrono::steady_clock, scripted_random> poll(
        {.initial_delay = 1s, .multiplier = 2.0, .max_delay = 30s, .jitter = protocol::poll_jitter::none, .timeout = 1h},
        start, scripted_random{{0}});
    time_point now = start;
    ms previous{0};
    for (int i = 0; i < 200; ++i) {
        const auto seen = i % 2 ? poll_observation::throttled : poll_observation::retryable_error;
        const auto decision = poll.decide(seen, now);
        if (decision.verdict == poll_verdict::deadline) {
            CHECK(now >= start + 1h);
            return;
        }
        REQUIRE(decision.verdict == poll_verdict::wait);
        // Never shorter (backing off), but for the last wait, which ends at the deadline.
        CHECK((decision.delay >= previous || now + decision.delay == start + 1h));
        previous = decision.delay;
        now += decision.delay;
    }
    FAIL("200 throttled polls at up to 30 s apart should have reached the hour's deadline");
}

TEST_CASE("a fatal error or a finished job ends the wait at once") {
    protocol::poller<std::chrono::steady_clock, scripted_random> poll({}, start, scripted_random{{0}});
    CHECK(poll.decide(poll_observation::fatal_error, start) == protocol::poll_decision{poll_verdict::fatal, 0ms});
    CHECK(poll.decide(poll_observation::succeeded, start) == protocol::poll_decision{poll_verdict::succeeded, 0ms});
    CHECK(poll.decide(poll_observation::failed, start) == protocol::poll_decision{poll_verdict::failed, 0ms});
    CHECK(poll.waits() == 0);
    CHECK(protocol::to_string(poll_verdict::deadline) == "deadline");
}

TEST_CASE("extreme options stay defined: delays capped at a day, a deadline at the clock's end") {
    protocol::poller<std::chrono::steady_clock, scripted_random> poll(
        {.initial_delay = ms::max(), .multiplier = 1e300, .max_delay = ms::max(), .jitter = protocol::poll_jitter::full,
         .timeout = ms::max()},
        start, scripted_random{{999}});
    CHECK(poll.deadline() == time_point::max());
    for (int i = 0; i < 3; ++i) {
        const auto decision = poll.decide(poll_observation::in_progress, start);
        CHECK(decision.verdict == poll_verdict::wait);
        CHECK(decision.delay <= std::chrono::hours(24));
        CHECK(decision.delay >= std::chrono::hours(23));
    }
    protocol::poller<std::chrono::steady_clock, scripted_random> negative(
        {.initial_delay = -5s, .multiplier = -2.0, .max_delay = -1s, .jitter = protocol::poll_jitter::none, .timeout = -1s},
        start, scripted_random{{0}});
    CHECK(negative.decide(poll_observation::in_progress, start).verdict == poll_verdict::deadline);
}

TEST_CASE("observe_error: throttling codes and 429 are throttled, 5xx retryable, the rest fatal") {
    for (const auto* code : {"ThrottlingException", "TooManyRequestsException", "Throttling", "RequestLimitExceeded"})
        CHECK(protocol::observe_error(400, code) == poll_observation::throttled);
    CHECK(protocol::observe_error(429, "") == poll_observation::throttled);
    CHECK(protocol::observe_error(503, "ServiceUnavailable") == poll_observation::retryable_error);
    CHECK(protocol::observe_error(500, "InternalServerException") == poll_observation::retryable_error);
    CHECK(protocol::observe_error(404, "ResourceNotFoundException") == poll_observation::fatal_error);
    CHECK(protocol::observe_error(403, "AccessDeniedException") == poll_observation::fatal_error);
    CHECK(protocol::observe_error(600, "") == poll_observation::fatal_error);

    awsjobs::dataexchange::GetJobError throttled;
    throttled.http_status = 400;
    throttled.code = awsjobs::dataexchange::GetJobErrorCode::ThrottlingException;
    CHECK(protocol::observe_error(throttled) == poll_observation::throttled);
    awsjobs::dataexchange::GetJobError missing;
    missing.http_status = 404;
    missing.code = awsjobs::dataexchange::GetJobErrorCode::ResourceNotFoundException;
    CHECK(protocol::observe_error(missing) == poll_observation::fatal_error);
}

// The control API: JSON over HTTP under /_awsjobs-fake/, a path no AWS operation uses, for a test
// to set up and inspect the fake. Unsigned; every answer is JSON, every refusal a 4xx with a
// message that says what is wrong and where.
//
//   GET  /_awsjobs-fake/state    the clock's offset, the injected errors, the rules, each
//                                account's jobs
//   POST /_awsjobs-fake/reset    every account and region back to the --jobs table, the rules to
//                                --rules FILE's, the clock to real time, no injected error
//   POST /_awsjobs-fake/advance  {"seconds": N}: the fake clock N seconds on (jobs due change);
//                                {"job_id": "ID"}: that job makes every change it is to make, now;
//                                with "outcome": {...} (rules.hpp), it ends so
//   POST /_awsjobs-fake/inject   {"status": 429, "code": "ThrottlingException", "message": "...",
//                                 "next": N | "every": N | "fraction": F, "seed": S,
//                                 "operation": "GetJob"}: the next N operation requests, every
//                                Nth, or a fraction F of them (drawn from a PRNG seeded with S),
//                                of one operation or of all, get this error (the service's error
//                                shape with this status)
//   POST /_awsjobs-fake/rules    [rule...]: the outcome rules from now on (rules.hpp)
//   POST /_awsjobs-fake/jobs     the --jobs table's lists, with "account" and "region" to add
//                                them to one account and region, else to every one
#ifndef AWSJOBS_FAKE_CONTROL_HPP
#define AWSJOBS_FAKE_CONTROL_HPP

#include "job_store.hpp"
#include "rules.hpp"

#include <awsjobs/awsjobs.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace awsjobs_fake {

inline constexpr std::string_view control_prefix = "/_awsjobs-fake/";

/// The next number of SplitMix64 (Steele, Lea and Flood, 2014) from `state`, which it moves on:
/// a generator a test can run itself to know which requests a fraction injection hits.
inline std::uint64_t splitmix64(std::uint64_t& state) {
    std::uint64_t z = state += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/// The bounds of an injected error: the control API refuses others, and a state file that holds one.
constexpr std::int32_t min_injected_status = 400, max_injected_status = 599;
constexpr std::size_t max_injected_code = 128, max_injected_message = 1024, max_injected_operation = 64;

/// An error the fake answers operation requests with, instead of answering them; the state file
/// keeps it as it is.
struct injected_error {
    std::int32_t status = 429;
    std::string code = "ThrottlingException";
    std::string message = "Rate exceeded";
    std::uint64_t next = 0;   // the next N requests get it; 0 with `every` or `fraction`
    std::uint64_t every = 0;  // every Nth request gets it; 0 with `next` or `fraction`
    std::uint64_t seen = 0;   // requests counted towards `every`
    double fraction = 0;      // each request gets it when a draw in [0, 1) is below; 0 with `next` or `every`
    std::uint64_t random = 0; // the generator's state: the seed, then moved on by each draw
    std::string operation;    // the only operation it counts and answers; empty: every one

    /// Whether it is within the bounds above (a state file's may not be).
    bool within_bounds() const {
        return status >= min_injected_status && status <= max_injected_status && !code.empty() && code.size() <= max_injected_code &&
               message.size() <= max_injected_message && operation.size() <= max_injected_operation && fraction >= 0 && fraction <= 1;
    }

    /// Whether this request, to `op`, counts towards it (and so changes its state).
    bool counts(std::string_view op) const { return (operation.empty() || operation == op) && (next > 0 || every > 0 || fraction > 0); }

    /// Whether this request, to `op`, gets the error (and counts it).
    bool fires(std::string_view op) {
        if (!counts(op)) return false;
        if (next > 0) return --next, true;
        if (every > 0) return ++seen % every == 0;
        return static_cast<double>(splitmix64(random) >> 11) * 0x1p-53 < fraction;
    }
};
BOOST_DESCRIBE_STRUCT(injected_error, (), (status, code, message, next, every, seen, fraction, random, operation))

/// The body of POST /_awsjobs-fake/advance.
struct advance_request {
    std::optional<double> seconds;
    std::optional<std::string> job_id;
    std::optional<job_outcome> outcome;  // with job_id: how the job ends
};
BOOST_DESCRIBE_STRUCT(advance_request, (), (seconds, job_id, outcome))

/// The body of POST /_awsjobs-fake/inject.
struct inject_request {
    std::optional<std::int32_t> status;
    std::optional<std::string> code;
    std::optional<std::string> message;
    std::optional<std::int64_t> next;
    std::optional<std::int64_t> every;
    std::optional<double> fraction;
    std::optional<std::int64_t> seed;
    std::optional<std::string> operation;
};
BOOST_DESCRIBE_STRUCT(inject_request, (), (status, code, message, next, every, fraction, seed, operation))

/// The body of POST /_awsjobs-fake/jobs: the --jobs table's lists, for one account and region
/// (both given) or every one (neither).
struct seed_request {
    std::optional<std::string> account;
    std::optional<std::string> region;
    std::optional<std::vector<dx::GetJobResponse>> dataexchange;
    std::optional<std::vector<ses::GetImportJobResponse>> sesv2;
    std::optional<std::vector<ses::GetExportJobResponse>> sesv2_export;
    std::optional<std::vector<iex::GetStatusOutput>> importexport;
    std::optional<std::vector<error_entry>> errors;
};
BOOST_DESCRIBE_STRUCT(seed_request, (), (account, region, dataexchange, sesv2, sesv2_export, importexport, errors))

/// One account's jobs in one region, in GET /_awsjobs-fake/state.
struct partition_report {
    std::string account;
    std::string region;
    std::int64_t dataexchange = 0;
    std::int64_t sesv2_import = 0;
    std::int64_t sesv2_export = 0;
    std::int64_t importexport = 0;
};
BOOST_DESCRIBE_STRUCT(partition_report, (), (account, region, dataexchange, sesv2_import, sesv2_export, importexport))

/// GET /_awsjobs-fake/state.
struct state_report {
    double clock_offset_seconds = 0;
    std::int64_t injected_next = 0;
    std::int64_t injected_every = 0;
    std::vector<injected_error> injected;
    std::vector<job_rule> rules;
    std::vector<partition_report> accounts;
};
BOOST_DESCRIBE_STRUCT(state_report, (), (clock_offset_seconds, injected_next, injected_every, injected, rules, accounts))

/// A control API answer: JSON, or a refusal with its message as JSON.
inline awsjobs::http::response control_json(int status, std::string body) {
    return {status, {{"Content-Type", "application/json"}}, std::move(body) + '\n'};
}
/// The body of a refusal.
struct control_error {
    std::string error;
};
BOOST_DESCRIBE_STRUCT(control_error, (), (error))

inline awsjobs::http::response control_refusal(int status, std::string what) {
    auto text = awsjobs::json::write(control_error{std::move(what)});
    if (!text) return {status, {{"Content-Type", "text/plain; charset=utf-8"}}, "control API: the refusal cannot be written\n"};
    return control_json(status, std::move(*text));
}

/// The body read as T, or the refusal that says where it is not; a body of rules or jobs may
/// hold `max_elements` array elements.
template <class T>
std::variant<T, awsjobs::http::response> read_control_body(const awsjobs::http::request& request, std::size_t max_elements = 0) {
    awsjobs::json::read_options limits;
    limits.max_input_size = max_elements > 0 ? request.body.size() : 4096;  // the server bounds bodies (64 KiB)
    limits.max_elements = max_elements;
    auto value = awsjobs::json::parse<T>(request.body, limits);
    if (!value) return control_refusal(400, "control API: " + request.target + ": the body is not the JSON expected: " + value.error().describe());
    return std::move(*value);
}

/// The injection a POST /_awsjobs-fake/inject body asks for, or its refusal.
inline std::variant<injected_error, awsjobs::http::response> injection_of(const inject_request& in, std::string_view where) {
    const auto refuse = [where](std::string_view why) { return control_refusal(400, "control API: " + std::string(where) + ": " + std::string(why)); };
    injected_error out;
    if (in.status) {
        if (*in.status < min_injected_status || *in.status > max_injected_status) return refuse("\"status\" must be 400 to 599, as an error's");
        out.status = *in.status;
    }
    if (in.code) {
        if (in.code->empty() || in.code->size() > max_injected_code) return refuse("\"code\" must be 1 to 128 characters");
        out.code = *in.code;
    }
    if (in.message) {
        if (in.message->size() > max_injected_message) return refuse("\"message\" must be at most 1024 characters");
        out.message = *in.message;
    }
    if (in.operation) {
        if (in.operation->empty() || in.operation->size() > max_injected_operation) return refuse("\"operation\" must be an operation's name, 1 to 64 characters");
        out.operation = *in.operation;
    }
    if ((in.next ? 1 : 0) + (in.every ? 1 : 0) + (in.fraction ? 1 : 0) != 1)
        return refuse("give one of \"next\" (the next N requests), \"every\" (every Nth request) and \"fraction\" (a fraction of requests)");
    if (in.seed && !in.fraction) return refuse("\"seed\" goes with \"fraction\"");
    if (in.fraction) {
        if (!(*in.fraction > 0 && *in.fraction <= 1)) return refuse("\"fraction\" must be above 0 and at most 1");
        out.fraction = *in.fraction;
        out.random = static_cast<std::uint64_t>(in.seed.value_or(0));
        return out;
    }
    const std::int64_t count = in.next ? *in.next : *in.every;
    if (count < 1 || count > 1000000) return refuse(std::string(in.next ? "\"next\"" : "\"every\"") + " must be 1 to 1000000");
    (in.next ? out.next : out.every) = static_cast<std::uint64_t>(count);
    return out;
}

}  // namespace awsjobs_fake

#endif  // AWSJOBS_FAKE_CONTROL_HPP

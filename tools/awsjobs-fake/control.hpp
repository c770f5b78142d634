// The control API: JSON over HTTP under /_awsjobs-fake/, a path no AWS operation uses, for a test
// to set up and inspect the fake. Unsigned; every answer is JSON, every refusal a 4xx with a
// message that says what is wrong and where.
//
//   GET  /_awsjobs-fake/state    the clock's offset, the injected errors, each account's jobs
//   POST /_awsjobs-fake/reset    every account and region back to the --jobs table, the clock to
//                                real time, no injected error
//   POST /_awsjobs-fake/advance  {"seconds": N}: the fake clock N seconds on (jobs due change);
//                                {"job_id": "ID"}: that job makes every change it is to make, now
//   POST /_awsjobs-fake/inject   {"status": 429, "code": "ThrottlingException", "message": "...",
//                                 "next": N | "every": N}: the next N operation requests, or every
//                                Nth, get this error (the service's error shape with this status)
#ifndef AWSJOBS_FAKE_CONTROL_HPP
#define AWSJOBS_FAKE_CONTROL_HPP

#include <awsjobs/awsjobs.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace awsjobs_fake {

inline constexpr std::string_view control_prefix = "/_awsjobs-fake/";

/// An error the fake answers operation requests with, instead of answering them.
struct injected_error {
    std::int32_t status = 429;
    std::string code = "ThrottlingException";
    std::string message = "Rate exceeded";
    std::uint64_t next = 0;   // the next N requests get it; 0 with `every`
    std::uint64_t every = 0;  // every Nth request gets it; 0 with `next`
    std::uint64_t seen = 0;   // requests counted towards `every`

    /// Whether this request gets the error (and counts it).
    bool fires() {
        if (next > 0) return --next, true;
        return every > 0 && ++seen % every == 0;
    }
};

/// The body of POST /_awsjobs-fake/advance.
struct advance_request {
    std::optional<double> seconds;
    std::optional<std::string> job_id;
};
BOOST_DESCRIBE_STRUCT(advance_request, (), (seconds, job_id))

/// The body of POST /_awsjobs-fake/inject.
struct inject_request {
    std::optional<std::int32_t> status;
    std::optional<std::string> code;
    std::optional<std::string> message;
    std::optional<std::int64_t> next;
    std::optional<std::int64_t> every;
};
BOOST_DESCRIBE_STRUCT(inject_request, (), (status, code, message, next, every))

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
    std::vector<partition_report> accounts;
};
BOOST_DESCRIBE_STRUCT(state_report, (), (clock_offset_seconds, injected_next, injected_every, accounts))

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

/// The body read as T, or the refusal that says where it is not.
template <class T>
std::variant<T, awsjobs::http::response> read_control_body(const awsjobs::http::request& request) {
    awsjobs::json::read_options limits;
    limits.max_input_size = 4096;
    limits.max_elements = 0;
    auto value = awsjobs::json::parse<T>(request.body, limits);
    if (!value) return control_refusal(400, "control API: " + request.target + ": the body is not the JSON expected: " + value.error().describe());
    return std::move(*value);
}

/// The injection a POST /_awsjobs-fake/inject body asks for, or its refusal.
inline std::variant<injected_error, awsjobs::http::response> injection_of(const inject_request& in, std::string_view where) {
    const auto refuse = [where](std::string_view why) { return control_refusal(400, "control API: " + std::string(where) + ": " + std::string(why)); };
    injected_error out;
    if (in.status) {
        if (*in.status < 400 || *in.status > 599) return refuse("\"status\" must be 400 to 599, as an error's");
        out.status = *in.status;
    }
    if (in.code) {
        if (in.code->empty() || in.code->size() > 128) return refuse("\"code\" must be 1 to 128 characters");
        out.code = *in.code;
    }
    if (in.message) {
        if (in.message->size() > 1024) return refuse("\"message\" must be at most 1024 characters");
        out.message = *in.message;
    }
    if (in.next.has_value() == in.every.has_value()) return refuse("give one of \"next\" (the next N requests) and \"every\" (every Nth request)");
    const std::int64_t count = in.next ? *in.next : *in.every;
    if (count < 1 || count > 1000000) return refuse(std::string(in.next ? "\"next\"" : "\"every\"") + " must be 1 to 1000000");
    (in.next ? out.next : out.every) = static_cast<std::uint64_t>(count);
    return out;
}

}  // namespace awsjobs_fake

#endif  // AWSJOBS_FAKE_CONTROL_HPP

// The command line: the options, their checks and --help.
#ifndef AWSJOBS_FAKE_COMMAND_LINE_HPP
#define AWSJOBS_FAKE_COMMAND_LINE_HPP

#include "clock.hpp"

#include <chrono>
#include <charconv>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace awsjobs_fake {

inline constexpr std::string_view help_text = R"(usage: awsjobs-fake [OPTION]...

A fake of three AWS job services for integration tests: every job operation of Data Exchange
(CreateJob, StartJob, GetJob, ListJobs, CancelJob), SES v2 (CreateImportJob, GetImportJob,
ListImportJobs in both its forms, CreateExportJob, GetExportJob, ListExportJobs, CancelExportJob)
and Import/Export (CreateJob, GetStatus, ListJobs, CancelJob, UpdateJob, GetShippingLabel),
served on 127.0.0.1 from jobs in memory. Point the AWS CLI or an SDK at it with
--endpoint-url http://127.0.0.1:PORT. It prints "listening on 127.0.0.1:PORT" when ready, and
stops on SIGINT or SIGTERM once the requests in flight are answered.

Jobs live in an account and a region, as in AWS: the account is the access key id's that signed
the request (each key id its own 12-digit account; 123456789012 for an unsigned request), the
region its credential scope's (us-east-1 without one). Every account and region starts with the
--jobs table. Jobs are created with ids and ARNs in AWS's formats: Data Exchange WAITING, SES v2
CREATED, Import/Export Pending. StartJob runs a WAITING Data Exchange job (IN_PROGRESS), which
COMPLETES after the job duration; only a WAITING one can be cancelled (else ConflictException).
An SES v2 job is PROCESSING after half the job duration and COMPLETED (with its counts) after
all of it; an export job can be cancelled until it ends. An Import/Export job is InProgress after
half the job duration and Complete after all of it; it can be updated or cancelled while Pending,
and a cancelled one is then refused (CanceledJobIdException). The lists page as the services do.

Outcome rules (--rules FILE, POST /_awsjobs-fake/rules) choose when and how jobs end. A rule:
  {"service": "dataexchange" | "sesv2_import" | "sesv2_export" | "importexport",
   "account": "123456789012", "region": "R", "type": "T", "job_id": "ID",    (each optional)
   "after_seconds": S | "after_reads": N | "manual": true,                   (else the job duration)
   "outcome": {...}}                                                         (else success)
matches the jobs of a service (type: Data Exchange Type, SES v2 import destination type, export
source type, Import/Export JobType) and moves them S seconds of the fake clock after they start,
after N reads (Get* calls of the job; the next one sees the change), or only when advanced. Its
outcome, in the model's members: {"Errors": [JobError...]} (Data Exchange ERROR),
{"FailureInfo": {...}} (SES v2 FAILED), {"ProcessedRecordsCount": N, "FailedRecordsCount": N}
(SES v2 counts), {"ProgressCode": "DeviceError"} or {"ErrorCount": N} (Import/Export's end).
The first rule that matches a job when it starts decides.

The control API (JSON over HTTP, unsigned) sets up and inspects the fake:
  GET  /_awsjobs-fake/state    the clock's offset, the injected errors, the rules, each account's jobs
  POST /_awsjobs-fake/reset    every account back to the --jobs table, the rules to --rules FILE's,
                               the clock to real time, no injected error
  POST /_awsjobs-fake/advance  {"seconds": N}: the fake clock N seconds on (due jobs change);
                               {"job_id": "ID"}: that job makes every change it is to make, now;
                               {"job_id": "ID", "outcome": {...}}: and ends with that outcome (a
                               WAITING Data Exchange job keeps it for its run)
  POST /_awsjobs-fake/inject   {"status": 429, "code": "ThrottlingException", "message": "...",
                                "next": N} or {..., "every": N} or {..., "fraction": F, "seed": S},
                               optionally "operation": "GetJob": the next N operation requests,
                               every Nth, or a fraction F of them (SplitMix64 seeded with S), of
                               that operation or of all, get that error (status 400-599; the
                               defaults shown)
  POST /_awsjobs-fake/rules    [rule...]: the rules from now on
  POST /_awsjobs-fake/jobs     {"account": "123456789012", "region": "R", "dataexchange": [...], ...}:
                               the --jobs format's jobs and errors added to that account and region,
                               or (without account and region) to every one

Options:
  --jobs FILE          start with the jobs and errors of FILE (JSON, each list optional):
                         {"dataexchange": [GetJobResponse...], "sesv2": [GetImportJobResponse...],
                          "sesv2_export": [GetExportJobResponse...],
                          "importexport": [GetStatusOutput...],
                          "errors": [{"operation": "GetJob", "job_id": "ID",
                                      "code": "ThrottlingException", "message": "TEXT"}...]}
                       an "errors" entry answers that operation on that job id with that error
                       (the status the model gives the code; 400 for a code it lacks)
  --rules FILE         start with the outcome rules of FILE (a JSON array of rules, above)
  --state FILE         keep every account's jobs, the fake clock, the id count, the rules, the
                       injected errors and the control API's seeds in FILE: each
                       change is written (atomically: a temporary file, fsync, rename) before
                       its response is sent (changes made at once share one write), and a
                       restart continues from it; a FILE that is not
                       such a state is refused at start (exit 1) with what is wrong and where
  --job-duration SECONDS|manual
                       how long a started job runs (default 2); manual: jobs change only by
                       requests and when the control API advances them, never by themselves
  --port N             listen on 127.0.0.1:N (default 0: a free port)
  --threads N          serve connections on N threads (default 2, 1 to 64)
  --max-jobs N         hold at most N jobs of each kind per account and region (default 10000);
                       a create beyond gets the service's limit error (Data Exchange
                       ServiceLimitExceededException, SES v2 LimitExceededException,
                       Import/Export CreateJobQuotaExceededException)
  --max-requests N     stop after answering N requests (default: no limit)
  --idle-timeout SECONDS
                       close a connection whose next request is not read whole, or whose
                       response is not written whole, within SECONDS (default 30, 1 to 3600)
  --credentials FILE   verify every request's signature (SigV4; SigV2 for Import/Export) with the
                       key pairs of FILE, an AWS shared credentials file (every profile's, with its
                       session token), and refuse as AWS does; without it nothing is verified
  --region R           with --credentials: require region R in the credential scope
  --window SECONDS     with --credentials: refuse request times further than this from the
                       fake's clock (default 300)
  --clock-offset SECONDS
                       with --credentials: move the fake's clock (to test a client's skew)
  --tls-cert PEM       serve HTTPS with this certificate chain (with --tls-key)
  --tls-key PEM        and this private key
  --help               print this help and exit

Bodies over 64 KiB get 413; headers over 8 KiB and malformed HTTP close the connection.
Exit status: 0 stopped, 1 a file could not be used, 2 a wrong command line.
)";

/// What the command line asks for.
struct options {
    std::string jobs_path;
    std::string rules_path;
    std::string state_path;
    std::string credentials_path;
    std::string region;
    std::string tls_cert;
    std::string tls_key;
    std::uint16_t port = 0;
    unsigned threads = 2;
    std::uint64_t max_requests = 0;  // 0: no limit
    std::size_t max_jobs = 10000;
    std::chrono::seconds idle_timeout{30};
    long long window = 300;
    long long clock_offset = 0;
    job_timing timing;
    bool help = false;
};

/// The whole of `text` as a number in [low, high], or nothing.
template <class Number>
std::optional<Number> number_in(std::string_view text, Number low, Number high) {
    Number value{};
    const char* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    if (text.empty() || error != std::errc{} || stop != end || value < low || value > high) return std::nullopt;
    return value;
}

/// The options, or nothing with what is wrong written to `err`.
inline std::optional<options> parse_command_line(int argc, const char* const* argv, std::ostream& err) {
    options out;
    const auto fail = [&err](std::string_view why) -> std::optional<options> {
        err << "awsjobs-fake: " << why << " (--help explains the options)\n";
        return std::nullopt;
    };
    for (int i = 1; i < argc; ++i) {
        const std::string_view name = argv[i];
        if (name == "--help") {
            out.help = true;
            return out;
        }
        if (i + 1 == argc) return fail(std::string(name) + ": a value is missing, or the option is unknown");
        const std::string_view value = argv[++i];
        const auto bad = [&](std::string_view range) { return fail(std::string(name) + " " + std::string(value) + ": expected " + std::string(range)); };
        if (name == "--jobs") out.jobs_path = value;
        else if (name == "--rules") out.rules_path = value;
        else if (name == "--state") out.state_path = value;
        else if (name == "--credentials") out.credentials_path = value;
        else if (name == "--region") out.region = value;
        else if (name == "--tls-cert") out.tls_cert = value;
        else if (name == "--tls-key") out.tls_key = value;
        else if (name == "--job-duration") {
            if (value == "manual") {
                out.timing.duration.reset();
                continue;
            }
            const auto seconds = number_in<unsigned>(value, 0, 24 * 3600);
            if (!seconds) return bad("0 to 86400 seconds, or manual");
            out.timing.duration = std::chrono::seconds(*seconds);
        } else if (name == "--port") {
            const auto port = number_in<std::uint16_t>(value, 0, 65535);
            if (!port) return bad("a port, 0 to 65535");
            out.port = *port;
        } else if (name == "--threads") {
            const auto threads = number_in<unsigned>(value, 1, 64);
            if (!threads) return bad("1 to 64 threads");
            out.threads = *threads;
        } else if (name == "--max-jobs") {
            const auto count = number_in<std::size_t>(value, 1, 1000000);
            if (!count) return bad("1 to 1000000 jobs");
            out.max_jobs = *count;
        } else if (name == "--max-requests") {
            const auto count = number_in<std::uint64_t>(value, 1, UINT64_MAX);
            if (!count) return bad("a positive count");
            out.max_requests = *count;
        } else if (name == "--idle-timeout") {
            const auto seconds = number_in<unsigned>(value, 1, 3600);
            if (!seconds) return bad("1 to 3600 seconds");
            out.idle_timeout = std::chrono::seconds(*seconds);
        } else if (name == "--window") {
            const auto seconds = number_in<long long>(value, 1, 7 * 24 * 3600);
            if (!seconds) return bad("1 to 604800 seconds");
            out.window = *seconds;
        } else if (name == "--clock-offset") {
            const auto seconds = number_in<long long>(value, -10LL * 365 * 24 * 3600, 10LL * 365 * 24 * 3600);
            if (!seconds) return bad("seconds, within 10 years either way");
            out.clock_offset = *seconds;
        } else {
            return fail("unknown option " + std::string(name));
        }
    }
    if (out.tls_cert.empty() != out.tls_key.empty()) return fail("--tls-cert and --tls-key go together");
    if (out.credentials_path.empty() && (!out.region.empty() || out.window != 300 || out.clock_offset != 0))
        return fail("--region, --window and --clock-offset need --credentials");
    return out;
}

}  // namespace awsjobs_fake

#endif  // AWSJOBS_FAKE_COMMAND_LINE_HPP

// A fake of three AWS services for integration tests: every job operation of Data Exchange
// (CreateJob, StartJob, GetJob, ListJobs, CancelJob), SES v2 (CreateImportJob, GetImportJob,
// ListImportJobs in both its forms, CreateExportJob, GetExportJob, ListExportJobs,
// CancelExportJob) and Import/Export (CreateJob, GetStatus, ListJobs, CancelJob, UpdateJob,
// GetShippingLabel), served on 127.0.0.1 from an in-memory table of jobs. The AWS CLI and SDKs
// talk to it with `--endpoint-url http://127.0.0.1:PORT`.
//
// Boost.Beast carries the bytes; everything AWS-specific (routes, status codes, headers,
// JSON and XML bodies, error shapes, signatures) is awsjobs' protocol and auth layers: each
// request is converted to an awsjobs::http::request, answered by the library, and the
// response converted back.
//
//   fake_server --jobs FILE [--port N] [--max-requests N]
//               [--credentials FILE [--region R] [--window SECONDS] [--clock-offset SECONDS]]
//               [--tls-cert PEM --tls-key PEM]
//
// FILE is the table the fake starts with, JSON, each list optional:
//   {"dataexchange": [GetJobResponse, ...], "sesv2": [GetImportJobResponse, ...],
//    "sesv2_export": [GetExportJobResponse, ...], "importexport": [GetStatusOutput, ...],
//    "errors": [{"operation": "GetJob", "job_id": "...", "code": "ThrottlingException", "message": "..."}, ...]}
// A job id with an entry in "errors" gets that error from that operation (one that names a
// job by JobId), with the status the model gives its code; an id in no list gets the
// operation's not-found error. The operations change the table as the services do: created
// jobs get ids and ARNs in AWS's formats (Data Exchange WAITING, SES v2 CREATED, Import/Export
// Pending); StartJob runs a WAITING Data Exchange job, and only a WAITING one can be cancelled
// (else ConflictException); an SES v2 export job can be cancelled until it ends; an
// Import/Export job can be updated or cancelled while Pending, and a cancelled one is then
// refused (CanceledJobIdException). The lists page as the services do: Data Exchange
// MaxResults/NextToken, SES v2 PageSize/NextToken, Import/Export MaxJobs/Marker/IsTruncated.
// Nothing is persisted and no job runs by itself. Port 0 (the default) picks a free port;
// "listening on 127.0.0.1:PORT" on stdout says it is ready. Stops on SIGINT or SIGTERM, or
// after N requests.
//
// Without --credentials it checks no signature. With it (an AWS shared credentials file:
// every profile's key pair is accepted, with its session token if it has one) it refuses
// what AWS would refuse, with AWS's own error responses: unsigned requests, unknown keys,
// wrong signatures, a credential scope for another region than --region (when given) or
// another service, and times more than --window seconds (default 300) from its clock, which
// --clock-offset moves (to test a client's clock skew). SigV4, and SigV2 for Import/Export.
// --tls-cert and --tls-key (PEM files) make it serve HTTPS instead of HTTP.
#include <awsjobs/auth.hpp>
#include <awsjobs/awsjobs.hpp>
#include <awsjobs/config/files.hpp>
#include <awsjobs/config/system_host.hpp>
#include <awsjobs/protocol.hpp>
#include <awsjobs/protocol/auth_error.hpp>
#include <awsjobs/protocol/xml.hpp>

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <charconv>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;
namespace iex = awsjobs::importexport;
namespace json = awsjobs::json;
namespace protocol = awsjobs::protocol;
namespace auth = awsjobs::auth;
namespace config = awsjobs::config;

namespace {

// ---- the table of jobs -------------------------------------------------------------------------

struct error_entry {
    std::string operation;  // an operation that names one job: GetJob, StartJob, CancelExportJob, UpdateJob, ...
    std::string job_id;
    std::string code;       // e.g. ThrottlingException; a code the model lacks is sent with status 400
    std::string message;
};
BOOST_DESCRIBE_STRUCT(error_entry, (), (operation, job_id, code, message))

struct jobs_table {
    std::optional<std::vector<dx::GetJobResponse>> dataexchange;
    std::optional<std::vector<ses::GetImportJobResponse>> sesv2;
    std::optional<std::vector<ses::GetExportJobResponse>> sesv2_export;
    std::optional<std::vector<iex::GetStatusOutput>> importexport;
    std::optional<std::vector<error_entry>> errors;
};
BOOST_DESCRIBE_STRUCT(jobs_table, (), (dataexchange, sesv2, sesv2_export, importexport, errors))

/// The typed error for a code: its exception shape when the operation models the code.
template <class Op>
typename Op::error service_error(std::string_view code, std::string message) {
    using Error = typename Op::error;
    Error error;
    error.code = awsjobs::open_enum<typename Error::code_type>::from_wire(code);
    error.message = std::move(message);
    if (const auto known = error.code.known()) {
        using codes = boost::describe::describe_enumerators<typename Error::code_type>;
        boost::mp11::mp_for_each<boost::mp11::mp_iota<boost::mp11::mp_size<codes>>>([&](auto I) {
            if (boost::mp11::mp_at<codes, decltype(I)>::value == *known) error.details.template emplace<I + 1>();
        });
    }
    return error;
}

awsjobs::http::response plain_response(int status, std::string text) {
    return {status, {{"Content-Type", "text/plain; charset=utf-8"}}, std::move(text) + '\n'};
}

// ---- signature verification ------------------------------------------------------------------

/// What the fake checks signatures against, when it checks them.
struct verification {
    std::map<std::string, auth::credentials, std::less<>> keys;  // by access key id
    std::string region;                                           // required in the scope, or empty
    std::chrono::seconds window{300};
    std::chrono::seconds clock_offset{0};                         // added to the system clock
};

/// Every profile's key pair in a shared credentials file, or the error naming the file,
/// line and profile that cannot be used.
std::optional<verification> load_keys(const std::string& path) {
    const config::system_host world;
    auto text = world.read_file(path, config::limits{}.max_file_size);
    if (text && !*text) {
        std::cerr << "fake_server: cannot open " << path << '\n';
        return std::nullopt;
    }
    auto profiles = text ? config::parse_credentials_file(**text, path) : awsjobs::result<config::profile_map, config::error>(text.error());
    if (!profiles) {
        std::cerr << "fake_server: " << profiles.error() << '\n';
        return std::nullopt;
    }
    verification checked;
    for (const auto& [name, profile] : *profiles) {
        const config::setting* id = profile.find("aws_access_key_id");
        const config::setting* secret = profile.find("aws_secret_access_key");
        if (id == nullptr) continue;
        if (secret == nullptr) {
            std::cerr << "fake_server: " << path << ':' << id->line << ": profile " << name
                      << ": aws_access_key_id without aws_secret_access_key\n";
            return std::nullopt;
        }
        auth::credentials creds;
        creds.access_key_id = id->value;
        creds.secret_access_key = auth::secret_string(secret->value);
        if (const config::setting* token = profile.find("aws_security_token")) creds.session_token = auth::secret_string(token->value);
        else if (const config::setting* session = profile.find("aws_session_token")) creds.session_token = auth::secret_string(session->value);
        if (!checked.keys.emplace(id->value, std::move(creds)).second) {
            std::cerr << "fake_server: " << path << ':' << id->line << ": profile " << name << ": access key id "
                      << id->value << " is already another profile's\n";
            return std::nullopt;
        }
    }
    if (checked.keys.empty()) {
        std::cerr << "fake_server: " << path << " has no profile with aws_access_key_id\n";
        return std::nullopt;
    }
    return checked;
}

// ---- what each operation does to the jobs -----------------------------------------------------

/// Every operation the fake serves, in the order requests are matched against them.
using operations = boost::mp11::mp_list<
    dx::CreateJob, dx::StartJob, dx::GetJob, dx::ListJobs, dx::CancelJob,
    ses::CreateImportJob, ses::GetImportJob, ses::ListImportJobs,
    ses::CreateExportJob, ses::GetExportJob, ses::ListExportJobs, ses::CancelExportJob,
    iex::CreateJob, iex::GetStatus, iex::ListJobs, iex::CancelJob, iex::UpdateJob, iex::GetShippingLabel>;

template <class Op>
using input_of = typename Op::template input<std::string>;
template <class Op>
using output_of = typename Op::template output<std::string>;

/// Op's service error with this code and message, as its outcome.
template <class Op>
protocol::outcome<Op> failure(std::string_view code, std::string message) {
    return service_error<Op>(code, std::move(message));
}

/// The job whose `id` member is `wanted`, or null.
template <class Job>
Job* find_job(std::vector<Job>& jobs, std::optional<std::string> Job::*id, std::string_view wanted) {
    for (Job& job : jobs)
        if (job.*id == wanted) return &job;
    return nullptr;
}

/// One page of a list: where it starts and how many entries it holds at most.
struct page {
    std::size_t start = 0;
    std::size_t size = 0;
};

/// The index a NextToken of this fake names: the decimal index of the page's first entry.
std::optional<std::size_t> token_index(const std::optional<std::string>& token, std::size_t count) {
    if (!token) return 0;
    std::size_t index = 0;
    const char* end = token->data() + token->size();
    const auto [stop, error] = std::from_chars(token->data(), end, index);
    if (token->empty() || error != std::errc{} || stop != end || index > count) return std::nullopt;
    return index;
}

/// The jobs of `all` on the page, as the list's entries.
template <class Job, class ToEntry>
auto entries_on(const std::vector<Job>& all, page p, ToEntry to_entry) {
    std::vector<decltype(to_entry(all.front()))> entries;
    for (std::size_t i = p.start; i < all.size() && i < p.start + p.size; ++i) entries.push_back(to_entry(all[i]));
    return entries;
}

/// The token of the page after `p`, when there is one.
std::optional<std::string> next_token(std::size_t count, page p) {
    if (p.start + p.size >= count) return std::nullopt;
    return std::to_string(p.start + p.size);
}

/// The time a job is created or changes, in milliseconds as AWS gives it.
std::chrono::sys_time<std::chrono::milliseconds> now() {
    return std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now());
}

// Page sizes: Data Exchange's MaxResults is 1-200 (the model's range); SES v2's PageSize has no
// range in the model, the fake takes 1-100; Import/Export's MaxJobs has none either, the fake
// takes any positive size and 1000 by default. Without a size, the other lists are one largest page.
constexpr std::int32_t dataexchange_max_results = 200;
constexpr std::int32_t sesv2_max_page_size = 100;
constexpr std::int32_t importexport_default_max_jobs = 1000;

/// The jobs in memory and what each operation does with them; one handle() per operation.
/// New jobs get ids and ARNs in AWS's formats (account 123456789012, region us-east-1).
class job_table {
public:
    explicit job_table(jobs_table table)
        : dataexchange_(std::move(table.dataexchange).value_or(std::vector<dx::GetJobResponse>{})),
          imports_(std::move(table.sesv2).value_or(std::vector<ses::GetImportJobResponse>{})),
          exports_(std::move(table.sesv2_export).value_or(std::vector<ses::GetExportJobResponse>{})),
          importexport_(std::move(table.importexport).value_or(std::vector<iex::GetStatusOutput>{})) {}

    // ---- Data Exchange: a job is created WAITING, StartJob runs it, only a WAITING job can be cancelled.

    protocol::outcome<dx::CreateJob> handle(dx::CreateJob, const dx::CreateJobRequest& in) {
        // The request's Details alternative as the response's: the same keys, read as JSON.
        auto text = json::write(*in.Details);
        if (!text) return failure<dx::CreateJob>("ValidationException", "Details: " + text.error().describe());
        auto details = json::parse<dx::ResponseDetails>(*text);
        if (!details) return failure<dx::CreateJob>("ValidationException", "Details: " + details.error().describe());
        char id[33];  // 32 hex digits, scrambled so that ids do not look like a counter
        const unsigned long long n = ++created_;
        std::snprintf(id, sizeof id, "%016llx%016llx", n * 0x9e3779b97f4a7c15ULL, ~n * 0xc2b2ae3d27d4eb4fULL);
        dx::GetJobResponse job;
        job.Arn = std::string("arn:aws:dataexchange:us-east-1:123456789012:jobs/") + id;
        job.AssetConfiguration = in.AssetConfiguration;
        job.CreatedAt = job.UpdatedAt = now();
        job.Details = std::move(*details);
        job.Id = id;
        job.State = dx::State::WAITING;
        job.Type = *in.Type;
        dataexchange_.push_back(job);
        return awsjobs::convert<dx::CreateJobResponse>(job);
    }

    protocol::outcome<dx::StartJob> handle(dx::StartJob, const dx::StartJobRequest& in) {
        dx::GetJobResponse* job = find_job(dataexchange_, &dx::GetJobResponse::Id, *in.JobId);
        if (job == nullptr) return failure<dx::StartJob>("ResourceNotFoundException", "Job " + *in.JobId + " not found");
        if (job->State != dx::State::WAITING)
            return failure<dx::StartJob>("ConflictException", "Job " + *in.JobId + " is " + std::string(job->State->wire_name()) + ", not WAITING");
        job->State = dx::State::IN_PROGRESS;
        job->UpdatedAt = now();
        return dx::StartJobResponse{};
    }

    protocol::outcome<dx::GetJob> handle(dx::GetJob, const dx::GetJobRequest& in) {
        if (dx::GetJobResponse* job = find_job(dataexchange_, &dx::GetJobResponse::Id, *in.JobId)) return *job;
        return failure<dx::GetJob>("ResourceNotFoundException", "No job " + *in.JobId);
    }

    // dataSetId and revisionId are not filtered on: every job is listed.
    protocol::outcome<dx::ListJobs> handle(dx::ListJobs, const dx::ListJobsRequest& in) {
        const std::int32_t size = in.MaxResults.value_or(dataexchange_max_results);
        if (size < 1 || size > dataexchange_max_results)
            return failure<dx::ListJobs>("ValidationException", "maxResults must be 1 to 200, not " + std::to_string(size));
        const auto start = token_index(in.NextToken, dataexchange_.size());
        if (!start) return failure<dx::ListJobs>("ValidationException", "nextToken is not a token ListJobs returned");
        const page p{*start, static_cast<std::size_t>(size)};
        dx::ListJobsResponse out;
        out.Jobs = entries_on(dataexchange_, p, [](const dx::GetJobResponse& job) { return awsjobs::convert<dx::JobEntry>(job); });
        out.NextToken = next_token(dataexchange_.size(), p);
        return out;
    }

    protocol::outcome<dx::CancelJob> handle(dx::CancelJob, const dx::CancelJobRequest& in) {
        dx::GetJobResponse* job = find_job(dataexchange_, &dx::GetJobResponse::Id, *in.JobId);
        if (job == nullptr) return failure<dx::CancelJob>("ResourceNotFoundException", "Job " + *in.JobId + " not found");
        if (job->State != dx::State::WAITING)
            return failure<dx::CancelJob>("ConflictException", "Job " + *in.JobId + " is " + std::string(job->State->wire_name()) + ": only a WAITING job can be cancelled");
        job->State = dx::State::CANCELLED;
        job->UpdatedAt = now();
        return awsjobs::no_output{};
    }

    // ---- SES v2: jobs are created CREATED; an export job can be cancelled until it ends.

    protocol::outcome<ses::CreateImportJob> handle(ses::CreateImportJob, const ses::CreateImportJobRequest& in) {
        ses::GetImportJobResponse job;
        job.JobId = ses_job_id();
        job.ImportDestination = *in.ImportDestination;
        job.ImportDataSource = *in.ImportDataSource;
        job.JobStatus = ses::JobStatus::CREATED;
        job.CreatedTimestamp = now();
        imports_.push_back(job);
        return ses::CreateImportJobResponse{job.JobId};
    }

    protocol::outcome<ses::GetImportJob> handle(ses::GetImportJob, const ses::GetImportJobRequest& in) {
        if (ses::GetImportJobResponse* job = find_job(imports_, &ses::GetImportJobResponse::JobId, *in.JobId)) return *job;
        return failure<ses::GetImportJob>("NotFoundException", "No job " + *in.JobId);
    }

    protocol::outcome<ses::ListImportJobs> handle(ses::ListImportJobs, const ses::ListImportJobsRequest& in) {
        // ImportDestinationType names the destination's alternative: SUPPRESSION_LIST, SuppressionListDestination.
        std::vector<ses::GetImportJobResponse> listed;
        for (const auto& job : imports_)
            if (!in.ImportDestinationType || (job.ImportDestination && destination_type(*job.ImportDestination) == in.ImportDestinationType->wire_name()))
                listed.push_back(job);
        const auto p = sesv2_page<ses::ListImportJobs>(in.PageSize, in.NextToken, listed.size());
        if (auto* error = std::get_if<protocol::outcome<ses::ListImportJobs>>(&p)) return *error;
        ses::ListImportJobsResponse out;
        out.ImportJobs = entries_on(listed, std::get<page>(p), [](const ses::GetImportJobResponse& job) {
            return ses::ImportJobSummary{job.JobId, job.ImportDestination, job.JobStatus, job.CreatedTimestamp,
                                         job.ProcessedRecordsCount, job.FailedRecordsCount};
        });
        out.NextToken = next_token(listed.size(), std::get<page>(p));
        return out;
    }

    protocol::outcome<ses::CreateExportJob> handle(ses::CreateExportJob, const ses::CreateExportJobRequest& in) {
        ses::GetExportJobResponse job;
        job.JobId = ses_job_id();
        job.ExportSourceType = in.ExportDataSource->key() == "MetricsDataSource" ? ses::ExportSourceType::METRICS_DATA : ses::ExportSourceType::MESSAGE_INSIGHTS;
        job.JobStatus = ses::JobStatus::CREATED;
        job.ExportDestination = *in.ExportDestination;
        job.ExportDataSource = *in.ExportDataSource;
        job.CreatedTimestamp = now();
        exports_.push_back(job);
        return ses::CreateExportJobResponse{job.JobId};
    }

    protocol::outcome<ses::GetExportJob> handle(ses::GetExportJob, const ses::GetExportJobRequest& in) {
        if (ses::GetExportJobResponse* job = find_job(exports_, &ses::GetExportJobResponse::JobId, *in.JobId)) return *job;
        return failure<ses::GetExportJob>("NotFoundException", "No job " + *in.JobId);
    }

    protocol::outcome<ses::ListExportJobs> handle(ses::ListExportJobs, const ses::ListExportJobsRequest& in) {
        std::vector<ses::GetExportJobResponse> listed;
        for (const auto& job : exports_)
            if ((!in.ExportSourceType || job.ExportSourceType == in.ExportSourceType) && (!in.JobStatus || job.JobStatus == in.JobStatus))
                listed.push_back(job);
        const auto p = sesv2_page<ses::ListExportJobs>(in.PageSize, in.NextToken, listed.size());
        if (auto* error = std::get_if<protocol::outcome<ses::ListExportJobs>>(&p)) return *error;
        ses::ListExportJobsResponse out;
        out.ExportJobs = entries_on(listed, std::get<page>(p), [](const ses::GetExportJobResponse& job) {
            return ses::ExportJobSummary{job.JobId, job.ExportSourceType, job.JobStatus, job.CreatedTimestamp, job.CompletedTimestamp};
        });
        out.NextToken = next_token(listed.size(), std::get<page>(p));
        return out;
    }

    protocol::outcome<ses::CancelExportJob> handle(ses::CancelExportJob, const ses::CancelExportJobRequest& in) {
        ses::GetExportJobResponse* job = find_job(exports_, &ses::GetExportJobResponse::JobId, *in.JobId);
        if (job == nullptr) return failure<ses::CancelExportJob>("NotFoundException", "No job " + *in.JobId);
        if (job->JobStatus != ses::JobStatus::CREATED && job->JobStatus != ses::JobStatus::PROCESSING)
            return failure<ses::CancelExportJob>("BadRequestException", "Job " + *in.JobId + " is " + std::string(job->JobStatus->wire_name()) + ": it has ended");
        job->JobStatus = ses::JobStatus::CANCELLED;
        job->CompletedTimestamp = now();
        return ses::CancelExportJobResponse{};
    }

    // ---- Import/Export: a job can be updated or cancelled while its ProgressCode is Pending;
    // a cancelled job's id is refused by every operation but ListJobs (CanceledJobIdException).

    protocol::outcome<iex::CreateJob> handle(iex::CreateJob, const iex::CreateJobInput& in) {
        iex::CreateJobOutput out;
        out.JobType = *in.JobType;
        if (*in.ValidateOnly) return out;  // the manifest is valid; no job is created
        std::string id(5, '0');  // five capitals and digits, as AWS's: the count in base 36
        constexpr std::string_view digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for (std::uint64_t n = ++created_, i = 5; i-- > 0; n /= digits.size()) id[i] = digits[n % digits.size()];
        iex::GetStatusOutput job;
        job.JobId = out.JobId = id;
        job.JobType = *in.JobType;
        job.LocationCode = "NotReceived";
        job.LocationMessage = "AWS has not received your device.";
        job.ProgressCode = "Pending";
        job.ProgressMessage = "The specified job has not started.";
        job.ErrorCount = 0;
        job.Signature = out.Signature = "awsjobs-fake-signature-" + id;
        job.SignatureFileContents = out.SignatureFileContents =
            "version:2.0\nsigningMethod:HmacSHA1\njobId:" + id + "\nsignature:" + *job.Signature;
        job.CurrentManifest = *in.Manifest;
        job.CreationDate = now();
        importexport_.push_back(std::move(job));
        return out;
    }

    protocol::outcome<iex::GetStatus> handle(iex::GetStatus, const iex::GetStatusInput& in) {
        auto job = importexport_job<iex::GetStatus>(*in.JobId);
        if (auto* error = std::get_if<protocol::outcome<iex::GetStatus>>(&job)) return *error;
        return *std::get<iex::GetStatusOutput*>(job);
    }

    protocol::outcome<iex::ListJobs> handle(iex::ListJobs, const iex::ListJobsInput& in) {
        const std::int32_t size = in.MaxJobs.value_or(importexport_default_max_jobs);
        if (size < 1) return failure<iex::ListJobs>("InvalidParameterException", "MaxJobs must be positive, not " + std::to_string(size));
        std::size_t start = 0;
        if (in.Marker) {  // the last job of the previous page
            const iex::GetStatusOutput* marker = find_job(importexport_, &iex::GetStatusOutput::JobId, *in.Marker);
            if (marker == nullptr) return failure<iex::ListJobs>("InvalidParameterException", "Marker " + *in.Marker + " is no job's id");
            start = static_cast<std::size_t>(marker - importexport_.data()) + 1;
        }
        const page p{start, static_cast<std::size_t>(size)};
        iex::ListJobsOutput out;
        out.Jobs = entries_on(importexport_, p, [this](const iex::GetStatusOutput& job) {
            return iex::Job{job.JobId, job.CreationDate, canceled_.contains(*job.JobId), job.JobType};
        });
        out.IsTruncated = next_token(importexport_.size(), p).has_value();
        return out;
    }

    protocol::outcome<iex::CancelJob> handle(iex::CancelJob, const iex::CancelJobInput& in) {
        auto job = importexport_job<iex::CancelJob>(*in.JobId);
        if (auto* error = std::get_if<protocol::outcome<iex::CancelJob>>(&job)) return *error;
        if (std::get<iex::GetStatusOutput*>(job)->ProgressCode != "Pending")
            return failure<iex::CancelJob>("UnableToCancelJobIdException", "Job " + *in.JobId + " has started: it cannot be cancelled");
        canceled_.insert(*in.JobId);
        return iex::CancelJobOutput{true};
    }

    protocol::outcome<iex::UpdateJob> handle(iex::UpdateJob, const iex::UpdateJobInput& in) {
        auto found = importexport_job<iex::UpdateJob>(*in.JobId);
        if (auto* error = std::get_if<protocol::outcome<iex::UpdateJob>>(&found)) return *error;
        iex::GetStatusOutput& job = *std::get<iex::GetStatusOutput*>(found);
        if (job.ProgressCode != "Pending")
            return failure<iex::UpdateJob>("UnableToUpdateJobIdException", "Job " + *in.JobId + " has started: it cannot be updated");
        if (!*in.ValidateOnly) {
            job.CurrentManifest = *in.Manifest;
            job.JobType = *in.JobType;
        }
        iex::UpdateJobOutput out;
        out.Success = true;
        return out;
    }

    protocol::outcome<iex::GetShippingLabel> handle(iex::GetShippingLabel, const iex::GetShippingLabelInput& in) {
        if (in.jobIds->empty()) return failure<iex::GetShippingLabel>("InvalidParameterException", "jobIds is empty");
        std::string label = "https://awsjobs-fake-shipping-labels.s3.amazonaws.com/";
        for (const std::string& id : *in.jobIds) {
            auto job = importexport_job<iex::GetShippingLabel>(id);
            if (auto* error = std::get_if<protocol::outcome<iex::GetShippingLabel>>(&job)) return *error;
            label += id + (&id == &in.jobIds->back() ? ".pdf" : "-");
        }
        iex::GetShippingLabelOutput out;
        out.ShippingLabelURL = std::move(label);
        return out;
    }

private:
    std::string ses_job_id() {
        char id[37];
        std::snprintf(id, sizeof id, "5e1f0000-0000-4000-a000-%012llu", static_cast<unsigned long long>(++created_));
        return id;
    }

    static std::string_view destination_type(const ses::ImportDestination& destination) {
        return destination.key() == "SuppressionListDestination" ? "SUPPRESSION_LIST" : "CONTACT_LIST";
    }

    /// The page a SES v2 list request asks for, or its BadRequestException.
    template <class Op>
    static std::variant<page, protocol::outcome<Op>> sesv2_page(std::optional<std::int32_t> size, const std::optional<std::string>& token, std::size_t count) {
        const std::int32_t n = size.value_or(sesv2_max_page_size);
        if (n < 1 || n > sesv2_max_page_size) return failure<Op>("BadRequestException", "PageSize must be 1 to 100, not " + std::to_string(n));
        const auto start = token_index(token, count);
        if (!start) return failure<Op>("BadRequestException", "NextToken is not a token this operation returned");
        return page{*start, static_cast<std::size_t>(n)};
    }

    /// The Import/Export job with this id, or Op's error for an unknown or cancelled one.
    template <class Op>
    std::variant<iex::GetStatusOutput*, protocol::outcome<Op>> importexport_job(const std::string& id) {
        iex::GetStatusOutput* job = find_job(importexport_, &iex::GetStatusOutput::JobId, id);
        if (job == nullptr) return failure<Op>("InvalidJobIdException", "No job " + id);
        if (canceled_.contains(id)) return failure<Op>("CanceledJobIdException", "Job " + id + " has been cancelled");
        return job;
    }

    std::vector<dx::GetJobResponse> dataexchange_;
    std::vector<ses::GetImportJobResponse> imports_;
    std::vector<ses::GetExportJobResponse> exports_;
    std::vector<iex::GetStatusOutput> importexport_;
    std::set<std::string, std::less<>> canceled_;  // Import/Export job ids
    std::uint64_t created_ = 0;
};

/// Answers a request from the table, through awsjobs alone.
class fake_service {
public:
    fake_service(jobs_table table, std::optional<verification> checks)
        : errors_(std::move(table.errors).value_or(std::vector<error_entry>{})), jobs_(std::move(table)), checks_(std::move(checks)) {}

    awsjobs::http::response answer(const awsjobs::http::request& request) {
        const std::scoped_lock lock(mutex_);
        const std::string request_id = next_request_id();
        std::optional<awsjobs::http::response> response;
        boost::mp11::mp_for_each<operations>([&](auto op) {
            if (!response) response = try_operation<decltype(op)>(request, request_id);
        });
        if (response) return std::move(*response);
        return plain_response(404, "no operation at " + request.method + ' ' + request.target);
    }

private:
    /// The response when the request is Op's; nothing when it belongs to another operation.
    template <class Op>
    std::optional<awsjobs::http::response> try_operation(const awsjobs::http::request& request,
                                                         const std::string& request_id) {
        auto input = protocol::read_request<Op>(request);
        if (!input) {
            const protocol::errc code = input.error().code;
            if (code == protocol::errc::wrong_method || code == protocol::errc::wrong_path ||
                code == protocol::errc::wrong_action)
                return std::nullopt;
        }
        // AWS authenticates a request before it reads its parameters.
        if (checks_) {
            auto signer = auth::verify(request, lookup(), options<Op>());
            if (!signer) return protocol::make_auth_error_response<Op>(signer.error(), request_id);
        }
        if (!input) return plain_response(protocol::http_status_for(input.error().code), input.error().describe());
        protocol::result<awsjobs::http::response> response = reply<Op>(*input, request_id);
        if (!response) return plain_response(500, response.error().describe());  // a table the model cannot carry
        return std::move(*response);
    }

    template <class Op>
    protocol::result<awsjobs::http::response> reply(const input_of<Op>& input, const std::string& request_id) {
        if constexpr (requires { *input.JobId; }) {
            for (const error_entry& entry : errors_)
                if (entry.operation == Op::binding.name && entry.job_id == *input.JobId)
                    return protocol::make_error_response<Op>(service_error<Op>(entry.code, entry.message), request_id);
        }
        protocol::outcome<Op> outcome = jobs_.handle(Op{}, input);
        if (const auto* error = std::get_if<typename Op::error>(&outcome)) return protocol::make_error_response<Op>(*error, request_id);
        return protocol::make_response<Op>(std::get<output_of<Op>>(outcome), request_id);
    }

    std::string next_request_id() {
        char text[40];
        std::snprintf(text, sizeof text, "00000000-0000-4000-8000-%012llu", static_cast<unsigned long long>(++count_));
        return text;
    }

    auth::key_lookup lookup() const {
        return [this](std::string_view id) -> std::optional<auth::credentials> {
            const auto found = checks_->keys.find(id);
            if (found == checks_->keys.end()) return std::nullopt;
            return found->second;
        };
    }

    /// What AWS would check for Op: the credential scope's service is the operation's (its
    /// global endpoint's, e.g. Import/Export's IngestionService), the region --region's.
    template <class Op>
    auth::verify_options options() const {
        auth::verify_options options;
        options.window = checks_->window;
        options.required_region = checks_->region;
        options.required_service = Op::signing.scope_service.empty() ? Op::signing.signing_name : Op::signing.scope_service;
        options.now = std::chrono::system_clock::now() + checks_->clock_offset;
        options.accept_sigv2 = Op::signing.sigv2;
        return options;
    }

    std::mutex mutex_;  // the server may serve several clients
    std::vector<error_entry> errors_;
    job_table jobs_;
    std::optional<verification> checks_;
    std::uint64_t count_ = 0;
};

// ---- Beast <-> awsjobs::http -------------------------------------------------------------------

awsjobs::http::request from_beast(const bhttp::request<bhttp::string_body>& in) {
    awsjobs::http::request out;
    out.method = std::string(in.method_string());
    out.target = std::string(in.target());
    for (const auto& field : in) out.headers.add(field.name_string(), field.value());
    out.body = in.body();
    return out;
}

bhttp::response<bhttp::string_body> to_beast(awsjobs::http::response in, unsigned version, bool keep_alive) {
    bhttp::response<bhttp::string_body> out;
    out.version(version);
    out.result(static_cast<unsigned>(in.status));
    for (const auto& field : in.headers) out.insert(field.name, field.value);
    out.set(bhttp::field::server, "awsjobs-fake-server");
    out.body() = std::move(in.body);
    out.keep_alive(keep_alive);
    out.prepare_payload();
    return out;
}

// ---- the server --------------------------------------------------------------------------------

struct server_state {
    fake_service service;
    std::uint64_t max_requests = 0;  // 0: no limit
    std::uint64_t served = 0;
    asio::io_context& io;
};

constexpr std::uint64_t body_limit = 64 * 1024;       // a CreateJob's manifest is a few KiB
constexpr auto idle_timeout = std::chrono::seconds(30);  // per read or write

using tls_stream = beast::ssl_stream<beast::tcp_stream>;

beast::tcp_stream& lowest_layer(beast::tcp_stream& stream) { return stream; }
beast::tcp_stream& lowest_layer(tls_stream& stream) { return stream.next_layer(); }

/// Ends the connection: a TLS close_notify first, then the TCP half-close.
asio::awaitable<void> close(beast::tcp_stream& stream) {
    beast::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    co_return;
}
asio::awaitable<void> close(tls_stream& stream) {
    stream.next_layer().expires_after(idle_timeout);
    co_await stream.async_shutdown(asio::as_tuple(asio::use_awaitable));
    co_await close(stream.next_layer());
}

/// One connection: requests answered in order until the client closes, keep-alive ends,
/// a read or write fails or times out.
template <class Stream>
asio::awaitable<void> session(Stream stream, server_state& state) {
    beast::flat_buffer buffer;
    for (;;) {
        bhttp::request_parser<bhttp::string_body> parser;
        parser.body_limit(body_limit);
        lowest_layer(stream).expires_after(idle_timeout);
        auto [read_error, read_bytes] =
            co_await bhttp::async_read(stream, buffer, parser, asio::as_tuple(asio::use_awaitable));
        if (read_error == bhttp::error::body_limit) {
            auto refusal = to_beast(plain_response(413, "the body is over 64 KiB"), 11, false);
            lowest_layer(stream).expires_after(idle_timeout);
            co_await bhttp::async_write(stream, refusal, asio::as_tuple(asio::use_awaitable));
        }
        if (read_error) break;
        const auto& request = parser.get();
        auto response = to_beast(state.service.answer(from_beast(request)), request.version(), request.keep_alive());
        lowest_layer(stream).expires_after(idle_timeout);
        auto [write_error, written] = co_await bhttp::async_write(stream, response, asio::as_tuple(asio::use_awaitable));
        if (++state.served == state.max_requests) state.io.stop();
        if (write_error || !response.keep_alive()) break;
    }
    co_await close(stream);
}

/// The TLS handshake, then the session; a client that fails the handshake is dropped.
asio::awaitable<void> tls_session(tls_stream stream, server_state& state) {
    stream.next_layer().expires_after(idle_timeout);
    auto [error] = co_await stream.async_handshake(asio::ssl::stream_base::server, asio::as_tuple(asio::use_awaitable));
    if (error) co_return;
    co_await session(std::move(stream), state);
}

asio::awaitable<void> accept_loop(tcp::acceptor& acceptor, server_state& state, asio::ssl::context* tls) {
    for (;;) {
        auto [error, socket] = co_await acceptor.async_accept(asio::as_tuple(asio::use_awaitable));
        if (error) co_return;
        if (tls != nullptr)
            asio::co_spawn(acceptor.get_executor(), tls_session(tls_stream(std::move(socket), *tls), state), asio::detached);
        else
            asio::co_spawn(acceptor.get_executor(), session(beast::tcp_stream(std::move(socket)), state), asio::detached);
    }
}

/// A TLS server context from PEM files, or nothing (with the reason on stderr).
std::optional<asio::ssl::context> load_tls(const std::string& cert, const std::string& key) {
    asio::ssl::context context(asio::ssl::context::tls_server);
    context.set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                        asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 | asio::ssl::context::no_tlsv1_1);
    beast::error_code error;
    context.use_certificate_chain_file(cert, error);
    if (!error) context.use_private_key_file(key, asio::ssl::context::pem, error);
    if (error) {
        std::cerr << "fake_server: TLS certificate " << cert << " or key " << key << ": " << error.message() << '\n';
        return std::nullopt;
    }
    return context;
}

std::optional<jobs_table> load_table(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << "fake_server: cannot open " << path << '\n';
        return std::nullopt;
    }
    std::stringstream text;
    text << in.rdbuf();
    auto table = json::parse<jobs_table>(text.str());
    if (!table) {
        std::cerr << "fake_server: " << path << ": " << table.error() << '\n';
        return std::nullopt;
    }
    return std::move(table).value();
}

int usage() {
    std::cerr << "usage: fake_server --jobs FILE [--port N] [--max-requests N]\n"
                 "                   [--credentials FILE [--region R] [--window SECONDS] [--clock-offset SECONDS]]\n"
                 "                   [--tls-cert PEM --tls-key PEM]\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::string jobs_path, credentials_path, region, tls_cert, tls_key;
    unsigned long port = 0;
    std::uint64_t max_requests = 0;
    long long window = 300, clock_offset = 0;
    try {
        for (int i = 1; i < argc; ++i) {
            const std::string_view arg = argv[i];
            if (i + 1 == argc) return usage();
            if (arg == "--jobs") jobs_path = argv[++i];
            else if (arg == "--port") port = std::stoul(argv[++i]);
            else if (arg == "--max-requests") max_requests = std::stoull(argv[++i]);
            else if (arg == "--credentials") credentials_path = argv[++i];
            else if (arg == "--region") region = argv[++i];
            else if (arg == "--window") window = std::stoll(argv[++i]);
            else if (arg == "--clock-offset") clock_offset = std::stoll(argv[++i]);
            else if (arg == "--tls-cert") tls_cert = argv[++i];
            else if (arg == "--tls-key") tls_key = argv[++i];
            else return usage();
        }
    } catch (const std::exception&) {
        return usage();
    }
    const bool verifying = !credentials_path.empty();
    if (jobs_path.empty() || port > 65535 || window <= 0 || tls_cert.empty() != tls_key.empty()) return usage();
    if (!verifying && (!region.empty() || window != 300 || clock_offset != 0)) return usage();
    auto table = load_table(jobs_path);
    if (!table) return 1;
    std::optional<verification> checks;
    if (verifying) {
        checks = load_keys(credentials_path);
        if (!checks) return 1;
        checks->region = region;
        checks->window = std::chrono::seconds(window);
        checks->clock_offset = std::chrono::seconds(clock_offset);
    }
    std::optional<asio::ssl::context> tls;
    if (!tls_cert.empty()) {
        tls = load_tls(tls_cert, tls_key);
        if (!tls) return 1;
    }

    asio::io_context io(1);
    server_state state{fake_service(std::move(*table), std::move(checks)), max_requests, 0, io};
    tcp::acceptor acceptor(io, tcp::endpoint(asio::ip::make_address_v4("127.0.0.1"), static_cast<std::uint16_t>(port)));
    asio::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&](const beast::error_code&, int) { io.stop(); });
    asio::co_spawn(io, accept_loop(acceptor, state, tls ? &*tls : nullptr), asio::detached);

    std::cout << "listening on 127.0.0.1:" << acceptor.local_endpoint().port() << std::endl;
    io.run();
    std::cerr << "fake_server: stopped after " << state.served << " requests\n";
    return 0;
}

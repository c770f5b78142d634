// The jobs in memory and what each of the 18 operations does with them (one handle() each), and
// the JSON table they start from (--jobs FILE).
//
// The table, each list optional:
//   {"dataexchange": [GetJobResponse, ...], "sesv2": [GetImportJobResponse, ...],
//    "sesv2_export": [GetExportJobResponse, ...], "importexport": [GetStatusOutput, ...],
//    "errors": [{"operation": "GetJob", "job_id": "...", "code": "ThrottlingException", "message": "..."}, ...]}
#ifndef AWSJOBS_FAKE_JOB_STORE_HPP
#define AWSJOBS_FAKE_JOB_STORE_HPP

#include "clock.hpp"
#include "read_file.hpp"
#include "rules.hpp"

#include <awsjobs/awsjobs.hpp>
#include <awsjobs/protocol.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <initializer_list>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace awsjobs_fake {

namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;
namespace iex = awsjobs::importexport;
namespace json = awsjobs::json;
namespace protocol = awsjobs::protocol;


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
/// The table in a --jobs file, or nothing (with the file and the reason on stderr).
inline std::optional<jobs_table> load_table(const std::string& path) {
    const std::optional<std::string> text = read_file(path);
    if (!text) {
        std::cerr << "awsjobs-fake: cannot open " << path << '\n';
        return std::nullopt;
    }
    auto table = json::parse<jobs_table>(*text);
    if (!table) {
        std::cerr << "awsjobs-fake: " << path << ": " << table.error() << '\n';
        return std::nullopt;
    }
    return std::move(table).value();
}

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

/// The 16 hex digits that bind a token to the request that made it (`binding`: its account,
/// region, operation and filters) and to the index it names: FNV-1a, for tokens a test cannot
/// guess by accident, not a secret.
inline std::string token_tag(std::string_view binding, std::size_t index) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    const std::string text = std::string(binding) + '\n' + std::to_string(index);
    for (const char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
    char tag[17];
    std::snprintf(tag, sizeof tag, "%016llx", static_cast<unsigned long long>(hash));
    return tag;
}

/// The index a NextToken names (its tag, then the decimal index of the page's first entry), when
/// the request bound by `binding` made it; nothing for any other token.
inline std::optional<std::size_t> token_index(const std::optional<std::string>& token, std::size_t count, std::string_view binding) {
    if (!token) return 0;
    if (token->size() <= 16) return std::nullopt;
    std::size_t index = 0;
    const char* end = token->data() + token->size();
    const auto [stop, error] = std::from_chars(token->data() + 16, end, index);
    if (error != std::errc{} || stop != end || index > count || token->substr(0, 16) != token_tag(binding, index)) return std::nullopt;
    return index;
}

/// The jobs of `all` on the page, as the list's entries.
template <class Job, class ToEntry>
auto entries_on(const std::vector<Job>& all, page p, ToEntry to_entry) {
    std::vector<decltype(to_entry(all.front()))> entries;
    for (std::size_t i = p.start; i < all.size() && i < p.start + p.size; ++i) entries.push_back(to_entry(all[i]));
    return entries;
}

/// The token of the page after `p`, when there is one, bound to the request.
inline std::optional<std::string> next_token(std::size_t count, page p, std::string_view binding) {
    if (p.start + p.size >= count) return std::nullopt;
    return token_tag(binding, p.start + p.size) + std::to_string(p.start + p.size);
}

// Page sizes: Data Exchange's MaxResults is 1-200 (the model's range, which validation.hpp checks);
// SES v2's PageSize has no range in the model, the fake takes 1-100; Import/Export's MaxJobs has
// none either, the fake takes any positive size and 1000 by default. Without a size, the other lists are one largest page.
constexpr std::int32_t dataexchange_max_results = 200;
constexpr std::int32_t sesv2_max_page_size = 100;
constexpr std::int32_t importexport_default_max_jobs = 1000;

/// The jobs in memory and what each operation does with them; one handle() per operation.
/// A change a job is due to make, as the state file keeps it.
struct saved_change {
    std::int64_t at_ms = 0;  // since the epoch
    std::int32_t what = 0;   // a due_change::kind
    std::string job_id;
    std::optional<std::int64_t> reads_left;  // a change that comes after reads: those still to come
};
BOOST_DESCRIBE_STRUCT(saved_change, (), (at_ms, what, job_id, reads_left))

/// How a job that has not ended yet is to end, as the state file keeps it.
struct saved_outcome {
    std::string job_id;
    job_outcome outcome;
};
BOOST_DESCRIBE_STRUCT(saved_outcome, (), (job_id, outcome))

/// The jobs of one account in one region, as the state file keeps them.
struct saved_partition {
    std::string account;
    std::string region;
    jobs_table jobs;
    std::vector<std::string> canceled;  // Import/Export job ids
    std::vector<saved_change> due;
    std::optional<std::vector<saved_outcome>> outcomes;  // absent in the files of versions before rules
};
BOOST_DESCRIBE_STRUCT(saved_partition, (), (account, region, jobs, canceled, due, outcomes))

/// What the job tables of every account and region share: the clock, how jobs run (the job
/// duration and the outcome rules), and the count of jobs created, so that ids never repeat.
struct store_context {
    fake_clock clock;
    job_timing timing;
    std::vector<job_rule> rules;
    std::uint64_t created = 0;
    std::size_t max_jobs = 10000;  // of each kind, per account and region
    std::size_t max_total_jobs = 100000;  // in every account and region together: memory stays bounded
    std::size_t total_jobs = 0;  // held in every account and region, counted before each create

    /// Why a table holding `held` jobs of a kind in `region` can take no more; nothing when it can.
    std::optional<std::string> full(std::size_t held, std::string_view region) const {
        if (held >= max_jobs)
            return "This account holds " + std::to_string(max_jobs) + " jobs of this kind in " + std::string(region) + ", the fake's limit (--max-jobs)";
        if (total_jobs >= max_total_jobs)
            return "The fake holds " + std::to_string(max_total_jobs) + " jobs in all accounts and regions, its limit (--max-total-jobs)";
        return std::nullopt;
    }
};

/// The jobs of one account in one region, and what each operation does with them; one handle()
/// per operation. New jobs get ids and ARNs in AWS's formats. The jobs that run by themselves
/// change when settle() finds their time has come (before each request is answered).
class job_table {
public:
    job_table(jobs_table table, std::string account, std::string region, store_context& context)
        : account_(std::move(account)), region_(std::move(region)), context_(context),
          dataexchange_(std::move(table.dataexchange).value_or(std::vector<dx::GetJobResponse>{})),
          imports_(std::move(table.sesv2).value_or(std::vector<ses::GetImportJobResponse>{})),
          exports_(std::move(table.sesv2_export).value_or(std::vector<ses::GetExportJobResponse>{})),
          importexport_(std::move(table.importexport).value_or(std::vector<iex::GetStatusOutput>{})) {}

    /// The jobs as a saved_partition keeps them, or the error that made a saved change unreadable.
    job_table(saved_partition saved, store_context& context)
        : job_table(std::move(saved.jobs), std::move(saved.account), std::move(saved.region), context) {
        canceled_.insert(saved.canceled.begin(), saved.canceled.end());
        for (saved_change& change : saved.due) {
            std::optional<std::uint64_t> reads_left;
            if (change.reads_left) reads_left = static_cast<std::uint64_t>(std::max<std::int64_t>(*change.reads_left, 0));
            due_.push_back({instant(std::chrono::milliseconds(change.at_ms)), static_cast<due_change::kind>(change.what), std::move(change.job_id), reads_left});
        }
        for (saved_outcome& outcome : saved.outcomes.value_or(std::vector<saved_outcome>{})) outcomes_.insert_or_assign(std::move(outcome.job_id), std::move(outcome.outcome));
    }

    /// The jobs as the state file keeps them.
    saved_partition save() const {
        saved_partition out{account_, region_, {dataexchange_, imports_, exports_, importexport_, std::nullopt},
                            {canceled_.begin(), canceled_.end()}, {}, std::vector<saved_outcome>{}};
        for (const due_change& change : due_) {
            std::optional<std::int64_t> reads_left;
            if (change.reads_left) reads_left = static_cast<std::int64_t>(*change.reads_left);
            out.due.push_back({change.at.time_since_epoch().count(), static_cast<std::int32_t>(change.what), change.job_id, reads_left});
        }
        for (const auto& [id, outcome] : outcomes_) out.outcomes->push_back({id, outcome});
        return out;
    }

    /// Makes the changes whose time has come on the fake clock, in the order they were scheduled.
    void settle() {
        const instant now = context_.clock.now();
        std::erase_if(due_, [&](const due_change& change) {
            if (change.at > now) return false;
            apply(change);
            return true;
        });
    }

    /// Makes every change the job `id` is due to make due now; whether it had any.
    bool hurry(std::string_view id) {
        bool found = false;
        const instant now = context_.clock.now();
        for (due_change& change : due_)
            if (change.job_id == id) {
                change.at = std::min(change.at, now);
                found = true;
            }
        return found;
    }

    /// Whether reads have changed what the state file keeps since the last call.
    bool take_unsaved_reads() { return std::exchange(unsaved_reads_, false); }

    /// Counts a read of the job `id` (a Get* of it): a change that comes after reads comes now
    /// when the reads before it have been made.
    void read(std::string_view id) {
        bool counted = false;
        const instant now = context_.clock.now();
        for (due_change& change : due_)
            if (change.job_id == id && change.reads_left) {
                counted = true;
                if (*change.reads_left == 0) {
                    change.at = std::min(change.at, now);
                    change.reads_left.reset();
                } else {
                    --*change.reads_left;
                }
            }
        unsaved_reads_ = unsaved_reads_ || counted;
        settle();
    }

    /// What set_outcome() made of an outcome for a job.
    enum class outcome_kept { kept, no_job, ended };

    /// The outcome the job `id` is to end with, in place of the one it had; why not, when it is
    /// not this table's or has ended, or (the string) the outcome is not one its kind ends with.
    std::variant<outcome_kept, std::string> set_outcome(const std::string& id, const job_outcome& outcome, const std::string& where) {
        std::optional<job_kind> kind;
        bool running = false;
        if (const auto* job = find_job(dataexchange_, &dx::GetJobResponse::Id, id)) {
            kind = job_kind::dataexchange;
            running = job->State == dx::State::WAITING || job->State == dx::State::IN_PROGRESS;
        } else if (const auto* job = find_job(imports_, &ses::GetImportJobResponse::JobId, id)) {
            kind = job_kind::sesv2_import;
            running = job->JobStatus == ses::JobStatus::CREATED || job->JobStatus == ses::JobStatus::PROCESSING;
        } else if (const auto* job = find_job(exports_, &ses::GetExportJobResponse::JobId, id)) {
            kind = job_kind::sesv2_export;
            running = job->JobStatus == ses::JobStatus::CREATED || job->JobStatus == ses::JobStatus::PROCESSING;
        } else if (const auto* job = find_job(importexport_, &iex::GetStatusOutput::JobId, id)) {
            kind = job_kind::importexport;
            running = !canceled_.contains(id) && (job->ProgressCode == "Pending" || job->ProgressCode == "InProgress");
        }
        if (!kind) return outcome_kept::no_job;
        if (auto problem = outcome_problem(*kind, outcome, where)) return *problem;
        // A Data Exchange job that has not started yet keeps the outcome for its run.
        const bool waiting = kind == job_kind::dataexchange && find_job(dataexchange_, &dx::GetJobResponse::Id, id)->State == dx::State::WAITING;
        if (!running || (!waiting && std::ranges::none_of(due_, [&](const due_change& change) { return change.job_id == id; })))
            return outcome_kept::ended;
        outcomes_.insert_or_assign(id, outcome);
        return outcome_kept::kept;
    }

    /// Why `table`'s jobs cannot join this table's (an id without a job, or already here, or
    /// more jobs than --max-jobs), or nothing.
    std::optional<std::string> addition_problem(const jobs_table& table) const {
        std::optional<std::string> problem;
        const auto check = [&](const auto& added, const auto& held, auto id, std::string_view list) {
            if (problem || !added) return;
            if (held.size() + added->size() > context_.max_jobs)
                problem = std::string(list) + ": " + std::to_string(added->size()) + " more jobs than " + account_ + " in " + region_ +
                          " can hold (--max-jobs " + std::to_string(context_.max_jobs) + ")";
            for (std::size_t i = 0; i < added->size() && !problem; ++i) {
                const auto& job = (*added)[i];
                const std::string at = std::string(list) + "[" + std::to_string(i) + "]";
                if (!(job.*id) || (job.*id)->empty()) problem = at + ": a job needs its id";
                else if (std::ranges::any_of(held, [&](const auto& other) { return other.*id == job.*id; }) ||
                         std::ranges::any_of(added->begin(), added->begin() + static_cast<std::ptrdiff_t>(i), [&](const auto& other) { return other.*id == job.*id; }))
                    problem = at + ": " + account_ + " in " + region_ + " already has a job " + (job.*id)->substr(0, 128);
            }
        };
        check(table.dataexchange, dataexchange_, &dx::GetJobResponse::Id, "dataexchange");
        check(table.sesv2, imports_, &ses::GetImportJobResponse::JobId, "sesv2");
        check(table.sesv2_export, exports_, &ses::GetExportJobResponse::JobId, "sesv2_export");
        check(table.importexport, importexport_, &iex::GetStatusOutput::JobId, "importexport");
        return problem;
    }

    /// Adds `table`'s jobs, as they are (they change only by requests; addition_problem() first).
    void add(const jobs_table& table) {
        const auto append = [](auto& held, const auto& added) {
            if (added) held.insert(held.end(), added->begin(), added->end());
        };
        append(dataexchange_, table.dataexchange);
        append(imports_, table.sesv2);
        append(exports_, table.sesv2_export);
        append(importexport_, table.importexport);
    }

    /// How many jobs of each kind the table holds: Data Exchange, SES v2 import, SES v2 export, Import/Export.
    std::array<std::size_t, 4> counts() const {
        return {dataexchange_.size(), imports_.size(), exports_.size(), importexport_.size()};
    }

    // ---- Data Exchange: a job is created WAITING, StartJob runs it, only a WAITING job can be cancelled.

    protocol::outcome<dx::CreateJob> handle(dx::CreateJob, const dx::CreateJobRequest& in) {
        if (auto why = context_.full(dataexchange_.size(), region_)) return failure<dx::CreateJob>("ServiceLimitExceededException", *why);
        // The request's Details alternative as the response's: the same keys, read as JSON.
        auto text = json::write(*in.Details);
        if (!text) return failure<dx::CreateJob>("ValidationException", "Details: " + text.error().describe());
        auto details = json::parse<dx::ResponseDetails>(*text);
        if (!details) return failure<dx::CreateJob>("ValidationException", "Details: " + details.error().describe());
        char id[33];  // 32 hex digits, scrambled so that ids do not look like a counter
        const unsigned long long n = ++context_.created;
        std::snprintf(id, sizeof id, "%016llx%016llx", n * 0x9e3779b97f4a7c15ULL, ~n * 0xc2b2ae3d27d4eb4fULL);
        dx::GetJobResponse job;
        job.Arn = "arn:aws:dataexchange:" + region_ + ':' + account_ + ":jobs/" + id;
        job.AssetConfiguration = in.AssetConfiguration;
        job.CreatedAt = job.UpdatedAt = context_.clock.now();
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
        job->UpdatedAt = context_.clock.now();
        const job_pace pace = pace_for({job_kind::dataexchange, account_, region_, job->Type ? job->Type->wire_name() : "", *job->Id});
        schedule(due_change::kind::dataexchange_complete, *job->Id, 1.0, pace);
        return dx::StartJobResponse{};
    }

    protocol::outcome<dx::GetJob> handle(dx::GetJob, const dx::GetJobRequest& in) {
        read(*in.JobId);
        if (dx::GetJobResponse* job = find_job(dataexchange_, &dx::GetJobResponse::Id, *in.JobId)) return *job;
        return failure<dx::GetJob>("ResourceNotFoundException", "No job " + *in.JobId);
    }

    // dataSetId and revisionId are not filtered on: every job is listed.
    protocol::outcome<dx::ListJobs> handle(dx::ListJobs, const dx::ListJobsRequest& in) {
        const std::int32_t size = in.MaxResults.value_or(dataexchange_max_results);  // 1-200: validation.hpp
        const std::string binding = list_binding("ListJobs", {in.DataSetId.value_or(""), in.RevisionId.value_or("")});
        const auto start = token_index(in.NextToken, dataexchange_.size(), binding);
        if (!start) return failure<dx::ListJobs>("ValidationException", "nextToken is not a token ListJobs returned for this request");
        const page p{*start, static_cast<std::size_t>(size)};
        dx::ListJobsResponse out;
        out.Jobs = entries_on(dataexchange_, p, [](const dx::GetJobResponse& job) { return awsjobs::convert<dx::JobEntry>(job); });
        out.NextToken = next_token(dataexchange_.size(), p, binding);
        return out;
    }

    protocol::outcome<dx::CancelJob> handle(dx::CancelJob, const dx::CancelJobRequest& in) {
        dx::GetJobResponse* job = find_job(dataexchange_, &dx::GetJobResponse::Id, *in.JobId);
        if (job == nullptr) return failure<dx::CancelJob>("ResourceNotFoundException", "Job " + *in.JobId + " not found");
        if (job->State != dx::State::WAITING)
            return failure<dx::CancelJob>("ConflictException", "Job " + *in.JobId + " is " + std::string(job->State->wire_name()) + ": only a WAITING job can be cancelled");
        job->State = dx::State::CANCELLED;
        job->UpdatedAt = context_.clock.now();
        outcomes_.erase(*in.JobId);
        return awsjobs::no_output{};
    }

    // ---- SES v2: jobs are created CREATED; an export job can be cancelled until it ends.

    protocol::outcome<ses::CreateImportJob> handle(ses::CreateImportJob, const ses::CreateImportJobRequest& in) {
        if (auto why = context_.full(imports_.size(), region_)) return failure<ses::CreateImportJob>("LimitExceededException", *why);
        ses::GetImportJobResponse job;
        job.JobId = ses_job_id();
        job.ImportDestination = *in.ImportDestination;
        job.ImportDataSource = *in.ImportDataSource;
        job.JobStatus = ses::JobStatus::CREATED;
        job.CreatedTimestamp = context_.clock.now();
        imports_.push_back(job);
        const job_pace pace = pace_for({job_kind::sesv2_import, account_, region_, destination_type(*job.ImportDestination), *job.JobId});
        schedule(due_change::kind::import_processing, *job.JobId, 0.5, pace);
        schedule(due_change::kind::import_complete, *job.JobId, 1.0, pace);
        return ses::CreateImportJobResponse{job.JobId};
    }

    protocol::outcome<ses::GetImportJob> handle(ses::GetImportJob, const ses::GetImportJobRequest& in) {
        read(*in.JobId);
        if (ses::GetImportJobResponse* job = find_job(imports_, &ses::GetImportJobResponse::JobId, *in.JobId)) return *job;
        return failure<ses::GetImportJob>("NotFoundException", "No job " + *in.JobId);
    }

    protocol::outcome<ses::ListImportJobs> handle(ses::ListImportJobs, const ses::ListImportJobsRequest& in) {
        // ImportDestinationType names the destination's alternative: SUPPRESSION_LIST, SuppressionListDestination.
        std::vector<ses::GetImportJobResponse> listed;
        for (const auto& job : imports_)
            if (!in.ImportDestinationType || (job.ImportDestination && destination_type(*job.ImportDestination) == in.ImportDestinationType->wire_name()))
                listed.push_back(job);
        const std::string binding = list_binding("ListImportJobs", {in.ImportDestinationType ? in.ImportDestinationType->wire_name() : ""});
        const auto p = sesv2_page<ses::ListImportJobs>(in.PageSize, in.NextToken, listed.size(), binding);
        if (auto* error = std::get_if<protocol::outcome<ses::ListImportJobs>>(&p)) return *error;
        ses::ListImportJobsResponse out;
        out.ImportJobs = entries_on(listed, std::get<page>(p), [](const ses::GetImportJobResponse& job) {
            return ses::ImportJobSummary{job.JobId, job.ImportDestination, job.JobStatus, job.CreatedTimestamp,
                                         job.ProcessedRecordsCount, job.FailedRecordsCount};
        });
        out.NextToken = next_token(listed.size(), std::get<page>(p), binding);
        return out;
    }

    protocol::outcome<ses::CreateExportJob> handle(ses::CreateExportJob, const ses::CreateExportJobRequest& in) {
        if (auto why = context_.full(exports_.size(), region_)) return failure<ses::CreateExportJob>("LimitExceededException", *why);
        ses::GetExportJobResponse job;
        job.JobId = ses_job_id();
        job.ExportSourceType = in.ExportDataSource->key() == "MetricsDataSource" ? ses::ExportSourceType::METRICS_DATA : ses::ExportSourceType::MESSAGE_INSIGHTS;
        job.JobStatus = ses::JobStatus::CREATED;
        job.ExportDestination = *in.ExportDestination;
        job.ExportDataSource = *in.ExportDataSource;
        job.CreatedTimestamp = context_.clock.now();
        exports_.push_back(job);
        const job_pace pace = pace_for({job_kind::sesv2_export, account_, region_, job.ExportSourceType->wire_name(), *job.JobId});
        schedule(due_change::kind::export_processing, *job.JobId, 0.5, pace);
        schedule(due_change::kind::export_complete, *job.JobId, 1.0, pace);
        return ses::CreateExportJobResponse{job.JobId};
    }

    protocol::outcome<ses::GetExportJob> handle(ses::GetExportJob, const ses::GetExportJobRequest& in) {
        read(*in.JobId);
        if (ses::GetExportJobResponse* job = find_job(exports_, &ses::GetExportJobResponse::JobId, *in.JobId)) return *job;
        return failure<ses::GetExportJob>("NotFoundException", "No job " + *in.JobId);
    }

    protocol::outcome<ses::ListExportJobs> handle(ses::ListExportJobs, const ses::ListExportJobsRequest& in) {
        std::vector<ses::GetExportJobResponse> listed;
        for (const auto& job : exports_)
            if ((!in.ExportSourceType || job.ExportSourceType == in.ExportSourceType) && (!in.JobStatus || job.JobStatus == in.JobStatus))
                listed.push_back(job);
        const std::string binding = list_binding("ListExportJobs", {in.ExportSourceType ? in.ExportSourceType->wire_name() : "",
                                                                    in.JobStatus ? in.JobStatus->wire_name() : ""});
        const auto p = sesv2_page<ses::ListExportJobs>(in.PageSize, in.NextToken, listed.size(), binding);
        if (auto* error = std::get_if<protocol::outcome<ses::ListExportJobs>>(&p)) return *error;
        ses::ListExportJobsResponse out;
        out.ExportJobs = entries_on(listed, std::get<page>(p), [](const ses::GetExportJobResponse& job) {
            return ses::ExportJobSummary{job.JobId, job.ExportSourceType, job.JobStatus, job.CreatedTimestamp, job.CompletedTimestamp};
        });
        out.NextToken = next_token(listed.size(), std::get<page>(p), binding);
        return out;
    }

    protocol::outcome<ses::CancelExportJob> handle(ses::CancelExportJob, const ses::CancelExportJobRequest& in) {
        ses::GetExportJobResponse* job = find_job(exports_, &ses::GetExportJobResponse::JobId, *in.JobId);
        if (job == nullptr) return failure<ses::CancelExportJob>("NotFoundException", "No job " + *in.JobId);
        if (job->JobStatus != ses::JobStatus::CREATED && job->JobStatus != ses::JobStatus::PROCESSING)
            return failure<ses::CancelExportJob>("BadRequestException", "Job " + *in.JobId + " is " + std::string(job->JobStatus->wire_name()) + ": it has ended");
        job->JobStatus = ses::JobStatus::CANCELLED;
        job->CompletedTimestamp = context_.clock.now();
        outcomes_.erase(*in.JobId);
        return ses::CancelExportJobResponse{};
    }

    // ---- Import/Export: a job can be updated or cancelled while its ProgressCode is Pending;
    // a cancelled job's id is refused by every operation but ListJobs (CanceledJobIdException).

    protocol::outcome<iex::CreateJob> handle(iex::CreateJob, const iex::CreateJobInput& in) {
        iex::CreateJobOutput out;
        out.JobType = *in.JobType;
        if (*in.ValidateOnly) return out;  // the manifest is valid; no job is created
        if (auto why = context_.full(importexport_.size(), region_)) return failure<iex::CreateJob>("CreateJobQuotaExceededException", *why);
        std::string id(5, '0');  // five capitals and digits, as AWS's: the count in base 36
        constexpr std::string_view digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for (std::uint64_t n = ++context_.created, i = 5; i-- > 0; n /= digits.size()) id[i] = digits[n % digits.size()];
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
        job.CreationDate = context_.clock.now();
        const job_pace pace = pace_for({job_kind::importexport, account_, region_, job.JobType->wire_name(), id});
        importexport_.push_back(std::move(job));
        schedule(due_change::kind::importexport_in_progress, id, 0.5, pace);
        schedule(due_change::kind::importexport_complete, id, 1.0, pace);
        return out;
    }

    protocol::outcome<iex::GetStatus> handle(iex::GetStatus, const iex::GetStatusInput& in) {
        read(*in.JobId);
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
        out.IsTruncated = p.start + p.size < importexport_.size();
        return out;
    }

    protocol::outcome<iex::CancelJob> handle(iex::CancelJob, const iex::CancelJobInput& in) {
        auto job = importexport_job<iex::CancelJob>(*in.JobId);
        if (auto* error = std::get_if<protocol::outcome<iex::CancelJob>>(&job)) return *error;
        if (std::get<iex::GetStatusOutput*>(job)->ProgressCode != "Pending")
            return failure<iex::CancelJob>("UnableToCancelJobIdException", "Job " + *in.JobId + " has started: it cannot be cancelled");
        canceled_.insert(*in.JobId);
        outcomes_.erase(*in.JobId);
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
        std::snprintf(id, sizeof id, "5e1f0000-0000-4000-a000-%012llu", static_cast<unsigned long long>(++context_.created));
        return id;
    }

    static std::string_view destination_type(const ses::ImportDestination& destination) {
        return destination.key() == "SuppressionListDestination" ? "SUPPRESSION_LIST" : "CONTACT_LIST";
    }

    /// What a list's tokens are bound to: this account and region, the operation, its filters.
    std::string list_binding(std::string_view operation, std::initializer_list<std::string_view> filters) const {
        std::string binding = account_ + '\n' + region_ + '\n' + std::string(operation);
        for (const std::string_view filter : filters) binding.append("\n").append(filter);
        return binding;
    }

    /// The page a SES v2 list request asks for, or its BadRequestException.
    template <class Op>
    static std::variant<page, protocol::outcome<Op>> sesv2_page(std::optional<std::int32_t> size, const std::optional<std::string>& token,
                                                                std::size_t count, std::string_view binding) {
        const std::int32_t n = size.value_or(sesv2_max_page_size);
        if (n < 1 || n > sesv2_max_page_size) return failure<Op>("BadRequestException", "PageSize must be 1 to 100, not " + std::to_string(n));
        const auto start = token_index(token, count, binding);
        if (!start) return failure<Op>("BadRequestException", "NextToken is not a token this operation returned for this request");
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

    /// The pace of a job that starts now, from the first rule that matches it; the outcome that
    /// rule gives it kept for its end, unless the job was given its own (set_outcome()).
    job_pace pace_for(const job_facts& job) {
        const job_rule* rule = matching_rule(context_.rules, job);
        if (rule != nullptr && rule->outcome) outcomes_.try_emplace(std::string(job.id), *rule->outcome);
        return pace_of(rule, context_.timing);
    }

    /// Schedules `what` for the job `id`, `fraction` of its pace from now: of its duration, or
    /// of its reads (rounded up); with neither, never (until the control API makes it due).
    void schedule(due_change::kind what, const std::string& id, double fraction, const job_pace& pace) {
        if (pace.reads) {
            const auto reads = static_cast<std::uint64_t>(std::ceil(static_cast<double>(*pace.reads) * fraction));
            due_.push_back({instant::max(), what, id, reads});
        } else if (pace.duration) {
            const auto after = std::chrono::duration_cast<std::chrono::milliseconds>(*pace.duration * fraction);
            due_.push_back({context_.clock.now() + after, what, id, std::nullopt});
        } else {
            due_.push_back({instant::max(), what, id, std::nullopt});
        }
    }

    /// The outcome the job `id` ends with, taken from those kept (success when none is).
    job_outcome take_outcome(const std::string& id) {
        const auto found = outcomes_.find(id);
        if (found == outcomes_.end()) return {};
        job_outcome outcome = std::move(found->second);
        outcomes_.erase(found);
        return outcome;
    }

    /// The change, when the job is still in the state it comes from (a cancel may have ended it).
    void apply(const due_change& change) {
        using enum due_change::kind;
        switch (change.what) {
        case dataexchange_complete:
            if (dx::GetJobResponse* job = find_job(dataexchange_, &dx::GetJobResponse::Id, change.job_id); job && job->State == dx::State::IN_PROGRESS) {
                job_outcome outcome = take_outcome(change.job_id);
                job->State = outcome.Errors ? dx::State::ERROR_ : dx::State::COMPLETED;
                job->Errors = std::move(outcome.Errors);
                job->UpdatedAt = change.at;
            }
            return;
        case import_processing:
        case import_complete:
            if (ses::GetImportJobResponse* job = find_job(imports_, &ses::GetImportJobResponse::JobId, change.job_id)) {
                if (change.what == import_processing && job->JobStatus == ses::JobStatus::CREATED) {
                    job->JobStatus = ses::JobStatus::PROCESSING;
                } else if (change.what == import_complete && job->JobStatus == ses::JobStatus::PROCESSING) {
                    job_outcome outcome = take_outcome(change.job_id);
                    job->JobStatus = outcome.FailureInfo ? ses::JobStatus::FAILED : ses::JobStatus::COMPLETED;
                    job->FailureInfo = std::move(outcome.FailureInfo);
                    job->CompletedTimestamp = change.at;
                    job->ProcessedRecordsCount = outcome.ProcessedRecordsCount.value_or(completed_record_count);
                    job->FailedRecordsCount = outcome.FailedRecordsCount.value_or(0);
                }
            }
            return;
        case export_processing:
        case export_complete:
            if (ses::GetExportJobResponse* job = find_job(exports_, &ses::GetExportJobResponse::JobId, change.job_id)) {
                if (change.what == export_processing && job->JobStatus == ses::JobStatus::CREATED) {
                    job->JobStatus = ses::JobStatus::PROCESSING;
                } else if (change.what == export_complete && job->JobStatus == ses::JobStatus::PROCESSING) {
                    job_outcome outcome = take_outcome(change.job_id);
                    job->JobStatus = outcome.FailureInfo ? ses::JobStatus::FAILED : ses::JobStatus::COMPLETED;
                    job->FailureInfo = std::move(outcome.FailureInfo);
                    job->CompletedTimestamp = change.at;
                    const std::int32_t processed = outcome.ProcessedRecordsCount.value_or(completed_record_count);
                    job->Statistics = ses::ExportStatistics{processed, processed - outcome.FailedRecordsCount.value_or(0)};
                }
            }
            return;
        case importexport_in_progress:
        case importexport_complete:
            if (iex::GetStatusOutput* job = find_job(importexport_, &iex::GetStatusOutput::JobId, change.job_id); job && !canceled_.contains(change.job_id)) {
                // The codes and meanings of the AWS Import/Export Developer Guide's "Job Progress Status Codes".
                if (change.what == importexport_in_progress && job->ProgressCode == "Pending") {
                    job->ProgressCode = "InProgress";
                    job->ProgressMessage = "The data on the device is being loaded.";
                } else if (change.what == importexport_complete && job->ProgressCode == "InProgress") {
                    const job_outcome outcome = take_outcome(change.job_id);
                    job->ErrorCount = outcome.ErrorCount.value_or(0);
                    job->ProgressCode = outcome.ProgressCode.value_or(*job->ErrorCount > 0 ? "SuccessWithErrors" : "Complete");
                    job->ProgressMessage = "The job has ended: " + *job->ProgressCode + ".";
                }
            }
            return;
        }
    }

    std::string account_;
    std::string region_;
    store_context& context_;
    std::vector<due_change> due_;  // in the order scheduled
    std::vector<dx::GetJobResponse> dataexchange_;
    std::vector<ses::GetImportJobResponse> imports_;
    std::vector<ses::GetExportJobResponse> exports_;
    std::vector<iex::GetStatusOutput> importexport_;
    std::set<std::string, std::less<>> canceled_;  // Import/Export job ids
    std::map<std::string, job_outcome, std::less<>> outcomes_;  // how the jobs not ended yet are to end, when not in success
    bool unsaved_reads_ = false;  // reads counted towards a change since the state was last taken
};

}  // namespace awsjobs_fake

#endif  // AWSJOBS_FAKE_JOB_STORE_HPP

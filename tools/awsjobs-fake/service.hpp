// Answers one HTTP request as the service would: finds the operation it is for, checks its
// signature (with --credentials), applies an injected error or the table's error entries, then
// the handle() of the caller's account and region's jobs, all through awsjobs' protocol layer
// (routes, status codes, headers, JSON and XML bodies, error shapes); or answers the control API.
// Knows nothing of sockets.
#ifndef AWSJOBS_FAKE_SERVICE_HPP
#define AWSJOBS_FAKE_SERVICE_HPP

#include "accounts.hpp"
#include "control.hpp"
#include "job_store.hpp"
#include "persistence.hpp"
#include "rules.hpp"
#include "signatures.hpp"
#include "validation.hpp"

#include <awsjobs/protocol/auth_error.hpp>
#include <awsjobs/protocol/xml.hpp>

#include <boost/mp11/algorithm.hpp>

#include <array>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace awsjobs_fake {

/// Every operation the fake serves, in the order requests are matched against them.
using operations = boost::mp11::mp_list<
    dx::CreateJob, dx::StartJob, dx::GetJob, dx::ListJobs, dx::CancelJob,
    ses::CreateImportJob, ses::GetImportJob, ses::ListImportJobs,
    ses::CreateExportJob, ses::GetExportJob, ses::ListExportJobs, ses::CancelExportJob,
    iex::CreateJob, iex::GetStatus, iex::ListJobs, iex::CancelJob, iex::UpdateJob, iex::GetShippingLabel>;

/// A response that is no service's: a plain text body.
inline awsjobs::http::response plain_response(int status, std::string text) {
    return {status, {{"Content-Type", "text/plain; charset=utf-8"}}, std::move(text) + '\n'};
}

/// At most this many accounts and regions hold jobs: each costs a copy of the --jobs table, and
/// the access key ids of requests are anyone's to choose.
constexpr std::size_t max_partitions = 1000;

/// Answers a request from the jobs, through awsjobs alone.
///
/// With --state, a change is on disk before its response goes out, by group commit: the request
/// that changed the state waits until a write holding its change has completed. One waiting
/// request at a time writes the newest state (every change made so far); the changes made during
/// that write wait for the next one. So N concurrent changes cost about one write of the whole
/// state, not N.
class fake_service {
public:
    /// Every account and region starts with `table`'s jobs; `checks`, when set, verifies signatures.
    fake_service(jobs_table table, std::optional<verification> checks, job_timing timing, std::size_t max_jobs)
        : errors_(std::move(table.errors).value_or(std::vector<error_entry>{})), seed_(std::move(table)), checks_(std::move(checks)) {
        context_.timing = timing;
        context_.max_jobs = max_jobs;
    }

    /// The outcome rules of --rules FILE: those jobs start with, and after a reset.
    void use_rules(std::vector<job_rule> rules) {
        context_.rules = rules;
        file_rules_ = std::move(rules);
    }

    /// Continues from a saved state, and saves every change to `path` from now on.
    void persist_to(std::string path, std::optional<saved_state> saved) {
        state_path_ = std::move(path);
        if (!saved) return;
        context_.created = static_cast<std::uint64_t>(saved->created);
        context_.clock.advance(std::chrono::milliseconds(saved->clock_offset_ms));
        if (saved->rules) context_.rules = std::move(*saved->rules);
        if (saved->injected) injected_ = std::move(*saved->injected);
        if (saved->seeded) seeded_ = std::move(*saved->seeded);
        for (saved_partition& part : saved->partitions) {
            partition where{part.account, part.region};
            partitions_.try_emplace(std::move(where), std::move(part), context_);
        }
    }

    /// The response to `request`, once the change it made (if any) is saved. Any thread.
    awsjobs::http::response answer(const awsjobs::http::request& request) {
        const bool to_control = std::string_view(request.target).starts_with(control_prefix);
        std::unique_lock lock(mutex_);
        const std::uint64_t before = changes_;
        awsjobs::http::response response = to_control ? control(request) : operation(request);
        if (changes_ == before || state_path_.empty()) return response;
        const std::uint64_t change = changes_;
        lock.unlock();
        if (auto unsaved = save_up_to(change))
            return to_control ? control_refusal(500, "control API: " + *unsaved) : plain_response(500, *unsaved);
        return response;
    }

private:
    awsjobs::http::response operation(const awsjobs::http::request& request) {
        const std::string request_id = next_request_id();
        std::optional<awsjobs::http::response> response;
        boost::mp11::mp_for_each<operations>([&](auto op) {
            if (!response) response = try_operation<decltype(op)>(request, request_id);
        });
        if (response) return std::move(*response);
        return plain_response(404, "no operation at " + request.method + ' ' + request.target);
    }

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
            auto signer = auth::verify(request, key_lookup_of(*checks_), verify_options_for<Op>(*checks_));
            if (!signer) return protocol::make_auth_error_response<Op>(signer.error(), request_id);
        }
        if (!input) {
            const protocol::errc code = input.error().code;
            if (code == protocol::errc::target_too_large || code == protocol::errc::body_too_large)
                return plain_response(protocol::http_status_for(code), input.error().describe());
            return refusal<Op>({code == protocol::errc::missing_parameter, input.error().describe()}, request_id);
        }
        if (const auto problem = problem_of(*input)) return refusal<Op>(*problem, request_id);
        protocol::result<awsjobs::http::response> response = reply<Op>(request, *input, request_id);
        if (!response) return plain_response(500, response.error().describe());  // a table the model cannot carry
        return std::move(*response);
    }

    /// Op's service's validation error for the problem.
    template <class Op>
    static awsjobs::http::response refusal(const request_problem& problem, const std::string& request_id) {
        auto response = protocol::make_error_response<Op>(service_error<Op>(validation_code<Op>(problem.missing), problem.what), request_id);
        if (!response) return plain_response(400, problem.what);
        return std::move(*response);
    }

    template <class Op>
    protocol::result<awsjobs::http::response> reply(const awsjobs::http::request& request, const input_of<Op>& input,
                                                    const std::string& request_id) {
        for (injected_error& injected : injected_) {
            if (injected.counts(Op::binding.name)) ++changes_;  // its count or generator moves on: the state file keeps it
            if (injected.fires(Op::binding.name)) {
                auto response = protocol::make_error_response<Op>(service_error<Op>(injected.code, injected.message), request_id);
                if (response) response->status = injected.status;  // as the test asked, whatever the model says
                return response;
            }
        }
        if constexpr (requires { *input.JobId; }) {
            for (const std::vector<error_entry>* entries : std::array{&std::as_const(errors_), &seeded_errors()})
                for (const error_entry& entry : *entries)
                    if (entry.operation == Op::binding.name && entry.job_id == *input.JobId)
                        return protocol::make_error_response<Op>(service_error<Op>(entry.code, entry.message), request_id);
        }
        job_table* jobs = jobs_of(partition_of(request));
        if (jobs == nullptr) return plain_response(503, "the fake holds the jobs of " + std::to_string(max_partitions) + " accounts and regions, its most");
        jobs->settle();
        protocol::outcome<Op> outcome = jobs->handle(Op{}, input);
        if (jobs->take_unsaved_reads()) ++changes_;
        if (const auto* error = std::get_if<typename Op::error>(&outcome)) return protocol::make_error_response<Op>(*error, request_id);
        constexpr std::string_view name = Op::binding.name;
        if constexpr (name.starts_with("Create") || name.starts_with("Start") || name.starts_with("Cancel") || name.starts_with("Update"))
            ++changes_;
        return protocol::make_response<Op>(std::get<output_of<Op>>(outcome), request_id);
    }

    std::string next_request_id() {
        char text[40];
        std::snprintf(text, sizeof text, "00000000-0000-4000-8000-%012llu", static_cast<unsigned long long>(++count_));
        return text;
    }

    /// The jobs of an account in a region, made from the --jobs table when first used; null
    /// when there is no room for another.
    job_table* jobs_of(partition where) {
        auto found = partitions_.find(where);
        if (found != partitions_.end()) return &found->second;
        if (partitions_.size() >= max_partitions) return nullptr;
        std::string account = where.account, region = where.region;
        job_table& jobs = partitions_.try_emplace(std::move(where), seed_, std::move(account), std::move(region), context_).first->second;
        if (!jobs.addition_problem(seeded_)) jobs.add(seeded_);  // a --jobs table that holds a seeded id keeps its own job
        return &jobs;
    }

    /// The error entries POST /_awsjobs-fake/jobs added.
    const std::vector<error_entry>& seeded_errors() const {
        static const std::vector<error_entry> none;
        return seeded_.errors ? *seeded_.errors : none;
    }

    /// POST /_awsjobs-fake/advance: the clock on, or one job's changes now (with its outcome).
    std::optional<awsjobs::http::response> advance(const awsjobs::http::request& request) {
        auto body = read_control_body<advance_request>(request, 100);
        if (auto* refusal = std::get_if<awsjobs::http::response>(&body)) return std::move(*refusal);
        const auto& [seconds, job_id, outcome] = std::get<advance_request>(body);
        const std::string where = "control API: " + request.target + ": ";
        if (seconds.has_value() == job_id.has_value())
            return control_refusal(400, where + "give one of \"seconds\" (the clock) and \"job_id\" (one job)");
        if (outcome && !job_id) return control_refusal(400, where + "\"outcome\" goes with \"job_id\"");
        if (seconds) {
            if (!(*seconds > 0 && *seconds <= 10.0 * 365 * 24 * 3600))
                return control_refusal(400, where + "\"seconds\" must be a number above 0 and at most 10 years");
            context_.clock.advance(std::chrono::milliseconds(static_cast<std::int64_t>(*seconds * 1000)));
            return std::nullopt;
        }
        bool found = false;
        if (outcome) {
            for (auto& [part, jobs] : partitions_) {
                auto kept = jobs.set_outcome(*job_id, *outcome, "$.outcome");
                if (auto* problem = std::get_if<std::string>(&kept)) return control_refusal(400, where + *problem);
                if (std::get<job_table::outcome_kept>(kept) == job_table::outcome_kept::ended)
                    return control_refusal(409, where + "job " + job_id->substr(0, 128) + " has ended: its outcome is settled");
                found = found || std::get<job_table::outcome_kept>(kept) == job_table::outcome_kept::kept;
            }
        }
        for (auto& [part, jobs] : partitions_) found = jobs.hurry(*job_id) || found;
        if (!found) return control_refusal(404, where + "job " + job_id->substr(0, 128) + " has no change to make");
        return std::nullopt;
    }

    /// POST /_awsjobs-fake/jobs: jobs and error entries added to one account and region, or to
    /// every one (and those made later); nothing added when any of them cannot be.
    std::optional<awsjobs::http::response> seed(const awsjobs::http::request& request) {
        auto body = read_control_body<seed_request>(request, 10000);
        if (auto* refusal = std::get_if<awsjobs::http::response>(&body)) return std::move(*refusal);
        seed_request& in = std::get<seed_request>(body);
        const std::string where = "control API: " + request.target + ": ";
        if (in.account.has_value() != in.region.has_value())
            return control_refusal(400, where + "give both \"account\" and \"region\" (one of them), or neither (every one)");
        if (in.errors)
            for (std::size_t i = 0; i < in.errors->size(); ++i)
                if ((*in.errors)[i].operation.empty() || (*in.errors)[i].job_id.empty() || (*in.errors)[i].code.empty())
                    return control_refusal(400, where + "$.errors[" + std::to_string(i) + "]: an entry needs its operation, job_id and code");
        jobs_table added{std::move(in.dataexchange), std::move(in.sesv2), std::move(in.sesv2_export), std::move(in.importexport), std::move(in.errors)};
        if (in.account) {
            if (auto problem = place_problem(in.account, in.region, "$")) return control_refusal(400, where + *problem);
            job_table* jobs = jobs_of({*in.account, *in.region});
            if (jobs == nullptr) return control_refusal(503, where + "the fake holds the jobs of " + std::to_string(max_partitions) + " accounts and regions, its most");
            if (auto problem = jobs->addition_problem(added)) return control_refusal(409, where + "$." + *problem);
            jobs->add(added);
        } else {
            for (auto& [part, jobs] : partitions_)
                if (auto problem = jobs.addition_problem(added)) return control_refusal(409, where + "$." + *problem);
            for (auto& [part, jobs] : partitions_) jobs.add(added);
            const auto append = [](auto& held, auto& more) {
                if (!more) return;
                if (!held) held.emplace();
                held->insert(held->end(), std::make_move_iterator(more->begin()), std::make_move_iterator(more->end()));
            };
            append(seeded_.dataexchange, added.dataexchange);
            append(seeded_.sesv2, added.sesv2);
            append(seeded_.sesv2_export, added.sesv2_export);
            append(seeded_.importexport, added.importexport);
        }
        if (added.errors) {
            if (!seeded_.errors) seeded_.errors.emplace();
            seeded_.errors->insert(seeded_.errors->end(), added.errors->begin(), added.errors->end());
        }
        return std::nullopt;
    }

    awsjobs::http::response control(const awsjobs::http::request& request) {
        const std::string_view command = std::string_view(request.target).substr(control_prefix.size());
        const bool get = request.method == "GET", post = request.method == "POST";
        if (command == "state") {
            if (!get) return control_refusal(405, "control API: " + request.target + " takes GET");
        } else if (command == "reset" || command == "advance" || command == "inject" || command == "rules" || command == "jobs") {
            if (!post) return control_refusal(405, "control API: " + request.target + " takes POST");
        } else {
            return control_refusal(404, "control API: no command " + request.target + " (state, reset, advance, inject, rules, jobs)");
        }
        if (command == "reset") {
            partitions_.clear();
            injected_.clear();
            seeded_ = {};
            context_.rules = file_rules_;
            context_.clock.reset();
        } else if (command == "advance") {
            if (auto refusal = advance(request)) return std::move(*refusal);
        } else if (command == "inject") {
            auto body = read_control_body<inject_request>(request);
            if (auto* refusal = std::get_if<awsjobs::http::response>(&body)) return std::move(*refusal);
            auto injection = injection_of(std::get<inject_request>(body), request.target);
            if (auto* refusal = std::get_if<awsjobs::http::response>(&injection)) return std::move(*refusal);
            const std::string& operation = std::get<injected_error>(injection).operation;
            bool known = operation.empty();
            boost::mp11::mp_for_each<operations>([&](auto op) { known = known || decltype(op)::binding.name == operation; });
            if (!known) return control_refusal(400, "control API: " + request.target + ": \"operation\": " + operation + " is no operation the fake serves");
            injected_.push_back(std::get<injected_error>(injection));
        } else if (command == "rules") {
            auto body = read_control_body<std::vector<job_rule>>(request, 10000);
            if (auto* refusal = std::get_if<awsjobs::http::response>(&body)) return std::move(*refusal);
            if (auto problem = rules_problem(std::get<std::vector<job_rule>>(body)))
                return control_refusal(400, "control API: " + request.target + ": $" + *problem);
            context_.rules = std::move(std::get<std::vector<job_rule>>(body));
        } else if (command == "jobs") {
            if (auto refusal = seed(request)) return std::move(*refusal);
        }
        if (command != "state") ++changes_;
        for (auto& [where, jobs] : partitions_) jobs.settle();
        state_report report;
        report.clock_offset_seconds = static_cast<double>(context_.clock.offset().count()) / 1000;
        for (const injected_error& injected : injected_) {
            report.injected_next += static_cast<std::int64_t>(injected.next);
            report.injected_every += injected.every > 0 ? 1 : 0;
        }
        report.injected = injected_;
        report.rules = context_.rules;
        for (const auto& [where, jobs] : partitions_) {
            const auto counts = jobs.counts();
            report.accounts.push_back({where.account, where.region, static_cast<std::int64_t>(counts[0]), static_cast<std::int64_t>(counts[1]),
                                       static_cast<std::int64_t>(counts[2]), static_cast<std::int64_t>(counts[3])});
        }
        auto text = awsjobs::json::write(report);
        if (!text) return control_refusal(500, "control API: the state cannot be written: " + text.error().describe());
        return control_json(200, std::move(*text));
    }

    /// Returns once the state as of change number `change` is in --state FILE (group commit: see
    /// the class); the reason when the write that held it failed. Called without mutex_.
    std::optional<std::string> save_up_to(std::uint64_t change) {
        std::unique_lock lock(save_mutex_);
        while (saved_ < change && failed_ < change) {
            if (writing_) {
                written_.wait(lock);
                continue;
            }
            writing_ = true;
            lock.unlock();
            std::uint64_t newest = 0;
            saved_state state;
            {
                const std::scoped_lock jobs_lock(mutex_);
                newest = changes_;
                state.created = static_cast<std::int64_t>(context_.created);
                state.clock_offset_ms = context_.clock.offset().count();
                for (const auto& [where, jobs] : partitions_) state.partitions.push_back(jobs.save());
                state.rules = context_.rules;
                state.injected = injected_;
                state.seeded = seeded_;
            }
            auto problem = write_state(state_path_, state, state_text_);
            lock.lock();
            writing_ = false;
            if (problem) {
                failed_ = newest;
                failure_ = "awsjobs-fake: the change is not saved: " + *problem;
                std::cerr << failure_ << '\n';
            } else {
                saved_ = newest;
            }
            written_.notify_all();
        }
        if (saved_ >= change) return std::nullopt;
        return failure_;
    }

    std::mutex mutex_;  // the jobs are shared by the thread pool's connections; the members below up to save_mutex_
    std::vector<error_entry> errors_;
    jobs_table seed_;
    std::optional<verification> checks_;
    store_context context_;
    std::map<partition, job_table> partitions_;
    std::vector<injected_error> injected_;
    std::vector<job_rule> file_rules_;  // --rules FILE's
    jobs_table seeded_;                 // what POST /_awsjobs-fake/jobs added for every account, and its error entries
    std::uint64_t count_ = 0;
    std::string state_path_;  // empty: nothing persisted
    std::uint64_t changes_ = 0;  // the changes made to what --state FILE keeps, counted

    std::mutex save_mutex_;  // the group commit's members below
    std::condition_variable written_;
    bool writing_ = false;     // a request is writing the state, alone in using state_text_
    std::string state_text_;
    std::uint64_t saved_ = 0;  // the changes the file holds
    std::uint64_t failed_ = 0;  // the changes the last failed write held
    std::string failure_;      // why it failed
};

}  // namespace awsjobs_fake

#endif  // AWSJOBS_FAKE_SERVICE_HPP

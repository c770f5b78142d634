// Outcome rules: which jobs end how, and when they move on. A rule matches the jobs of one
// service (optionally of one account, region, type or job id) and says when a matched job moves
// on (after a duration of the fake clock, after N reads of it, or only when the control API
// advances it) and how it ends (success, or the failure the rule describes with the model's own
// members). The first rule that matches a job, when it starts, decides; with none, the job runs
// the job duration of the command line and succeeds.
//
// A rule, in --rules FILE (a JSON array of them) and POST /_awsjobs-fake/rules:
//   {"service": "dataexchange" | "sesv2_import" | "sesv2_export" | "importexport",
//    "account": "123456789012", "region": "us-east-1", "type": "IMPORT_ASSETS_FROM_S3", "job_id": "ID",
//    "after_seconds": 5 | "after_reads": 3 | "manual": true,
//    "outcome": {"Errors": [JobError...]}                                  Data Exchange ERROR
//             | {"FailureInfo": {...}, "ProcessedRecordsCount": N, "FailedRecordsCount": N}   SES v2
//             | {"ProgressCode": "DeviceError", "ErrorCount": N}          Import/Export}
#ifndef AWSJOBS_FAKE_RULES_HPP
#define AWSJOBS_FAKE_RULES_HPP

#include "clock.hpp"
#include "read_file.hpp"

#include <awsjobs/awsjobs.hpp>
#include <awsjobs/importexport/job_state.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <initializer_list>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace awsjobs_fake {

/// The four kinds of job the fake runs, as rules name them.
enum class job_kind { dataexchange, sesv2_import, sesv2_export, importexport };
inline constexpr std::array<std::string_view, 4> job_kind_names{"dataexchange", "sesv2_import", "sesv2_export", "importexport"};

/// The `type` a rule may name for each kind: Data Exchange's job Type, SES v2 import's
/// destination type, SES v2 export's source type, Import/Export's JobType.
inline std::vector<std::string_view> job_types_of(job_kind kind) {
    const auto wire_names = [](auto enumeration) {
        std::vector<std::string_view> names;
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<decltype(enumeration)>>([&](auto e) {
            names.push_back(awsjobs::open_enum<decltype(enumeration)>(e.value).wire_name());
        });
        return names;
    };
    switch (kind) {
    case job_kind::dataexchange: return wire_names(awsjobs::dataexchange::Type{});
    case job_kind::sesv2_import: return wire_names(awsjobs::sesv2::ImportDestinationType{});
    case job_kind::sesv2_export: return wire_names(awsjobs::sesv2::ExportSourceType{});
    case job_kind::importexport: return wire_names(awsjobs::importexport::JobType{});
    }
    return {};
}

/// How a job ends, in the members of the model's own responses; none of them is success.
struct job_outcome {
    std::optional<std::vector<awsjobs::dataexchange::JobError>> Errors;  // Data Exchange: ERROR with these Errors
    std::optional<awsjobs::sesv2::FailureInfo> FailureInfo;              // SES v2: FAILED with this FailureInfo
    std::optional<std::int32_t> ProcessedRecordsCount;                   // SES v2: the counts it ends with
    std::optional<std::int32_t> FailedRecordsCount;
    std::optional<std::string> ProgressCode;                             // Import/Export: the code it ends with
    std::optional<std::int32_t> ErrorCount;                              // Import/Export: the errors its log reports
    friend bool operator==(const job_outcome&, const job_outcome&) = default;
};
BOOST_DESCRIBE_STRUCT(job_outcome, (), (Errors, FailureInfo, ProcessedRecordsCount, FailedRecordsCount, ProgressCode, ErrorCount))

/// Which jobs a rule is for, when they move on, and how they end.
struct job_rule {
    std::string service;
    std::optional<std::string> account;
    std::optional<std::string> region;
    std::optional<std::string> type;
    std::optional<std::string> job_id;
    std::optional<double> after_seconds;
    std::optional<std::int64_t> after_reads;
    std::optional<bool> manual;
    std::optional<job_outcome> outcome;
};
BOOST_DESCRIBE_STRUCT(job_rule, (), (service, account, region, type, job_id, after_seconds, after_reads, manual, outcome))

/// At most this many rules: each job's start walks them.
constexpr std::size_t max_rules = 1000;
/// The records an SES v2 job processes when its outcome does not say.
constexpr std::int32_t completed_record_count = 100;

/// The kind a rule's `service` names, if any.
inline std::optional<job_kind> kind_named(std::string_view name) {
    for (std::size_t i = 0; i < job_kind_names.size(); ++i)
        if (job_kind_names[i] == name) return static_cast<job_kind>(i);
    return std::nullopt;
}

/// Why `outcome` cannot end a job of `kind` (`where` names it in the input), or nothing.
inline std::optional<std::string> outcome_problem(job_kind kind, const job_outcome& outcome, const std::string& where) {
    const std::string service(job_kind_names[static_cast<std::size_t>(kind)]);
    const auto only_for = [&](bool given, std::string_view member, std::string_view services) -> std::optional<std::string> {
        if (!given) return std::nullopt;
        return where + "." + std::string(member) + ": only " + std::string(services) + " jobs end with it, not " + service + " jobs";
    };
    const bool dataexchange = kind == job_kind::dataexchange, importexport = kind == job_kind::importexport;
    const bool sesv2 = !dataexchange && !importexport;
    if (auto p = only_for(outcome.Errors && !dataexchange, "Errors", "dataexchange")) return p;
    if (auto p = only_for(outcome.FailureInfo && !sesv2, "FailureInfo", "sesv2_import or sesv2_export")) return p;
    if (auto p = only_for(outcome.ProcessedRecordsCount && !sesv2, "ProcessedRecordsCount", "sesv2_import or sesv2_export")) return p;
    if (auto p = only_for(outcome.FailedRecordsCount && !sesv2, "FailedRecordsCount", "sesv2_import or sesv2_export")) return p;
    if (auto p = only_for(outcome.ProgressCode && !importexport, "ProgressCode", "importexport")) return p;
    if (auto p = only_for(outcome.ErrorCount && !importexport, "ErrorCount", "importexport")) return p;
    if (outcome.Errors) {
        if (outcome.Errors->empty() || outcome.Errors->size() > 100) return where + ".Errors: 1 to 100 errors, not " + std::to_string(outcome.Errors->size());
        for (std::size_t i = 0; i < outcome.Errors->size(); ++i) {
            const auto& error = (*outcome.Errors)[i];
            const std::string at = where + ".Errors[" + std::to_string(i) + "]";
            if (!error.Code) return at + ".Code: missing (the model requires it)";
            if (!error.Message) return at + ".Message: missing (the model requires it)";
        }
    }
    const auto count = [&](const std::optional<std::int32_t>& value, std::string_view member) -> std::optional<std::string> {
        if (value && *value < 0) return where + "." + std::string(member) + ": must be 0 or more, not " + std::to_string(*value);
        return std::nullopt;
    };
    if (auto p = count(outcome.ProcessedRecordsCount, "ProcessedRecordsCount")) return p;
    if (auto p = count(outcome.FailedRecordsCount, "FailedRecordsCount")) return p;
    if (auto p = count(outcome.ErrorCount, "ErrorCount")) return p;
    if (outcome.FailedRecordsCount && *outcome.FailedRecordsCount > outcome.ProcessedRecordsCount.value_or(completed_record_count))
        return where + ".FailedRecordsCount: more than the records processed (ProcessedRecordsCount, " +
               std::to_string(outcome.ProcessedRecordsCount.value_or(completed_record_count)) + ")";
    if (outcome.ProgressCode) {
        const auto progress = awsjobs::importexport::progress_of_code(*outcome.ProgressCode);
        const bool listed = std::ranges::any_of(awsjobs::importexport::progress_codes, [&](const auto& code) { return code.first == *outcome.ProgressCode; });
        if (!listed || progress == awsjobs::job_progress::in_progress || *outcome.ProgressCode == "Canceled")
            return where + ".ProgressCode: \"" + outcome.ProgressCode->substr(0, 64) +
                   "\" is not a code a job ends with (Complete, Success, SuccessWithErrors, Expired, DeviceError, MissingDevice, "
                   "InvalidSignature, MissingSignature, UnsupportedDeviceType, UnsupportedFileFormat, UnsupportedPowerSupply)";
    }
    return std::nullopt;
}

/// Why an account id or a region named in the input (`where`) is none, or nothing.
inline std::optional<std::string> place_problem(const std::optional<std::string>& account, const std::optional<std::string>& region, const std::string& where) {
    if (account && (account->size() != 12 || !std::ranges::all_of(*account, [](char c) { return c >= '0' && c <= '9'; })))
        return where + ".account: an account id is 12 digits";
    if (region && (region->empty() || region->size() > 32)) return where + ".region: 1 to 32 characters";
    return std::nullopt;
}

/// Why the rule cannot be used (`where` names it in the input), or nothing.
inline std::optional<std::string> rule_problem(const job_rule& rule, const std::string& where) {
    const auto kind = kind_named(rule.service);
    if (!kind) return where + ".service: \"" + rule.service.substr(0, 64) + "\" is none of dataexchange, sesv2_import, sesv2_export, importexport";
    if (auto problem = place_problem(rule.account, rule.region, where)) return problem;
    if (rule.job_id && (rule.job_id->empty() || rule.job_id->size() > 128)) return where + ".job_id: 1 to 128 characters";
    if (rule.type) {
        const auto types = job_types_of(*kind);
        if (std::ranges::find(types, *rule.type) == types.end()) {
            std::string known;
            for (const std::string_view type : types) known.append(known.empty() ? "" : ", ").append(type);
            return where + ".type: \"" + rule.type->substr(0, 64) + "\" is no " + rule.service + " job's type (" + known + ")";
        }
    }
    const int timings = (rule.after_seconds ? 1 : 0) + (rule.after_reads ? 1 : 0) + (rule.manual ? 1 : 0);
    if (timings > 1) return where + ": give at most one of after_seconds, after_reads and manual";
    if (rule.manual && !*rule.manual) return where + ".manual: true or absent";
    if (rule.after_seconds && !(*rule.after_seconds >= 0 && *rule.after_seconds <= 365.0 * 24 * 3600))
        return where + ".after_seconds: 0 to a year of seconds";
    if (rule.after_reads && (*rule.after_reads < 0 || *rule.after_reads > 1000000)) return where + ".after_reads: 0 to 1000000 reads";
    if (rule.outcome) return outcome_problem(*kind, *rule.outcome, where + ".outcome");
    return std::nullopt;
}

/// Why the rules cannot be used, naming the rule by its index, or nothing.
inline std::optional<std::string> rules_problem(const std::vector<job_rule>& rules) {
    if (rules.size() > max_rules) return "at most " + std::to_string(max_rules) + " rules, not " + std::to_string(rules.size());
    for (std::size_t i = 0; i < rules.size(); ++i)
        if (auto problem = rule_problem(rules[i], "[" + std::to_string(i) + "]")) return problem;
    return std::nullopt;
}

/// The rules of a --rules file, or nothing (with the file and the reason on stderr).
inline std::optional<std::vector<job_rule>> load_rules(const std::string& path) {
    const std::optional<std::string> text = read_file(path);
    if (!text) {
        std::cerr << "awsjobs-fake: cannot open " << path << '\n';
        return std::nullopt;
    }
    auto rules = awsjobs::json::parse<std::vector<job_rule>>(*text);
    if (!rules) {
        std::cerr << "awsjobs-fake: " << path << ": " << rules.error() << '\n';
        return std::nullopt;
    }
    if (auto problem = rules_problem(*rules)) {
        std::cerr << "awsjobs-fake: " << path << ": " << *problem << '\n';
        return std::nullopt;
    }
    return std::move(rules).value();
}

/// A job as rules see it when it starts.
struct job_facts {
    job_kind kind;
    std::string_view account;
    std::string_view region;
    std::string_view type;
    std::string_view id;
};

/// The first rule that matches the job, or null.
inline const job_rule* matching_rule(const std::vector<job_rule>& rules, const job_facts& job) {
    for (const job_rule& rule : rules)
        if (rule.service == job_kind_names[static_cast<std::size_t>(job.kind)] && (!rule.account || *rule.account == job.account) &&
            (!rule.region || *rule.region == job.region) && (!rule.type || *rule.type == job.type) && (!rule.job_id || *rule.job_id == job.id))
            return &rule;
    return nullptr;
}

/// When a job's changes come: after `duration` of the fake clock, after `reads` reads of the
/// job, or (neither) only when the control API advances it.
struct job_pace {
    std::optional<std::chrono::milliseconds> duration;
    std::optional<std::uint64_t> reads;
};

/// The pace of a job the rule matched (or none did, null): the rule's, else the command line's.
inline job_pace pace_of(const job_rule* rule, const job_timing& timing) {
    if (rule == nullptr || !(rule->after_seconds || rule->after_reads || rule->manual)) return {timing.duration, std::nullopt};
    if (rule->after_seconds) return {std::chrono::milliseconds(static_cast<std::int64_t>(*rule->after_seconds * 1000)), std::nullopt};
    if (rule->after_reads) return {std::nullopt, static_cast<std::uint64_t>(*rule->after_reads)};
    return {};
}

}  // namespace awsjobs_fake

#endif  // AWSJOBS_FAKE_RULES_HPP

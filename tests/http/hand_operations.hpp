// Operations written by hand in the form the generator emits (issue 19's contract), with a member
// of every type in every location: the protocol layer's generic machinery is tested on them,
// independently of what the models happen to use.
#ifndef AWSJOBS_TESTS_HTTP_HAND_OPERATIONS_HPP
#define AWSJOBS_TESTS_HTTP_HAND_OPERATIONS_HPP

#include <awsjobs/awsjobs.hpp>
#include <awsjobs/core/map.hpp>
#include <awsjobs/core/no_output.hpp>
#include <awsjobs/protocol/binding.hpp>

#include <boost/describe/class.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hand {

template <class String = std::string>
struct model {
    using kind = awsjobs::open_enum<awsjobs::importexport::JobType, String>;

    struct Filter {
        std::optional<String> Name;
        std::optional<std::vector<String>> Values;
        BOOST_DESCRIBE_CLASS(Filter, (), (Name, Values), (), ())
        friend bool operator==(const Filter&, const Filter&) = default;
    };
    struct EveryRequest {
        awsjobs::required<String> JobId;                        // uri {JobId}
        awsjobs::required<std::int32_t> Revision;               // uri {Revision}
        std::optional<std::int32_t> MaxResults;                 // querystring maxResults
        std::optional<bool> Verbose;                            // querystring verbose
        std::optional<awsjobs::iso8601_timestamp> Since;        // querystring since
        std::optional<std::vector<String>> States;              // querystring state, repeated
        std::optional<kind> Kind;                               // querystring kind
        std::optional<awsjobs::map<String, String>> Tags;       // querystring map: one parameter per entry
        std::optional<String> Token;                            // header x-amz-token
        std::optional<std::int64_t> Size;                       // header x-amz-size
        std::optional<bool> DryRun;                             // header x-amz-dry-run
        std::optional<awsjobs::epoch_timestamp> ModifiedSince;  // header If-Modified-Since
        std::optional<String> Name;                             // body
        std::optional<std::vector<Filter>> Filters;             // body
        std::optional<std::int32_t> Priority;                   // body
        std::optional<awsjobs::epoch_timestamp> Due;            // body
        BOOST_DESCRIBE_CLASS(EveryRequest, (),
                             (JobId, Revision, MaxResults, Verbose, Since, States, Kind, Tags, Token, Size, DryRun,
                              ModifiedSince, Name, Filters, Priority, Due),
                             (), ())
        friend bool operator==(const EveryRequest&, const EveryRequest&) = default;
    };
    struct EveryResponse {
        std::optional<String> Id;
        std::optional<std::int32_t> Count;
        BOOST_DESCRIBE_CLASS(EveryResponse, (), (Id, Count), (), ())
        friend bool operator==(const EveryResponse&, const EveryResponse&) = default;
    };
    struct JobIdRequest {
        awsjobs::required<String> JobId;
        BOOST_DESCRIBE_CLASS(JobIdRequest, (), (JobId), (), ())
        friend bool operator==(const JobIdRequest&, const JobIdRequest&) = default;
    };
    struct EmptyResponse {
        BOOST_DESCRIBE_CLASS(EmptyResponse, (), (), (), ())
        friend bool operator==(const EmptyResponse&, const EmptyResponse&) = default;
    };
    struct ListRequest {
        std::optional<kind> Type;
        std::optional<String> NextToken;
        std::optional<std::int32_t> PageSize;
        BOOST_DESCRIBE_CLASS(ListRequest, (), (Type, NextToken, PageSize), (), ())
        friend bool operator==(const ListRequest&, const ListRequest&) = default;
    };

    struct Address {
        awsjobs::required<String> Street;
        std::optional<std::vector<String>> Lines;
        BOOST_DESCRIBE_CLASS(Address, (), (Street, Lines), (), ())
        friend bool operator==(const Address&, const Address&) = default;
    };
    struct FormRequest {
        awsjobs::required<bool> ValidateOnly;
        std::optional<std::int32_t> MaxJobs;
        std::optional<std::int64_t> Bytes;
        std::optional<awsjobs::iso8601_timestamp> Since;
        std::optional<kind> JobType;
        std::optional<std::vector<String>> jobIds;
        std::optional<Address> Home;
        std::optional<std::vector<Address>> Addresses;
        std::optional<awsjobs::map<String, String>> Tags;
        BOOST_DESCRIBE_CLASS(FormRequest, (), (ValidateOnly, MaxJobs, Bytes, Since, JobType, jobIds, Home, Addresses, Tags),
                             (), ())
        friend bool operator==(const FormRequest&, const FormRequest&) = default;
    };
    struct Job {
        std::optional<String> JobId;
        std::optional<bool> IsCanceled;
        std::optional<awsjobs::iso8601_timestamp> CreationDate;
        BOOST_DESCRIBE_CLASS(Job, (), (JobId, IsCanceled, CreationDate), (), ())
        friend bool operator==(const Job&, const Job&) = default;
    };
    struct FormResponse {
        std::optional<std::vector<Job>> Jobs;
        std::optional<bool> IsTruncated;
        std::optional<std::int32_t> Count;
        BOOST_DESCRIBE_CLASS(FormResponse, (), (Jobs, IsTruncated, Count), (), ())
        friend bool operator==(const FormResponse&, const FormResponse&) = default;
    };
};

/// The REST-JSON parts every hand-written operation shares.
struct rest_json_operation {
    using error = awsjobs::dataexchange::GetJobError;
    static constexpr auto errors = awsjobs::dataexchange::GetJob::errors;
    static constexpr auto signing = awsjobs::dataexchange::GetJob::signing;
};

constexpr awsjobs::protocol::operation_binding rest_json(std::string_view name, std::string_view method,
                                                         std::string_view uri, int status) {
    return {name, awsjobs::protocol::wire_protocol::rest_json, method, uri, status, "2017-07-25", "application/json", "", ""};
}

using awsjobs::protocol::location;

/// Members in every location and of every type.
struct Every : rest_json_operation {
    template <class String = std::string>
    using input = typename model<String>::EveryRequest;
    template <class String = std::string>
    using output = typename model<String>::EveryResponse;
    static constexpr awsjobs::protocol::operation_binding binding = rest_json("Every", "POST", "/v1/jobs/{JobId}/revisions/{Revision}", 201);
    static constexpr std::array<awsjobs::protocol::member_binding, 16> input_members{{
        {"JobId", location::uri, "JobId"},
        {"Revision", location::uri, "Revision"},
        {"MaxResults", location::querystring, "maxResults"},
        {"Verbose", location::querystring, "verbose"},
        {"Since", location::querystring, "since"},
        {"States", location::querystring, "state"},
        {"Kind", location::querystring, "kind"},
        {"Tags", location::querystring, "Tags"},
        {"Token", location::header, "x-amz-token"},
        {"Size", location::header, "x-amz-size"},
        {"DryRun", location::header, "x-amz-dry-run"},
        {"ModifiedSince", location::header, "If-Modified-Since"},
        {"Name", location::body, "Name"},
        {"Filters", location::body, "Filters"},
        {"Priority", location::body, "Priority"},
        {"Due", location::body, "Due"},
    }};
};

/// Data Exchange CancelJob's form: no output shape, 204.
struct Cancel : rest_json_operation {
    template <class String = std::string>
    using input = typename model<String>::JobIdRequest;
    template <class String = std::string>
    using output = awsjobs::no_output;
    static constexpr awsjobs::protocol::operation_binding binding = rest_json("Cancel", "DELETE", "/v1/jobs/{JobId}", 204);
    static constexpr std::array<awsjobs::protocol::member_binding, 1> input_members{{{"JobId", location::uri, "JobId"}}};
};

/// Data Exchange StartJob's form: an output shape without members, 202.
struct Start : rest_json_operation {
    template <class String = std::string>
    using input = typename model<String>::JobIdRequest;
    template <class String = std::string>
    using output = typename model<String>::EmptyResponse;
    static constexpr awsjobs::protocol::operation_binding binding = rest_json("Start", "PATCH", "/v1/jobs/{JobId}", 202);
    static constexpr std::array<awsjobs::protocol::member_binding, 1> input_members{{{"JobId", location::uri, "JobId"}}};
};

/// SES v2 ListImportJobs' form: a JSON body today, the query string and a body in an older model.
struct List : rest_json_operation {
    template <class String = std::string>
    using input = typename model<String>::ListRequest;
    template <class String = std::string>
    using output = typename model<String>::EveryResponse;
    static constexpr awsjobs::protocol::operation_binding binding = rest_json("List", "POST", "/v2/email/import-jobs/list", 200);
    static constexpr std::array<awsjobs::protocol::member_binding, 3> input_members{{
        {"Type", location::body, "Type"},
        {"NextToken", location::body, "NextToken"},
        {"PageSize", location::body, "PageSize"},
    }};
    static constexpr std::array<awsjobs::protocol::member_binding, 3> legacy_input_members{{
        {"Type", location::body, "Type"},
        {"NextToken", location::querystring, "NextToken"},
        {"PageSize", location::querystring, "PageSize"},
    }};
    static constexpr awsjobs::protocol::legacy_request_binding legacy_request{"GET", "/v2/email/import-jobs",
                                                                              legacy_input_members, "AWS CLI 2.9.19"};
};

/// A query-protocol operation with form members of every type, nested.
struct Form {
    template <class String = std::string>
    using input = typename model<String>::FormRequest;
    template <class String = std::string>
    using output = typename model<String>::FormResponse;
    using error = awsjobs::importexport::GetStatusError;
    static constexpr auto errors = awsjobs::importexport::GetStatus::errors;
    static constexpr auto signing = awsjobs::importexport::GetStatus::signing;
    static constexpr awsjobs::protocol::operation_binding binding{
        "Form", awsjobs::protocol::wire_protocol::query, "POST", "/?Operation=Form", 200, "2010-06-01", "",
        "http://importexport.amazonaws.com/doc/2010-06-01/", "FormResult"};
    static constexpr std::array<awsjobs::protocol::member_binding, 9> input_members{{
        {"ValidateOnly", location::body, "ValidateOnly"},
        {"MaxJobs", location::body, "MaxJobs"},
        {"Bytes", location::body, "Bytes"},
        {"Since", location::body, "Since"},
        {"JobType", location::body, "JobType"},
        {"jobIds", location::body, "jobIds"},
        {"Home", location::body, "Home"},
        {"Addresses", location::body, "Addresses"},
        {"Tags", location::body, "Tags"},
    }};
};

}  // namespace hand

#endif

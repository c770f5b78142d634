// Amazon SES v2 (API 2019-09-27), operation GetImportJob: every shape it reaches.
//
// Names are the model's: each structure shape is a struct of the same name whose
// members are named as on the wire; each enum shape is an enum class. Members the
// model requires are json::required<T>, the others std::optional<T>: both may be
// absent after reading, because services do omit required members
// (json::check_required lists them).
//
// Protocol: REST-JSON. Timestamps: epoch seconds as JSON numbers (the REST-JSON default: the model sets no timestampFormat).
//
// Every structure exists for two string types, chosen by model<String>:
//   sesv2::X            = model<std::string>::X       owns its strings
//   sesv2::view::X      = model<std::string_view>::X  points into the buffer parsed in place
// Generated from the AWS model once, then maintained by hand; tests/conformance checks it against the model.
#ifndef AWSJOBS_SESV2_SHAPES_HPP
#define AWSJOBS_SESV2_SHAPES_HPP

#include <awsjobs/json/one_of.hpp>
#include <awsjobs/json/open_enum.hpp>
#include <awsjobs/json/required.hpp>
#include <awsjobs/json/timestamp.hpp>
#include <awsjobs/json/to_string.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsjobs::sesv2 {

namespace json = awsjobs::json;

// `std::cout << State::COMPLETED` and `to_string(State::COMPLETED)` print the wire name:
// argument-dependent lookup looks for them in this namespace.
using json::operator<<;
using json::to_string;

// Enumerators whose wire value is not an identifier, or is a macro on some platform
// (ERROR, DELETE), carry a different C++ name and their wire value through awsjobs_json_name.
enum class JobStatus { CREATED, PROCESSING, COMPLETED, FAILED, CANCELLED };
BOOST_DESCRIBE_ENUM(JobStatus, CREATED, PROCESSING, COMPLETED, FAILED, CANCELLED)

enum class DataFormat { CSV, JSON };
BOOST_DESCRIBE_ENUM(DataFormat, CSV, JSON)

enum class SuppressionListImportAction { DELETE_, PUT };
BOOST_DESCRIBE_ENUM(SuppressionListImportAction, DELETE_, PUT)
constexpr std::string_view awsjobs_json_name(SuppressionListImportAction value) noexcept {
    switch (value) {
    case SuppressionListImportAction::DELETE_: return "DELETE";
    default: return {};
    }
}

enum class ContactListImportAction { DELETE_, PUT };
BOOST_DESCRIBE_ENUM(ContactListImportAction, DELETE_, PUT)
constexpr std::string_view awsjobs_json_name(ContactListImportAction value) noexcept {
    switch (value) {
    case ContactListImportAction::DELETE_: return "DELETE";
    default: return {};
    }
}

/// All structure shapes of GetImportJob, for one string type.
template <class String>
struct model {
    struct GetImportJobRequest {
        json::required<String> JobId;
        friend bool operator==(const GetImportJobRequest&, const GetImportJobRequest&) = default;
        BOOST_DESCRIBE_CLASS(GetImportJobRequest, (), (JobId), (), ())
    };

    struct SuppressionListDestination {
        json::required<json::open_enum<sesv2::SuppressionListImportAction, String>> SuppressionListImportAction;
        friend bool operator==(const SuppressionListDestination&, const SuppressionListDestination&) = default;
        BOOST_DESCRIBE_CLASS(SuppressionListDestination, (), (SuppressionListImportAction), (), ())
    };

    struct ContactListDestination {
        json::required<String> ContactListName;
        json::required<json::open_enum<sesv2::ContactListImportAction, String>> ContactListImportAction;
        friend bool operator==(const ContactListDestination&, const ContactListDestination&) = default;
        BOOST_DESCRIBE_CLASS(ContactListDestination, (), (ContactListName, ContactListImportAction), (), ())
    };

    using ImportDestination = json::one_of<
        json::alternative<"SuppressionListDestination", typename model::SuppressionListDestination>,
        json::alternative<"ContactListDestination", typename model::ContactListDestination>>;

    struct ImportDataSource {
        json::required<String> S3Url;
        json::required<json::open_enum<sesv2::DataFormat, String>> DataFormat;
        friend bool operator==(const ImportDataSource&, const ImportDataSource&) = default;
        BOOST_DESCRIBE_CLASS(ImportDataSource, (), (S3Url, DataFormat), (), ())
    };

    struct FailureInfo {
        std::optional<String> FailedRecordsS3Url;
        std::optional<String> ErrorMessage;
        friend bool operator==(const FailureInfo&, const FailureInfo&) = default;
        BOOST_DESCRIBE_CLASS(FailureInfo, (), (FailedRecordsS3Url, ErrorMessage), (), ())
    };

    struct GetImportJobResponse {
        std::optional<String> JobId;
        std::optional<typename model::ImportDestination> ImportDestination;
        std::optional<typename model::ImportDataSource> ImportDataSource;
        std::optional<typename model::FailureInfo> FailureInfo;
        std::optional<json::open_enum<sesv2::JobStatus, String>> JobStatus;
        std::optional<json::epoch_timestamp> CreatedTimestamp;
        std::optional<json::epoch_timestamp> CompletedTimestamp;
        std::optional<std::int32_t> ProcessedRecordsCount;
        std::optional<std::int32_t> FailedRecordsCount;
        friend bool operator==(const GetImportJobResponse&, const GetImportJobResponse&) = default;
        BOOST_DESCRIBE_CLASS(GetImportJobResponse, (), (JobId, ImportDestination, ImportDataSource, FailureInfo, JobStatus, CreatedTimestamp, CompletedTimestamp, ProcessedRecordsCount, FailedRecordsCount), (), ())
    };

    struct BadRequestException {
        friend bool operator==(const BadRequestException&, const BadRequestException&) = default;
        BOOST_DESCRIBE_CLASS(BadRequestException, (), (), (), ())
    };

    struct NotFoundException {
        friend bool operator==(const NotFoundException&, const NotFoundException&) = default;
        BOOST_DESCRIBE_CLASS(NotFoundException, (), (), (), ())
    };

    struct TooManyRequestsException {
        friend bool operator==(const TooManyRequestsException&, const TooManyRequestsException&) = default;
        BOOST_DESCRIBE_CLASS(TooManyRequestsException, (), (), (), ())
    };
};

using view = model<std::string_view>;

using GetImportJobRequest = model<std::string>::GetImportJobRequest;
using SuppressionListDestination = model<std::string>::SuppressionListDestination;
using ContactListDestination = model<std::string>::ContactListDestination;
using ImportDestination = model<std::string>::ImportDestination;
using ImportDataSource = model<std::string>::ImportDataSource;
using FailureInfo = model<std::string>::FailureInfo;
using GetImportJobResponse = model<std::string>::GetImportJobResponse;
using BadRequestException = model<std::string>::BadRequestException;
using NotFoundException = model<std::string>::NotFoundException;
using TooManyRequestsException = model<std::string>::TooManyRequestsException;

}  // namespace awsjobs::sesv2

#endif

// AWS Import/Export (API 2010-06-01), operation GetStatus: every shape it reaches.
//
// Names are the model's: each structure shape is a struct of the same name whose
// members are named as on the wire; each enum shape is an enum class. Members the
// model requires are json::required<T>, the others std::optional<T>: both may be
// absent after reading, because services do omit required members
// (json::check_required lists them).
//
// Protocol: query (XML on the wire; the SDKs and the CLI present it as JSON). Timestamps: ISO 8601 strings (the query protocol default).
//
// Every structure exists for two string types, chosen by model<String>:
//   importexport::X            = model<std::string>::X       owns its strings
//   importexport::view::X      = model<std::string_view>::X  points into the buffer parsed in place
// Generated from the AWS model once, then maintained by hand; tests/conformance checks it against the model.
#ifndef AWSJOBS_IMPORTEXPORT_SHAPES_HPP
#define AWSJOBS_IMPORTEXPORT_SHAPES_HPP

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

namespace awsjobs::importexport {

namespace json = awsjobs::json;

// `std::cout << State::COMPLETED` and `to_string(State::COMPLETED)` print the wire name:
// argument-dependent lookup looks for them in this namespace.
using json::operator<<;
using json::to_string;

// Enumerators whose wire value is not an identifier, or is a macro on some platform
// (ERROR, DELETE), carry a different C++ name and their wire value through awsjobs_json_name.
enum class JobType { Import, Export };
BOOST_DESCRIBE_ENUM(JobType, Import, Export)

/// All structure shapes of GetStatus, for one string type.
template <class String>
struct model {
    struct GetStatusInput {
        json::required<String> JobId;
        std::optional<String> APIVersion;
        friend bool operator==(const GetStatusInput&, const GetStatusInput&) = default;
        BOOST_DESCRIBE_CLASS(GetStatusInput, (), (JobId, APIVersion), (), ())
    };

    struct Artifact {
        std::optional<String> Description;
        std::optional<String> URL;
        friend bool operator==(const Artifact&, const Artifact&) = default;
        BOOST_DESCRIBE_CLASS(Artifact, (), (Description, URL), (), ())
    };

    struct GetStatusOutput {
        std::optional<String> JobId;
        std::optional<json::open_enum<importexport::JobType, String>> JobType;
        std::optional<String> LocationCode;
        std::optional<String> LocationMessage;
        std::optional<String> ProgressCode;
        std::optional<String> ProgressMessage;
        std::optional<String> Carrier;
        std::optional<String> TrackingNumber;
        std::optional<String> LogBucket;
        std::optional<String> LogKey;
        std::optional<std::int32_t> ErrorCount;
        std::optional<String> Signature;
        std::optional<String> SignatureFileContents;
        std::optional<String> CurrentManifest;
        std::optional<json::iso8601_timestamp> CreationDate;
        std::optional<std::vector<typename model::Artifact>> ArtifactList;
        friend bool operator==(const GetStatusOutput&, const GetStatusOutput&) = default;
        BOOST_DESCRIBE_CLASS(GetStatusOutput, (), (JobId, JobType, LocationCode, LocationMessage, ProgressCode, ProgressMessage, Carrier, TrackingNumber, LogBucket, LogKey, ErrorCount, Signature, SignatureFileContents, CurrentManifest, CreationDate, ArtifactList), (), ())
    };

    struct InvalidJobIdException {
        std::optional<String> message;
        friend bool operator==(const InvalidJobIdException&, const InvalidJobIdException&) = default;
        BOOST_DESCRIBE_CLASS(InvalidJobIdException, (), (message), (), ())
    };

    struct ExpiredJobIdException {
        std::optional<String> message;
        friend bool operator==(const ExpiredJobIdException&, const ExpiredJobIdException&) = default;
        BOOST_DESCRIBE_CLASS(ExpiredJobIdException, (), (message), (), ())
    };

    struct CanceledJobIdException {
        std::optional<String> message;
        friend bool operator==(const CanceledJobIdException&, const CanceledJobIdException&) = default;
        BOOST_DESCRIBE_CLASS(CanceledJobIdException, (), (message), (), ())
    };

    struct InvalidAccessKeyIdException {
        std::optional<String> message;
        friend bool operator==(const InvalidAccessKeyIdException&, const InvalidAccessKeyIdException&) = default;
        BOOST_DESCRIBE_CLASS(InvalidAccessKeyIdException, (), (message), (), ())
    };

    struct InvalidVersionException {
        std::optional<String> message;
        friend bool operator==(const InvalidVersionException&, const InvalidVersionException&) = default;
        BOOST_DESCRIBE_CLASS(InvalidVersionException, (), (message), (), ())
    };
};

using view = model<std::string_view>;

using GetStatusInput = model<std::string>::GetStatusInput;
using Artifact = model<std::string>::Artifact;
using GetStatusOutput = model<std::string>::GetStatusOutput;
using InvalidJobIdException = model<std::string>::InvalidJobIdException;
using ExpiredJobIdException = model<std::string>::ExpiredJobIdException;
using CanceledJobIdException = model<std::string>::CanceledJobIdException;
using InvalidAccessKeyIdException = model<std::string>::InvalidAccessKeyIdException;
using InvalidVersionException = model<std::string>::InvalidVersionException;

}  // namespace awsjobs::importexport

#endif

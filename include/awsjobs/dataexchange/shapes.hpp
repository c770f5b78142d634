// AWS Data Exchange (API 2017-07-25), operation GetJob: every shape it reaches.
//
// Names are the model's: each structure shape is a struct of the same name whose
// members are named as on the wire; each enum shape is an enum class. Members the
// model requires are json::required<T>, the others std::optional<T>: both may be
// absent after reading, because services do omit required members
// (json::check_required lists them).
//
// Protocol: REST-JSON. Timestamps: ISO 8601 strings (the model sets timestampFormat iso8601 on its Timestamp shape).
//
// Every structure exists for two string types, chosen by model<String>:
//   dataexchange::X            = model<std::string>::X       owns its strings
//   dataexchange::view::X      = model<std::string_view>::X  points into the buffer parsed in place
// Generated from the AWS model once, then maintained by hand; tests/conformance checks it against the model.
#ifndef AWSJOBS_DATAEXCHANGE_SHAPES_HPP
#define AWSJOBS_DATAEXCHANGE_SHAPES_HPP

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

namespace awsjobs::dataexchange {

namespace json = awsjobs::json;

// `std::cout << State::COMPLETED` and `to_string(State::COMPLETED)` print the wire name:
// argument-dependent lookup looks for them in this namespace.
using json::operator<<;
using json::to_string;

// Enumerators whose wire value is not an identifier, or is a macro on some platform
// (ERROR, DELETE), carry a different C++ name and their wire value through awsjobs_json_name.
enum class State { WAITING, IN_PROGRESS, ERROR_, COMPLETED, CANCELLED, TIMED_OUT };
BOOST_DESCRIBE_ENUM(State, WAITING, IN_PROGRESS, ERROR_, COMPLETED, CANCELLED, TIMED_OUT)
constexpr std::string_view awsjobs_json_name(State value) noexcept {
    switch (value) {
    case State::ERROR_: return "ERROR";
    default: return {};
    }
}

enum class Type { IMPORT_ASSETS_FROM_S3, IMPORT_ASSET_FROM_SIGNED_URL, EXPORT_ASSETS_TO_S3, EXPORT_ASSET_TO_SIGNED_URL, EXPORT_REVISIONS_TO_S3, IMPORT_ASSETS_FROM_REDSHIFT_DATA_SHARES, IMPORT_ASSET_FROM_API_GATEWAY_API, CREATE_S3_DATA_ACCESS_FROM_S3_BUCKET, IMPORT_ASSETS_FROM_LAKE_FORMATION_TAG_POLICY };
BOOST_DESCRIBE_ENUM(Type, IMPORT_ASSETS_FROM_S3, IMPORT_ASSET_FROM_SIGNED_URL, EXPORT_ASSETS_TO_S3, EXPORT_ASSET_TO_SIGNED_URL, EXPORT_REVISIONS_TO_S3, IMPORT_ASSETS_FROM_REDSHIFT_DATA_SHARES, IMPORT_ASSET_FROM_API_GATEWAY_API, CREATE_S3_DATA_ACCESS_FROM_S3_BUCKET, IMPORT_ASSETS_FROM_LAKE_FORMATION_TAG_POLICY)

enum class ResourceType { DATA_SET, REVISION, ASSET, JOB, EVENT_ACTION, DATA_GRANT };
BOOST_DESCRIBE_ENUM(ResourceType, DATA_SET, REVISION, ASSET, JOB, EVENT_ACTION, DATA_GRANT)

enum class ExceptionCause { InsufficientS3BucketPolicy, S3AccessDenied };
BOOST_DESCRIBE_ENUM(ExceptionCause, InsufficientS3BucketPolicy, S3AccessDenied)

enum class ProtocolType { REST };
BOOST_DESCRIBE_ENUM(ProtocolType, REST)

enum class Code { ACCESS_DENIED_EXCEPTION, INTERNAL_SERVER_EXCEPTION, MALWARE_DETECTED, RESOURCE_NOT_FOUND_EXCEPTION, SERVICE_QUOTA_EXCEEDED_EXCEPTION, VALIDATION_EXCEPTION, MALWARE_SCAN_ENCRYPTED_FILE };
BOOST_DESCRIBE_ENUM(Code, ACCESS_DENIED_EXCEPTION, INTERNAL_SERVER_EXCEPTION, MALWARE_DETECTED, RESOURCE_NOT_FOUND_EXCEPTION, SERVICE_QUOTA_EXCEEDED_EXCEPTION, VALIDATION_EXCEPTION, MALWARE_SCAN_ENCRYPTED_FILE)

enum class JobErrorLimitName { Assets_per_revision, Asset_size_in_GB, Amazon_Redshift_datashare_assets_per_revision, AWS_Lake_Formation_data_permission_assets_per_revision, Amazon_S3_data_access_assets_per_revision };
BOOST_DESCRIBE_ENUM(JobErrorLimitName, Assets_per_revision, Asset_size_in_GB, Amazon_Redshift_datashare_assets_per_revision, AWS_Lake_Formation_data_permission_assets_per_revision, Amazon_S3_data_access_assets_per_revision)
constexpr std::string_view awsjobs_json_name(JobErrorLimitName value) noexcept {
    switch (value) {
    case JobErrorLimitName::Assets_per_revision: return "Assets per revision";
    case JobErrorLimitName::Asset_size_in_GB: return "Asset size in GB";
    case JobErrorLimitName::Amazon_Redshift_datashare_assets_per_revision: return "Amazon Redshift datashare assets per revision";
    case JobErrorLimitName::AWS_Lake_Formation_data_permission_assets_per_revision: return "AWS Lake Formation data permission assets per revision";
    case JobErrorLimitName::Amazon_S3_data_access_assets_per_revision: return "Amazon S3 data access assets per revision";
    default: return {};
    }
}

enum class JobErrorResourceTypes { REVISION, ASSET, DATA_SET };
BOOST_DESCRIBE_ENUM(JobErrorResourceTypes, REVISION, ASSET, DATA_SET)

enum class ServerSideEncryptionTypes { aws_kms, AES256 };
BOOST_DESCRIBE_ENUM(ServerSideEncryptionTypes, aws_kms, AES256)
constexpr std::string_view awsjobs_json_name(ServerSideEncryptionTypes value) noexcept {
    switch (value) {
    case ServerSideEncryptionTypes::aws_kms: return "aws:kms";
    default: return {};
    }
}

enum class DatabaseLFTagPolicyPermission { DESCRIBE };
BOOST_DESCRIBE_ENUM(DatabaseLFTagPolicyPermission, DESCRIBE)

enum class TableTagPolicyLFPermission { DESCRIBE, SELECT };
BOOST_DESCRIBE_ENUM(TableTagPolicyLFPermission, DESCRIBE, SELECT)

/// All structure shapes of GetJob, for one string type.
template <class String>
struct model {
    struct GetJobRequest {
        json::required<String> JobId;
        friend bool operator==(const GetJobRequest&, const GetJobRequest&) = default;
        BOOST_DESCRIBE_CLASS(GetJobRequest, (), (JobId), (), ())
    };

    struct Tag {
        json::required<String> Key;
        json::required<String> Value;
        friend bool operator==(const Tag&, const Tag&) = default;
        BOOST_DESCRIBE_CLASS(Tag, (), (Key, Value), (), ())
    };

    struct AssetConfiguration {
        std::optional<std::vector<typename model::Tag>> Tags;
        friend bool operator==(const AssetConfiguration&, const AssetConfiguration&) = default;
        BOOST_DESCRIBE_CLASS(AssetConfiguration, (), (Tags), (), ())
    };

    struct ExportAssetToSignedUrlResponseDetails {
        json::required<String> AssetId;
        json::required<String> DataSetId;
        json::required<String> RevisionId;
        std::optional<String> SignedUrl;
        std::optional<json::iso8601_timestamp> SignedUrlExpiresAt;
        friend bool operator==(const ExportAssetToSignedUrlResponseDetails&, const ExportAssetToSignedUrlResponseDetails&) = default;
        BOOST_DESCRIBE_CLASS(ExportAssetToSignedUrlResponseDetails, (), (AssetId, DataSetId, RevisionId, SignedUrl, SignedUrlExpiresAt), (), ())
    };

    struct AssetDestinationEntry {
        json::required<String> AssetId;
        json::required<String> Bucket;
        std::optional<String> Key;
        friend bool operator==(const AssetDestinationEntry&, const AssetDestinationEntry&) = default;
        BOOST_DESCRIBE_CLASS(AssetDestinationEntry, (), (AssetId, Bucket, Key), (), ())
    };

    struct ExportServerSideEncryption {
        std::optional<String> KmsKeyArn;
        json::required<json::open_enum<dataexchange::ServerSideEncryptionTypes, String>> Type;
        friend bool operator==(const ExportServerSideEncryption&, const ExportServerSideEncryption&) = default;
        BOOST_DESCRIBE_CLASS(ExportServerSideEncryption, (), (KmsKeyArn, Type), (), ())
    };

    struct ExportAssetsToS3ResponseDetails {
        json::required<std::vector<typename model::AssetDestinationEntry>> AssetDestinations;
        json::required<String> DataSetId;
        std::optional<typename model::ExportServerSideEncryption> Encryption;
        json::required<String> RevisionId;
        friend bool operator==(const ExportAssetsToS3ResponseDetails&, const ExportAssetsToS3ResponseDetails&) = default;
        BOOST_DESCRIBE_CLASS(ExportAssetsToS3ResponseDetails, (), (AssetDestinations, DataSetId, Encryption, RevisionId), (), ())
    };

    struct RevisionDestinationEntry {
        json::required<String> Bucket;
        std::optional<String> KeyPattern;
        json::required<String> RevisionId;
        friend bool operator==(const RevisionDestinationEntry&, const RevisionDestinationEntry&) = default;
        BOOST_DESCRIBE_CLASS(RevisionDestinationEntry, (), (Bucket, KeyPattern, RevisionId), (), ())
    };

    struct ExportRevisionsToS3ResponseDetails {
        json::required<String> DataSetId;
        std::optional<typename model::ExportServerSideEncryption> Encryption;
        json::required<std::vector<typename model::RevisionDestinationEntry>> RevisionDestinations;
        std::optional<String> EventActionArn;
        friend bool operator==(const ExportRevisionsToS3ResponseDetails&, const ExportRevisionsToS3ResponseDetails&) = default;
        BOOST_DESCRIBE_CLASS(ExportRevisionsToS3ResponseDetails, (), (DataSetId, Encryption, RevisionDestinations, EventActionArn), (), ())
    };

    struct ImportAssetFromSignedUrlResponseDetails {
        json::required<String> AssetName;
        json::required<String> DataSetId;
        std::optional<String> Md5Hash;
        json::required<String> RevisionId;
        std::optional<String> SignedUrl;
        std::optional<json::iso8601_timestamp> SignedUrlExpiresAt;
        friend bool operator==(const ImportAssetFromSignedUrlResponseDetails&, const ImportAssetFromSignedUrlResponseDetails&) = default;
        BOOST_DESCRIBE_CLASS(ImportAssetFromSignedUrlResponseDetails, (), (AssetName, DataSetId, Md5Hash, RevisionId, SignedUrl, SignedUrlExpiresAt), (), ())
    };

    struct AssetSourceEntry {
        json::required<String> Bucket;
        json::required<String> Key;
        friend bool operator==(const AssetSourceEntry&, const AssetSourceEntry&) = default;
        BOOST_DESCRIBE_CLASS(AssetSourceEntry, (), (Bucket, Key), (), ())
    };

    struct ImportAssetsFromS3ResponseDetails {
        json::required<std::vector<typename model::AssetSourceEntry>> AssetSources;
        json::required<String> DataSetId;
        json::required<String> RevisionId;
        friend bool operator==(const ImportAssetsFromS3ResponseDetails&, const ImportAssetsFromS3ResponseDetails&) = default;
        BOOST_DESCRIBE_CLASS(ImportAssetsFromS3ResponseDetails, (), (AssetSources, DataSetId, RevisionId), (), ())
    };

    struct RedshiftDataShareAssetSourceEntry {
        json::required<String> DataShareArn;
        friend bool operator==(const RedshiftDataShareAssetSourceEntry&, const RedshiftDataShareAssetSourceEntry&) = default;
        BOOST_DESCRIBE_CLASS(RedshiftDataShareAssetSourceEntry, (), (DataShareArn), (), ())
    };

    struct ImportAssetsFromRedshiftDataSharesResponseDetails {
        json::required<std::vector<typename model::RedshiftDataShareAssetSourceEntry>> AssetSources;
        json::required<String> DataSetId;
        json::required<String> RevisionId;
        friend bool operator==(const ImportAssetsFromRedshiftDataSharesResponseDetails&, const ImportAssetsFromRedshiftDataSharesResponseDetails&) = default;
        BOOST_DESCRIBE_CLASS(ImportAssetsFromRedshiftDataSharesResponseDetails, (), (AssetSources, DataSetId, RevisionId), (), ())
    };

    struct ImportAssetFromApiGatewayApiResponseDetails {
        std::optional<String> ApiDescription;
        json::required<String> ApiId;
        std::optional<String> ApiKey;
        json::required<String> ApiName;
        json::required<String> ApiSpecificationMd5Hash;
        json::required<String> ApiSpecificationUploadUrl;
        json::required<json::iso8601_timestamp> ApiSpecificationUploadUrlExpiresAt;
        json::required<String> DataSetId;
        json::required<json::open_enum<dataexchange::ProtocolType, String>> ProtocolType;
        json::required<String> RevisionId;
        json::required<String> Stage;
        friend bool operator==(const ImportAssetFromApiGatewayApiResponseDetails&, const ImportAssetFromApiGatewayApiResponseDetails&) = default;
        BOOST_DESCRIBE_CLASS(ImportAssetFromApiGatewayApiResponseDetails, (), (ApiDescription, ApiId, ApiKey, ApiName, ApiSpecificationMd5Hash, ApiSpecificationUploadUrl, ApiSpecificationUploadUrlExpiresAt, DataSetId, ProtocolType, RevisionId, Stage), (), ())
    };

    struct KmsKeyToGrant {
        json::required<String> KmsKeyArn;
        friend bool operator==(const KmsKeyToGrant&, const KmsKeyToGrant&) = default;
        BOOST_DESCRIBE_CLASS(KmsKeyToGrant, (), (KmsKeyArn), (), ())
    };

    struct S3DataAccessAssetSourceEntry {
        json::required<String> Bucket;
        std::optional<std::vector<String>> KeyPrefixes;
        std::optional<std::vector<String>> Keys;
        std::optional<std::vector<typename model::KmsKeyToGrant>> KmsKeysToGrant;
        friend bool operator==(const S3DataAccessAssetSourceEntry&, const S3DataAccessAssetSourceEntry&) = default;
        BOOST_DESCRIBE_CLASS(S3DataAccessAssetSourceEntry, (), (Bucket, KeyPrefixes, Keys, KmsKeysToGrant), (), ())
    };

    struct CreateS3DataAccessFromS3BucketResponseDetails {
        json::required<typename model::S3DataAccessAssetSourceEntry> AssetSource;
        json::required<String> DataSetId;
        json::required<String> RevisionId;
        friend bool operator==(const CreateS3DataAccessFromS3BucketResponseDetails&, const CreateS3DataAccessFromS3BucketResponseDetails&) = default;
        BOOST_DESCRIBE_CLASS(CreateS3DataAccessFromS3BucketResponseDetails, (), (AssetSource, DataSetId, RevisionId), (), ())
    };

    struct LFTag {
        json::required<String> TagKey;
        json::required<std::vector<String>> TagValues;
        friend bool operator==(const LFTag&, const LFTag&) = default;
        BOOST_DESCRIBE_CLASS(LFTag, (), (TagKey, TagValues), (), ())
    };

    struct DatabaseLFTagPolicyAndPermissions {
        json::required<std::vector<typename model::LFTag>> Expression;
        json::required<std::vector<json::open_enum<dataexchange::DatabaseLFTagPolicyPermission, String>>> Permissions;
        friend bool operator==(const DatabaseLFTagPolicyAndPermissions&, const DatabaseLFTagPolicyAndPermissions&) = default;
        BOOST_DESCRIBE_CLASS(DatabaseLFTagPolicyAndPermissions, (), (Expression, Permissions), (), ())
    };

    struct TableLFTagPolicyAndPermissions {
        json::required<std::vector<typename model::LFTag>> Expression;
        json::required<std::vector<json::open_enum<dataexchange::TableTagPolicyLFPermission, String>>> Permissions;
        friend bool operator==(const TableLFTagPolicyAndPermissions&, const TableLFTagPolicyAndPermissions&) = default;
        BOOST_DESCRIBE_CLASS(TableLFTagPolicyAndPermissions, (), (Expression, Permissions), (), ())
    };

    struct ImportAssetsFromLakeFormationTagPolicyResponseDetails {
        json::required<String> CatalogId;
        std::optional<typename model::DatabaseLFTagPolicyAndPermissions> Database;
        std::optional<typename model::TableLFTagPolicyAndPermissions> Table;
        json::required<String> RoleArn;
        json::required<String> DataSetId;
        json::required<String> RevisionId;
        friend bool operator==(const ImportAssetsFromLakeFormationTagPolicyResponseDetails&, const ImportAssetsFromLakeFormationTagPolicyResponseDetails&) = default;
        BOOST_DESCRIBE_CLASS(ImportAssetsFromLakeFormationTagPolicyResponseDetails, (), (CatalogId, Database, Table, RoleArn, DataSetId, RevisionId), (), ())
    };

    using ResponseDetails = json::one_of<
        json::alternative<"ExportAssetToSignedUrl", typename model::ExportAssetToSignedUrlResponseDetails>,
        json::alternative<"ExportAssetsToS3", typename model::ExportAssetsToS3ResponseDetails>,
        json::alternative<"ExportRevisionsToS3", typename model::ExportRevisionsToS3ResponseDetails>,
        json::alternative<"ImportAssetFromSignedUrl", typename model::ImportAssetFromSignedUrlResponseDetails>,
        json::alternative<"ImportAssetsFromS3", typename model::ImportAssetsFromS3ResponseDetails>,
        json::alternative<"ImportAssetsFromRedshiftDataShares", typename model::ImportAssetsFromRedshiftDataSharesResponseDetails>,
        json::alternative<"ImportAssetFromApiGatewayApi", typename model::ImportAssetFromApiGatewayApiResponseDetails>,
        json::alternative<"CreateS3DataAccessFromS3Bucket", typename model::CreateS3DataAccessFromS3BucketResponseDetails>,
        json::alternative<"ImportAssetsFromLakeFormationTagPolicy", typename model::ImportAssetsFromLakeFormationTagPolicyResponseDetails>>;

    struct ImportAssetFromSignedUrlJobErrorDetails {
        json::required<String> AssetName;
        friend bool operator==(const ImportAssetFromSignedUrlJobErrorDetails&, const ImportAssetFromSignedUrlJobErrorDetails&) = default;
        BOOST_DESCRIBE_CLASS(ImportAssetFromSignedUrlJobErrorDetails, (), (AssetName), (), ())
    };

    using Details = json::one_of<
        json::alternative<"ImportAssetFromSignedUrlJobErrorDetails", typename model::ImportAssetFromSignedUrlJobErrorDetails>,
        json::alternative<"ImportAssetsFromS3JobErrorDetails", std::vector<typename model::AssetSourceEntry>>>;

    struct JobError {
        json::required<json::open_enum<dataexchange::Code, String>> Code;
        std::optional<typename model::Details> Details;
        std::optional<json::open_enum<dataexchange::JobErrorLimitName, String>> LimitName;
        std::optional<double> LimitValue;
        json::required<String> Message;
        std::optional<String> ResourceId;
        std::optional<json::open_enum<dataexchange::JobErrorResourceTypes, String>> ResourceType;
        friend bool operator==(const JobError&, const JobError&) = default;
        BOOST_DESCRIBE_CLASS(JobError, (), (Code, Details, LimitName, LimitValue, Message, ResourceId, ResourceType), (), ())
    };

    struct GetJobResponse {
        std::optional<String> Arn;
        std::optional<typename model::AssetConfiguration> AssetConfiguration;
        std::optional<json::iso8601_timestamp> CreatedAt;
        std::optional<typename model::ResponseDetails> Details;
        std::optional<std::vector<typename model::JobError>> Errors;
        std::optional<String> Id;
        std::optional<json::open_enum<dataexchange::State, String>> State;
        std::optional<json::open_enum<dataexchange::Type, String>> Type;
        std::optional<json::iso8601_timestamp> UpdatedAt;
        friend bool operator==(const GetJobResponse&, const GetJobResponse&) = default;
        BOOST_DESCRIBE_CLASS(GetJobResponse, (), (Arn, AssetConfiguration, CreatedAt, Details, Errors, Id, State, Type, UpdatedAt), (), ())
    };

    struct ResourceNotFoundException {
        json::required<String> Message;
        std::optional<String> ResourceId;
        std::optional<json::open_enum<dataexchange::ResourceType, String>> ResourceType;
        friend bool operator==(const ResourceNotFoundException&, const ResourceNotFoundException&) = default;
        BOOST_DESCRIBE_CLASS(ResourceNotFoundException, (), (Message, ResourceId, ResourceType), (), ())
    };

    struct ThrottlingException {
        json::required<String> Message;
        friend bool operator==(const ThrottlingException&, const ThrottlingException&) = default;
        BOOST_DESCRIBE_CLASS(ThrottlingException, (), (Message), (), ())
    };

    struct ValidationException {
        json::required<String> Message;
        std::optional<json::open_enum<dataexchange::ExceptionCause, String>> ExceptionCause;
        friend bool operator==(const ValidationException&, const ValidationException&) = default;
        BOOST_DESCRIBE_CLASS(ValidationException, (), (Message, ExceptionCause), (), ())
    };

    struct InternalServerException {
        json::required<String> Message;
        friend bool operator==(const InternalServerException&, const InternalServerException&) = default;
        BOOST_DESCRIBE_CLASS(InternalServerException, (), (Message), (), ())
    };
};

using view = model<std::string_view>;

using GetJobRequest = model<std::string>::GetJobRequest;
using Tag = model<std::string>::Tag;
using AssetConfiguration = model<std::string>::AssetConfiguration;
using ExportAssetToSignedUrlResponseDetails = model<std::string>::ExportAssetToSignedUrlResponseDetails;
using AssetDestinationEntry = model<std::string>::AssetDestinationEntry;
using ExportServerSideEncryption = model<std::string>::ExportServerSideEncryption;
using ExportAssetsToS3ResponseDetails = model<std::string>::ExportAssetsToS3ResponseDetails;
using RevisionDestinationEntry = model<std::string>::RevisionDestinationEntry;
using ExportRevisionsToS3ResponseDetails = model<std::string>::ExportRevisionsToS3ResponseDetails;
using ImportAssetFromSignedUrlResponseDetails = model<std::string>::ImportAssetFromSignedUrlResponseDetails;
using AssetSourceEntry = model<std::string>::AssetSourceEntry;
using ImportAssetsFromS3ResponseDetails = model<std::string>::ImportAssetsFromS3ResponseDetails;
using RedshiftDataShareAssetSourceEntry = model<std::string>::RedshiftDataShareAssetSourceEntry;
using ImportAssetsFromRedshiftDataSharesResponseDetails = model<std::string>::ImportAssetsFromRedshiftDataSharesResponseDetails;
using ImportAssetFromApiGatewayApiResponseDetails = model<std::string>::ImportAssetFromApiGatewayApiResponseDetails;
using KmsKeyToGrant = model<std::string>::KmsKeyToGrant;
using S3DataAccessAssetSourceEntry = model<std::string>::S3DataAccessAssetSourceEntry;
using CreateS3DataAccessFromS3BucketResponseDetails = model<std::string>::CreateS3DataAccessFromS3BucketResponseDetails;
using LFTag = model<std::string>::LFTag;
using DatabaseLFTagPolicyAndPermissions = model<std::string>::DatabaseLFTagPolicyAndPermissions;
using TableLFTagPolicyAndPermissions = model<std::string>::TableLFTagPolicyAndPermissions;
using ImportAssetsFromLakeFormationTagPolicyResponseDetails = model<std::string>::ImportAssetsFromLakeFormationTagPolicyResponseDetails;
using ResponseDetails = model<std::string>::ResponseDetails;
using ImportAssetFromSignedUrlJobErrorDetails = model<std::string>::ImportAssetFromSignedUrlJobErrorDetails;
using Details = model<std::string>::Details;
using JobError = model<std::string>::JobError;
using GetJobResponse = model<std::string>::GetJobResponse;
using ResourceNotFoundException = model<std::string>::ResourceNotFoundException;
using ThrottlingException = model<std::string>::ThrottlingException;
using ValidationException = model<std::string>::ValidationException;
using InternalServerException = model<std::string>::InternalServerException;

}  // namespace awsjobs::dataexchange

#endif

// The member lists a program without reflection writes by hand: for every
// structure shape, each JSON key and the member it maps to. The RapidJSON,
// nlohmann and simdjson peers share these tables (one traversal per library),
// so that every peer reads and writes exactly the same members.
#ifndef AWSJOBS_BENCH_MAPPING_FIELDS_HPP
#define AWSJOBS_BENCH_MAPPING_FIELDS_HPP

#include <awsjobs/dataexchange/shapes.hpp>
#include <awsjobs/importexport/shapes.hpp>
#include <awsjobs/sesv2/shapes.hpp>

#include <cstddef>
#include <optional>
#include <string_view>
#include <tuple>
#include <type_traits>

namespace awsjobs_bench::mapping {

/// One JSON key and the member it maps to.
template <class T, class M>
struct field {
    std::string_view key;
    M T::*member;
};
template <class T, class M>
field(const char*, M T::*) -> field<T, M>;

namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;
namespace ie = awsjobs::importexport;

// ---- Data Exchange GetJob ----
inline constexpr auto fields_of(const dx::Tag*) {
    using S = dx::Tag;
    return std::tuple{field{"Key", &S::Key}, field{"Value", &S::Value}};
}
inline constexpr auto fields_of(const dx::AssetConfiguration*) {
    using S = dx::AssetConfiguration;
    return std::tuple{field{"Tags", &S::Tags}};
}
inline constexpr auto fields_of(const dx::ExportAssetToSignedUrlResponseDetails*) {
    using S = dx::ExportAssetToSignedUrlResponseDetails;
    return std::tuple{field{"AssetId", &S::AssetId}, field{"DataSetId", &S::DataSetId},
                      field{"RevisionId", &S::RevisionId}, field{"SignedUrl", &S::SignedUrl},
                      field{"SignedUrlExpiresAt", &S::SignedUrlExpiresAt}};
}
inline constexpr auto fields_of(const dx::AssetDestinationEntry*) {
    using S = dx::AssetDestinationEntry;
    return std::tuple{field{"AssetId", &S::AssetId}, field{"Bucket", &S::Bucket}, field{"Key", &S::Key}};
}
inline constexpr auto fields_of(const dx::ExportServerSideEncryption*) {
    using S = dx::ExportServerSideEncryption;
    return std::tuple{field{"KmsKeyArn", &S::KmsKeyArn}, field{"Type", &S::Type}};
}
inline constexpr auto fields_of(const dx::ExportAssetsToS3ResponseDetails*) {
    using S = dx::ExportAssetsToS3ResponseDetails;
    return std::tuple{field{"AssetDestinations", &S::AssetDestinations}, field{"DataSetId", &S::DataSetId},
                      field{"Encryption", &S::Encryption}, field{"RevisionId", &S::RevisionId}};
}
inline constexpr auto fields_of(const dx::RevisionDestinationEntry*) {
    using S = dx::RevisionDestinationEntry;
    return std::tuple{field{"Bucket", &S::Bucket}, field{"KeyPattern", &S::KeyPattern},
                      field{"RevisionId", &S::RevisionId}};
}
inline constexpr auto fields_of(const dx::ExportRevisionsToS3ResponseDetails*) {
    using S = dx::ExportRevisionsToS3ResponseDetails;
    return std::tuple{field{"DataSetId", &S::DataSetId}, field{"Encryption", &S::Encryption},
                      field{"RevisionDestinations", &S::RevisionDestinations},
                      field{"EventActionArn", &S::EventActionArn}};
}
inline constexpr auto fields_of(const dx::ImportAssetFromSignedUrlResponseDetails*) {
    using S = dx::ImportAssetFromSignedUrlResponseDetails;
    return std::tuple{field{"AssetName", &S::AssetName}, field{"DataSetId", &S::DataSetId},
                      field{"Md5Hash", &S::Md5Hash},     field{"RevisionId", &S::RevisionId},
                      field{"SignedUrl", &S::SignedUrl}, field{"SignedUrlExpiresAt", &S::SignedUrlExpiresAt}};
}
inline constexpr auto fields_of(const dx::AssetSourceEntry*) {
    using S = dx::AssetSourceEntry;
    return std::tuple{field{"Bucket", &S::Bucket}, field{"Key", &S::Key}};
}
inline constexpr auto fields_of(const dx::ImportAssetsFromS3ResponseDetails*) {
    using S = dx::ImportAssetsFromS3ResponseDetails;
    return std::tuple{field{"AssetSources", &S::AssetSources}, field{"DataSetId", &S::DataSetId},
                      field{"RevisionId", &S::RevisionId}};
}
inline constexpr auto fields_of(const dx::RedshiftDataShareAssetSourceEntry*) {
    using S = dx::RedshiftDataShareAssetSourceEntry;
    return std::tuple{field{"DataShareArn", &S::DataShareArn}};
}
inline constexpr auto fields_of(const dx::ImportAssetsFromRedshiftDataSharesResponseDetails*) {
    using S = dx::ImportAssetsFromRedshiftDataSharesResponseDetails;
    return std::tuple{field{"AssetSources", &S::AssetSources}, field{"DataSetId", &S::DataSetId},
                      field{"RevisionId", &S::RevisionId}};
}
inline constexpr auto fields_of(const dx::ImportAssetFromApiGatewayApiResponseDetails*) {
    using S = dx::ImportAssetFromApiGatewayApiResponseDetails;
    return std::tuple{field{"ApiDescription", &S::ApiDescription},
                      field{"ApiId", &S::ApiId},
                      field{"ApiKey", &S::ApiKey},
                      field{"ApiName", &S::ApiName},
                      field{"ApiSpecificationMd5Hash", &S::ApiSpecificationMd5Hash},
                      field{"ApiSpecificationUploadUrl", &S::ApiSpecificationUploadUrl},
                      field{"ApiSpecificationUploadUrlExpiresAt", &S::ApiSpecificationUploadUrlExpiresAt},
                      field{"DataSetId", &S::DataSetId},
                      field{"ProtocolType", &S::ProtocolType},
                      field{"RevisionId", &S::RevisionId},
                      field{"Stage", &S::Stage}};
}
inline constexpr auto fields_of(const dx::KmsKeyToGrant*) {
    using S = dx::KmsKeyToGrant;
    return std::tuple{field{"KmsKeyArn", &S::KmsKeyArn}};
}
inline constexpr auto fields_of(const dx::S3DataAccessAssetSourceEntry*) {
    using S = dx::S3DataAccessAssetSourceEntry;
    return std::tuple{field{"Bucket", &S::Bucket}, field{"KeyPrefixes", &S::KeyPrefixes}, field{"Keys", &S::Keys},
                      field{"KmsKeysToGrant", &S::KmsKeysToGrant}};
}
inline constexpr auto fields_of(const dx::CreateS3DataAccessFromS3BucketResponseDetails*) {
    using S = dx::CreateS3DataAccessFromS3BucketResponseDetails;
    return std::tuple{field{"AssetSource", &S::AssetSource}, field{"DataSetId", &S::DataSetId},
                      field{"RevisionId", &S::RevisionId}};
}
inline constexpr auto fields_of(const dx::LFTag*) {
    using S = dx::LFTag;
    return std::tuple{field{"TagKey", &S::TagKey}, field{"TagValues", &S::TagValues}};
}
inline constexpr auto fields_of(const dx::DatabaseLFTagPolicyAndPermissions*) {
    using S = dx::DatabaseLFTagPolicyAndPermissions;
    return std::tuple{field{"Expression", &S::Expression}, field{"Permissions", &S::Permissions}};
}
inline constexpr auto fields_of(const dx::TableLFTagPolicyAndPermissions*) {
    using S = dx::TableLFTagPolicyAndPermissions;
    return std::tuple{field{"Expression", &S::Expression}, field{"Permissions", &S::Permissions}};
}
inline constexpr auto fields_of(const dx::ImportAssetsFromLakeFormationTagPolicyResponseDetails*) {
    using S = dx::ImportAssetsFromLakeFormationTagPolicyResponseDetails;
    return std::tuple{field{"CatalogId", &S::CatalogId}, field{"Database", &S::Database},
                      field{"Table", &S::Table},         field{"RoleArn", &S::RoleArn},
                      field{"DataSetId", &S::DataSetId}, field{"RevisionId", &S::RevisionId}};
}
inline constexpr auto fields_of(const dx::ImportAssetFromSignedUrlJobErrorDetails*) {
    using S = dx::ImportAssetFromSignedUrlJobErrorDetails;
    return std::tuple{field{"AssetName", &S::AssetName}};
}
inline constexpr auto fields_of(const dx::JobError*) {
    using S = dx::JobError;
    return std::tuple{field{"Code", &S::Code},           field{"Details", &S::Details},
                      field{"LimitName", &S::LimitName}, field{"LimitValue", &S::LimitValue},
                      field{"Message", &S::Message},     field{"ResourceId", &S::ResourceId},
                      field{"ResourceType", &S::ResourceType}};
}
inline constexpr auto fields_of(const dx::GetJobResponse*) {
    using S = dx::GetJobResponse;
    return std::tuple{field{"Arn", &S::Arn},     field{"AssetConfiguration", &S::AssetConfiguration},
                      field{"CreatedAt", &S::CreatedAt}, field{"Details", &S::Details},
                      field{"Errors", &S::Errors}, field{"Id", &S::Id},
                      field{"State", &S::State}, field{"Type", &S::Type},
                      field{"UpdatedAt", &S::UpdatedAt}};
}

// ---- SES v2 GetImportJob ----
inline constexpr auto fields_of(const ses::SuppressionListDestination*) {
    using S = ses::SuppressionListDestination;
    return std::tuple{field{"SuppressionListImportAction", &S::SuppressionListImportAction}};
}
inline constexpr auto fields_of(const ses::ContactListDestination*) {
    using S = ses::ContactListDestination;
    return std::tuple{field{"ContactListName", &S::ContactListName},
                      field{"ContactListImportAction", &S::ContactListImportAction}};
}
inline constexpr auto fields_of(const ses::ImportDataSource*) {
    using S = ses::ImportDataSource;
    return std::tuple{field{"S3Url", &S::S3Url}, field{"DataFormat", &S::DataFormat}};
}
inline constexpr auto fields_of(const ses::FailureInfo*) {
    using S = ses::FailureInfo;
    return std::tuple{field{"FailedRecordsS3Url", &S::FailedRecordsS3Url}, field{"ErrorMessage", &S::ErrorMessage}};
}
inline constexpr auto fields_of(const ses::GetImportJobResponse*) {
    using S = ses::GetImportJobResponse;
    return std::tuple{field{"JobId", &S::JobId},
                      field{"ImportDestination", &S::ImportDestination},
                      field{"ImportDataSource", &S::ImportDataSource},
                      field{"FailureInfo", &S::FailureInfo},
                      field{"JobStatus", &S::JobStatus},
                      field{"CreatedTimestamp", &S::CreatedTimestamp},
                      field{"CompletedTimestamp", &S::CompletedTimestamp},
                      field{"ProcessedRecordsCount", &S::ProcessedRecordsCount},
                      field{"FailedRecordsCount", &S::FailedRecordsCount}};
}

// ---- Import/Export GetStatus (only for the compile-time comparison) ----
inline constexpr auto fields_of(const ie::Artifact*) {
    using S = ie::Artifact;
    return std::tuple{field{"Description", &S::Description}, field{"URL", &S::URL}};
}
inline constexpr auto fields_of(const ie::GetStatusOutput*) {
    using S = ie::GetStatusOutput;
    return std::tuple{field{"JobId", &S::JobId},
                      field{"JobType", &S::JobType},
                      field{"LocationCode", &S::LocationCode},
                      field{"LocationMessage", &S::LocationMessage},
                      field{"ProgressCode", &S::ProgressCode},
                      field{"ProgressMessage", &S::ProgressMessage},
                      field{"Carrier", &S::Carrier},
                      field{"TrackingNumber", &S::TrackingNumber},
                      field{"LogBucket", &S::LogBucket},
                      field{"LogKey", &S::LogKey},
                      field{"ErrorCount", &S::ErrorCount},
                      field{"Signature", &S::Signature},
                      field{"SignatureFileContents", &S::SignatureFileContents},
                      field{"CurrentManifest", &S::CurrentManifest},
                      field{"CreationDate", &S::CreationDate},
                      field{"ArtifactList", &S::ArtifactList}};
}

template <class T>
concept has_fields = requires { fields_of(static_cast<const T*>(nullptr)); };

/// Calls f(field) for each entry of T's table, in order.
template <class T, class F>
constexpr void for_each_field(F&& f) {
    std::apply([&](const auto&... entry) { (f(entry), ...); }, fields_of(static_cast<const T*>(nullptr)));
}

/// Calls f(field) for the entry whose key is `key`; false when there is none.
template <class T, class F>
constexpr bool with_field(std::string_view key, F&& f) {
    return std::apply([&](const auto&... entry) { return ((entry.key == key && (f(entry), true)) || ...); },
                      fields_of(static_cast<const T*>(nullptr)));
}

}  // namespace awsjobs_bench::mapping

#endif

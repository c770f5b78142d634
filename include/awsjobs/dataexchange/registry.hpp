// The shape registry of GetJob: every shape name of the model's closure, and the C++ type for it.
// Structure shapes map to their struct, enum shapes to their enum, the others to the
// C++ type the codec uses for them.
#ifndef AWSJOBS_DATAEXCHANGE_REGISTRY_HPP
#define AWSJOBS_DATAEXCHANGE_REGISTRY_HPP

#include <awsjobs/dataexchange/shapes.hpp>
#include <awsjobs/shape.hpp>

#include <boost/mp11/list.hpp>

namespace awsjobs::dataexchange {

using shapes = boost::mp11::mp_list<
    shape<"GetJobRequest", GetJobRequest>,
    shape<"GetJobResponse", GetJobResponse>,
    shape<"ResourceNotFoundException", ResourceNotFoundException>,
    shape<"ThrottlingException", ThrottlingException>,
    shape<"ValidationException", ValidationException>,
    shape<"InternalServerException", InternalServerException>,
    shape<"Id", std::string>,
    shape<"Arn", std::string>,
    shape<"AssetConfiguration", AssetConfiguration>,
    shape<"Timestamp", json::iso8601_timestamp>,
    shape<"ResponseDetails", ResponseDetails>,
    shape<"ListOfJobError", std::vector<JobError>>,
    shape<"State", State>,
    shape<"Type", Type>,
    shape<"__string", std::string>,
    shape<"ResourceType", ResourceType>,
    shape<"ExceptionCause", ExceptionCause>,
    shape<"ListOfTag", std::vector<Tag>>,
    shape<"ExportAssetToSignedUrlResponseDetails", ExportAssetToSignedUrlResponseDetails>,
    shape<"ExportAssetsToS3ResponseDetails", ExportAssetsToS3ResponseDetails>,
    shape<"ExportRevisionsToS3ResponseDetails", ExportRevisionsToS3ResponseDetails>,
    shape<"ImportAssetFromSignedUrlResponseDetails", ImportAssetFromSignedUrlResponseDetails>,
    shape<"ImportAssetsFromS3ResponseDetails", ImportAssetsFromS3ResponseDetails>,
    shape<"ImportAssetsFromRedshiftDataSharesResponseDetails", ImportAssetsFromRedshiftDataSharesResponseDetails>,
    shape<"ImportAssetFromApiGatewayApiResponseDetails", ImportAssetFromApiGatewayApiResponseDetails>,
    shape<"CreateS3DataAccessFromS3BucketResponseDetails", CreateS3DataAccessFromS3BucketResponseDetails>,
    shape<"ImportAssetsFromLakeFormationTagPolicyResponseDetails", ImportAssetsFromLakeFormationTagPolicyResponseDetails>,
    shape<"JobError", JobError>,
    shape<"Tag", Tag>,
    shape<"ListOfAssetDestinationEntry", std::vector<AssetDestinationEntry>>,
    shape<"ExportServerSideEncryption", ExportServerSideEncryption>,
    shape<"ListOfRevisionDestinationEntry", std::vector<RevisionDestinationEntry>>,
    shape<"AssetName", std::string>,
    shape<"__stringMin24Max24PatternAZaZ094AZaZ092AZaZ093", std::string>,
    shape<"ListOfAssetSourceEntry", std::vector<AssetSourceEntry>>,
    shape<"ListOfRedshiftDataShareAssetSourceEntry", std::vector<RedshiftDataShareAssetSourceEntry>>,
    shape<"ApiDescription", std::string>,
    shape<"ProtocolType", ProtocolType>,
    shape<"S3DataAccessAssetSourceEntry", S3DataAccessAssetSourceEntry>,
    shape<"AwsAccountId", std::string>,
    shape<"DatabaseLFTagPolicyAndPermissions", DatabaseLFTagPolicyAndPermissions>,
    shape<"TableLFTagPolicyAndPermissions", TableLFTagPolicyAndPermissions>,
    shape<"RoleArn", std::string>,
    shape<"Code", Code>,
    shape<"Details", Details>,
    shape<"JobErrorLimitName", JobErrorLimitName>,
    shape<"__double", double>,
    shape<"JobErrorResourceTypes", JobErrorResourceTypes>,
    shape<"AssetDestinationEntry", AssetDestinationEntry>,
    shape<"ServerSideEncryptionTypes", ServerSideEncryptionTypes>,
    shape<"RevisionDestinationEntry", RevisionDestinationEntry>,
    shape<"AssetSourceEntry", AssetSourceEntry>,
    shape<"RedshiftDataShareAssetSourceEntry", RedshiftDataShareAssetSourceEntry>,
    shape<"ListOf__string", std::vector<std::string>>,
    shape<"ListOfKmsKeysToGrant", std::vector<KmsKeyToGrant>>,
    shape<"ListOfLFTags", std::vector<LFTag>>,
    shape<"ListOfDatabaseLFTagPolicyPermissions", std::vector<json::open_enum<DatabaseLFTagPolicyPermission>>>,
    shape<"ListOfTableTagPolicyLFPermissions", std::vector<json::open_enum<TableTagPolicyLFPermission>>>,
    shape<"ImportAssetFromSignedUrlJobErrorDetails", ImportAssetFromSignedUrlJobErrorDetails>,
    shape<"KmsKeyToGrant", KmsKeyToGrant>,
    shape<"LFTag", LFTag>,
    shape<"DatabaseLFTagPolicyPermission", DatabaseLFTagPolicyPermission>,
    shape<"TableTagPolicyLFPermission", TableTagPolicyLFPermission>,
    shape<"KmsKeyArn", std::string>,
    shape<"String", std::string>,
    shape<"ListOfLFTagValues", std::vector<std::string>>>;

}  // namespace awsjobs::dataexchange

#endif

// awsjobs against the real AWS CLI: awsjobs writes responses, the CLI reads them
// from cli_interop.py's local server and prints them, and awsjobs reads what the
// CLI printed back. The value must survive the trip unchanged, and for error
// responses the CLI and read_service_error must name the same error code.
//
//   awsjobs-cli-interop write CASES_DIR   the cases, in cli_interop.py's format
//   awsjobs-cli-interop check OUT_DIR     compares cli_interop.py's results with the originals
//
// cli_interop.cmake runs the three steps; see README.md.
//
// What the CLI (v2) legitimately changes, and how the comparison allows for it:
// - It adds "ResponseMetadata" when the output has a top-level "Errors" key (GetJob
//   with errors). awsjobs skips it, as it skips every member its model does not know.
// - It drops members its model does not know, so an unknown one_of alternative
//   reaches its output as {}: as_printed_by_cli() turns those into no_alternative.
// - It prints timestamps as datetime.isoformat(), "2019-10-11T14:12:24.640000+00:00",
//   with at most 6 fractional digits: awsjobs reads that as the same instant, so the
//   cases use microsecond precision at most. SES epoch seconds go through a Python
//   float, so they stay within +-2^31 s, where a double still resolves a microsecond.
// - It prints -0.0 as 0, which compares equal as a double.
// - It prints nothing at all for an empty response, {} (formatter.py: `if response != {}`).
// Nothing else is normalised: keys, strings (every escape class), enum values known
// and unknown, numbers and timestamps must all come back equal.
#include <awsjobs/awsjobs.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace json = awsjobs::json;
namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;
namespace fs = std::filesystem;
using namespace std::chrono;
using namespace std::string_literals;

namespace {

// ---------------------------------------------------------------------------
// The cases

/// An error response as the service sends it, and what a client must make of it.
struct error_response {
    int status = 0;
    std::string error_type_header;  // x-amzn-ErrorType, empty for none
    std::string body;
    std::string code;     // the error code a client must report
    std::string message;  // and the message
};

struct interop_case {
    std::string name;
    std::string service;  // "dataexchange" or "sesv2"
    std::variant<dx::GetJobResponse, ses::GetImportJobResponse, error_response> response;
};

// Every escape class JSON has: quote, backslash, slash, the control characters
// (NUL, named and \u00XX ones), DEL, 2-, 3- and 4-byte UTF-8, U+2028/U+2029 (line
// separators JavaScript chokes on), U+FEFF, U+FFFF and U+10FFFF.
const std::string tricky = "q\" b\\ s/ nul\0 bs\b ff\f nl\n cr\r tab\t x01\x01 x1f\x1f del\x7f"s +
                           " \u00e9\u00fc \u20ac \u2028\u2029 \uFEFF\uFFFF \U0001F600\U0010FFFF";

/// An ISO 8601 instant with microsecond precision (the most the CLI prints).
awsjobs::iso8601_timestamp iso(year_month_day day, microseconds time_of_day) {
    return awsjobs::iso8601_timestamp(sys_days(day) + time_of_day);
}
/// An epoch instant: whole seconds and microseconds since 1970.
awsjobs::epoch_timestamp epoch(std::int64_t s, std::int64_t us = 0) {
    return awsjobs::epoch_timestamp(sys_time<microseconds>(seconds(s) + microseconds(us)));
}

const dx::State states[] = {dx::State::WAITING,   dx::State::IN_PROGRESS, dx::State::ERROR_,
                            dx::State::COMPLETED, dx::State::CANCELLED,   dx::State::TIMED_OUT};

dx::GetJobResponse job(std::string id, dx::Type type, std::size_t n) {
    dx::GetJobResponse r;
    r.Arn = "arn:aws:dataexchange:us-east-1:123456789012:jobs/" + id;
    r.Id = std::move(id);
    r.Type = type;
    r.State = states[n % std::size(states)];
    r.CreatedAt = iso(2019y / October / 11, 14h + 12min + 24s + 640ms);
    r.UpdatedAt = iso(2024y / February / 29, 23h + 59min + 59s + microseconds(999999));
    return r;
}

dx::AssetSourceEntry source(std::string bucket, std::string key) {
    dx::AssetSourceEntry e;
    e.Bucket = std::move(bucket);
    e.Key = std::move(key);
    return e;
}

dx::ExportServerSideEncryption encryption(awsjobs::open_enum<dx::ServerSideEncryptionTypes> type) {
    dx::ExportServerSideEncryption e;
    e.Type = type;
    if (type == dx::ServerSideEncryptionTypes::aws_kms) e.KmsKeyArn = "arn:aws:kms:us-east-1:123456789012:key/k";
    return e;
}

dx::LFTag lf_tag(std::string key, std::vector<std::string> values) {
    dx::LFTag t;
    t.TagKey = std::move(key);
    t.TagValues = std::move(values);
    return t;
}

/// One GetJob per job Type, each with its Details alternative fully populated.
std::vector<dx::GetJobResponse> one_job_per_type() {
    std::vector<dx::GetJobResponse> jobs;

    auto j = job("import-s3", dx::Type::IMPORT_ASSETS_FROM_S3, jobs.size());
    dx::ImportAssetsFromS3ResponseDetails from_s3;
    from_s3.AssetSources = std::vector{source("b", "data/2024/a.csv"), source("b", tricky), source("", "")};
    from_s3.DataSetId = "ds";
    from_s3.RevisionId = "rev";
    j.Details = from_s3;
    dx::Tag tag;
    tag.Key = "team";
    tag.Value = tricky;
    j.AssetConfiguration.emplace().Tags = std::vector{tag, tag};
    jobs.push_back(j);

    j = job("import-url", dx::Type::IMPORT_ASSET_FROM_SIGNED_URL, jobs.size());
    dx::ImportAssetFromSignedUrlResponseDetails from_url;
    from_url.AssetName = "asset.csv";
    from_url.DataSetId = "ds";
    from_url.Md5Hash = "1B2M2Y8AsgTpgAmY7PhCfg==";
    from_url.RevisionId = "rev";
    from_url.SignedUrl = "https://example.com/upload?X-Amz-Signature=abc&x=%2F";
    from_url.SignedUrlExpiresAt = iso(2020y / January / 1, 0h + microseconds(1));
    j.Details = from_url;
    jobs.push_back(j);

    j = job("export-s3", dx::Type::EXPORT_ASSETS_TO_S3, jobs.size());
    dx::ExportAssetsToS3ResponseDetails to_s3;
    dx::AssetDestinationEntry destination;
    destination.AssetId = "asset";
    destination.Bucket = "out";
    destination.Key = "k/${Asset.Name}";
    to_s3.AssetDestinations = std::vector{destination, destination};
    to_s3.DataSetId = "ds";
    to_s3.Encryption = encryption(dx::ServerSideEncryptionTypes::aws_kms);
    to_s3.RevisionId = "rev";
    j.Details = to_s3;
    jobs.push_back(j);

    j = job("export-url", dx::Type::EXPORT_ASSET_TO_SIGNED_URL, jobs.size());
    dx::ExportAssetToSignedUrlResponseDetails to_url;
    to_url.AssetId = "asset";
    to_url.DataSetId = "ds";
    to_url.RevisionId = "rev";
    to_url.SignedUrl = "https://example.com/download";
    to_url.SignedUrlExpiresAt = iso(2038y / January / 19, 3h + 14min + 8s);
    j.Details = to_url;
    jobs.push_back(j);

    j = job("export-revisions", dx::Type::EXPORT_REVISIONS_TO_S3, jobs.size());
    dx::ExportRevisionsToS3ResponseDetails revisions;
    revisions.DataSetId = "ds";
    revisions.Encryption = encryption(dx::ServerSideEncryptionTypes::AES256);
    dx::RevisionDestinationEntry revision;
    revision.Bucket = "out";
    revision.KeyPattern = "${Revision.CreatedAt}/${Asset.Name}";
    revision.RevisionId = "rev";
    revisions.RevisionDestinations = std::vector{revision};
    revisions.EventActionArn = "arn:aws:dataexchange:us-east-1:123456789012:event-actions/e";
    j.Details = revisions;
    jobs.push_back(j);

    j = job("import-redshift", dx::Type::IMPORT_ASSETS_FROM_REDSHIFT_DATA_SHARES, jobs.size());
    dx::ImportAssetsFromRedshiftDataSharesResponseDetails redshift;
    dx::RedshiftDataShareAssetSourceEntry share;
    share.DataShareArn = "arn:aws:redshift:us-east-1:123456789012:datashare:x/y";
    redshift.AssetSources = std::vector{share};
    redshift.DataSetId = "ds";
    redshift.RevisionId = "rev";
    j.Details = redshift;
    jobs.push_back(j);

    j = job("import-api", dx::Type::IMPORT_ASSET_FROM_API_GATEWAY_API, jobs.size());
    dx::ImportAssetFromApiGatewayApiResponseDetails api;
    api.ApiDescription = tricky;
    api.ApiId = "api";
    api.ApiKey = "key";
    api.ApiName = "name";
    api.ApiSpecificationMd5Hash = "md5";
    api.ApiSpecificationUploadUrl = "https://example.com/spec";
    api.ApiSpecificationUploadUrlExpiresAt = iso(2021y / December / 31, 23h + 59min + 59s + 500ms);
    api.DataSetId = "ds";
    api.ProtocolType = dx::ProtocolType::REST;
    api.RevisionId = "rev";
    api.Stage = "prod";
    j.Details = api;
    jobs.push_back(j);

    j = job("create-s3-access", dx::Type::CREATE_S3_DATA_ACCESS_FROM_S3_BUCKET, jobs.size());
    dx::CreateS3DataAccessFromS3BucketResponseDetails access;
    dx::KmsKeyToGrant grant;
    grant.KmsKeyArn = "arn:aws:kms:us-east-1:123456789012:key/g";
    auto& bucket = access.AssetSource.emplace();
    bucket.Bucket = "shared";
    bucket.KeyPrefixes = std::vector<std::string>{"a/", "b/", ""};
    bucket.Keys = std::vector<std::string>{"a/x.csv", tricky};
    bucket.KmsKeysToGrant = std::vector{grant};
    access.DataSetId = "ds";
    access.RevisionId = "rev";
    j.Details = access;
    jobs.push_back(j);

    j = job("import-lake-formation", dx::Type::IMPORT_ASSETS_FROM_LAKE_FORMATION_TAG_POLICY, jobs.size());
    dx::ImportAssetsFromLakeFormationTagPolicyResponseDetails lake;
    lake.CatalogId = "123456789012";
    auto& database = lake.Database.emplace();
    database.Expression = std::vector{lf_tag("tier", {"gold", "silver"})};
    database.Permissions = std::vector<awsjobs::open_enum<dx::DatabaseLFTagPolicyPermission>>{dx::DatabaseLFTagPolicyPermission::DESCRIBE};
    auto& table = lake.Table.emplace();
    table.Expression = std::vector{lf_tag("tier", {}), lf_tag("pii", {"false"})};
    table.Permissions = std::vector<awsjobs::open_enum<dx::TableTagPolicyLFPermission>>{
        dx::TableTagPolicyLFPermission::DESCRIBE, dx::TableTagPolicyLFPermission::SELECT};
    lake.RoleArn = "arn:aws:iam::123456789012:role/r";
    lake.DataSetId = "ds";
    lake.RevisionId = "rev";
    j.Details = lake;
    jobs.push_back(j);

    return jobs;
}

const dx::Code codes[] = {dx::Code::ACCESS_DENIED_EXCEPTION,          dx::Code::INTERNAL_SERVER_EXCEPTION,
                          dx::Code::MALWARE_DETECTED,                 dx::Code::RESOURCE_NOT_FOUND_EXCEPTION,
                          dx::Code::SERVICE_QUOTA_EXCEEDED_EXCEPTION, dx::Code::VALIDATION_EXCEPTION,
                          dx::Code::MALWARE_SCAN_ENCRYPTED_FILE};
const dx::JobErrorLimitName limit_names[] = {
    dx::JobErrorLimitName::Assets_per_revision, dx::JobErrorLimitName::Asset_size_in_GB,
    dx::JobErrorLimitName::Amazon_Redshift_datashare_assets_per_revision,
    dx::JobErrorLimitName::AWS_Lake_Formation_data_permission_assets_per_revision,
    dx::JobErrorLimitName::Amazon_S3_data_access_assets_per_revision};
const dx::JobErrorResourceTypes resource_types[] = {dx::JobErrorResourceTypes::REVISION, dx::JobErrorResourceTypes::ASSET,
                                                    dx::JobErrorResourceTypes::DATA_SET};
// Doubles Python's json re-prints: integral, shortest forms, extremes, -0.0 (printed as 0).
const double limit_values[] = {10000,
                               0.1,
                               1e21,
                               123456789012345680000.0,
                               std::numeric_limits<double>::max(),
                               std::numeric_limits<double>::denorm_min(),
                               -0.0};

/// A failed job with one error per Code, cycling through both Details
/// alternatives, every LimitName, every ResourceType and a range of LimitValues.
dx::GetJobResponse job_with_every_error() {
    auto j = job("errors", dx::Type::IMPORT_ASSETS_FROM_S3, 2);
    auto& errors = j.Errors.emplace();
    for (std::size_t i = 0; i != std::size(codes); ++i) {
        dx::JobError& e = errors.emplace_back();
        e.Code = codes[i];
        e.Message = i == 0 ? tricky : "error " + std::to_string(i);
        if (i % 2 == 0) {
            dx::ImportAssetFromSignedUrlJobErrorDetails details;
            details.AssetName = "asset-" + std::to_string(i) + ".csv";
            e.Details = details;
        } else {
            e.Details = std::vector{source("b", "k" + std::to_string(i)), source("b", tricky)};
        }
        e.LimitName = limit_names[i % std::size(limit_names)];
        e.LimitValue = limit_values[i % std::size(limit_values)];
        e.ResourceId = "res-" + std::to_string(i);
        e.ResourceType = resource_types[i % std::size(resource_types)];
    }
    return j;
}

/// Values a newer service may send: unknown enum values everywhere, unknown
/// one_of alternatives (which the CLI drops), and an empty one_of.
std::vector<dx::GetJobResponse> jobs_from_the_future() {
    std::vector<dx::GetJobResponse> jobs;

    auto j = job("future", dx::Type::IMPORT_ASSETS_FROM_S3, 0);
    j.State = awsjobs::open_enum<dx::State>::from_wire("FUTURE_STATE");
    j.Type = awsjobs::open_enum<dx::Type>::from_wire("IMPORT_ASSETS_FROM_MARS");
    j.Details = awsjobs::unknown_alternative{"ImportAssetsFromMars", R"({"Rover":"P\u00e9r","Legs":[6,-1.5e3,true,null]})"};
    auto& errors = j.Errors.emplace();
    dx::JobError& unknown = errors.emplace_back();
    unknown.Code = awsjobs::open_enum<dx::Code>::from_wire("FUTURE_CODE");
    unknown.Message = "from a newer service";
    unknown.Details = awsjobs::unknown_alternative{"FutureErrorDetails", "[1,2]"};
    unknown.LimitName = awsjobs::open_enum<dx::JobErrorLimitName>::from_wire("Planets per revision");
    unknown.LimitValue = 3;
    unknown.ResourceType = awsjobs::open_enum<dx::JobErrorResourceTypes>::from_wire("PLANET");
    dx::JobError& empty = errors.emplace_back();
    empty.Code = dx::Code::VALIDATION_EXCEPTION;
    empty.Message = "";
    empty.Details = awsjobs::no_alternative{};
    jobs.push_back(j);

    j = job("future-encryption", dx::Type::EXPORT_REVISIONS_TO_S3, 1);
    dx::ExportRevisionsToS3ResponseDetails revisions;
    revisions.DataSetId = "ds";
    revisions.Encryption = encryption(awsjobs::open_enum<dx::ServerSideEncryptionTypes>::from_wire("aws:kms:dsse"));
    revisions.RevisionDestinations = std::vector<dx::RevisionDestinationEntry>{};
    j.Details = revisions;
    jobs.push_back(j);

    j = job("future-permissions", dx::Type::IMPORT_ASSETS_FROM_LAKE_FORMATION_TAG_POLICY, 2);
    dx::ImportAssetsFromLakeFormationTagPolicyResponseDetails lake;
    lake.CatalogId = "c";
    auto& table = lake.Table.emplace();
    table.Expression = std::vector<dx::LFTag>{};
    table.Permissions = std::vector{awsjobs::open_enum<dx::TableTagPolicyLFPermission>::from_wire("ALTER"),
                                    awsjobs::open_enum<dx::TableTagPolicyLFPermission>(dx::TableTagPolicyLFPermission::SELECT)};
    j.Details = lake;
    jobs.push_back(j);

    dx::ImportAssetFromApiGatewayApiResponseDetails api;
    api.ProtocolType = awsjobs::open_enum<dx::ProtocolType>::from_wire("WEBSOCKET");
    j = job("future-protocol", dx::Type::IMPORT_ASSET_FROM_API_GATEWAY_API, 3);
    j.Details = api;
    jobs.push_back(j);
    return jobs;
}

/// The edges: nothing at all, an empty Errors list (the CLI then adds
/// ResponseMetadata), empty strings and structs, the extreme timestamps.
std::vector<dx::GetJobResponse> edge_jobs() {
    std::vector<dx::GetJobResponse> jobs;
    jobs.emplace_back();

    dx::GetJobResponse j;
    j.Id = "";
    j.Arn = tricky;
    j.Errors.emplace();
    j.AssetConfiguration.emplace();
    j.Details = awsjobs::no_alternative{};
    j.CreatedAt = iso(1y / January / 1, microseconds(1));
    j.UpdatedAt = iso(9999y / December / 31, 23h + 59min + 59s + microseconds(999999));
    jobs.push_back(j);

    j = dx::GetJobResponse{};
    j.CreatedAt = iso(1969y / December / 31, 23h + 59min + 59s + 500ms);
    j.UpdatedAt = iso(1970y / January / 1, 0h);
    jobs.push_back(j);
    return jobs;
}

const ses::JobStatus statuses[] = {ses::JobStatus::CREATED, ses::JobStatus::PROCESSING, ses::JobStatus::COMPLETED,
                                   ses::JobStatus::FAILED, ses::JobStatus::CANCELLED};

/// One import job per JobStatus (and an unknown one), alternating both
/// destinations with both actions and both data formats.
std::vector<ses::GetImportJobResponse> one_import_per_status() {
    std::vector<ses::GetImportJobResponse> imports;
    for (std::size_t i = 0; i <= std::size(statuses); ++i) {
        ses::GetImportJobResponse r;
        r.JobId = "import-" + std::to_string(i);
        if (i % 2 == 0) {
            ses::SuppressionListDestination d;
            d.SuppressionListImportAction = i % 4 == 0 ? ses::SuppressionListImportAction::PUT : ses::SuppressionListImportAction::DELETE_;
            r.ImportDestination = d;
        } else {
            ses::ContactListDestination d;
            d.ContactListName = i == 1 ? tricky : "list";
            d.ContactListImportAction = i % 4 == 1 ? ses::ContactListImportAction::PUT : ses::ContactListImportAction::DELETE_;
            r.ImportDestination = d;
        }
        auto& source = r.ImportDataSource.emplace();
        source.S3Url = "s3://bucket/contacts-" + std::to_string(i) + ".csv";
        source.DataFormat = i % 2 == 0 ? ses::DataFormat::CSV : ses::DataFormat::JSON;
        r.JobStatus = i < std::size(statuses) ? awsjobs::open_enum<ses::JobStatus>(statuses[i])
                                              : awsjobs::open_enum<ses::JobStatus>::from_wire("PAUSED");
        r.CreatedTimestamp = epoch(1597251915, 243000 + static_cast<std::int64_t>(i));
        if (i >= 2) r.CompletedTimestamp = epoch(1597252002 + static_cast<std::int64_t>(i) * 3600, 999999);
        r.ProcessedRecordsCount = static_cast<std::int32_t>(i * 1000);
        r.FailedRecordsCount = static_cast<std::int32_t>(i);
        if (i == 3) {  // FAILED
            auto& failure = r.FailureInfo.emplace();
            failure.FailedRecordsS3Url = "https://example.com/failed.csv?X-Amz-Signature=x";
            failure.ErrorMessage = tricky;
        }
        imports.push_back(r);
    }
    return imports;
}

std::vector<ses::GetImportJobResponse> edge_imports() {
    std::vector<ses::GetImportJobResponse> imports;

    ses::GetImportJobResponse r;
    r.JobId = "future";
    ses::ContactListDestination d;
    d.ContactListName = "";
    d.ContactListImportAction = awsjobs::open_enum<ses::ContactListImportAction>::from_wire("MERGE");
    r.ImportDestination = d;
    auto& source = r.ImportDataSource.emplace();
    source.S3Url = "";
    source.DataFormat = awsjobs::open_enum<ses::DataFormat>::from_wire("PARQUET");
    r.FailureInfo.emplace();
    imports.push_back(r);

    r = ses::GetImportJobResponse{};
    ses::SuppressionListDestination s;
    s.SuppressionListImportAction = awsjobs::open_enum<ses::SuppressionListImportAction>::from_wire("MERGE");
    r.ImportDestination = s;
    imports.push_back(r);

    r = ses::GetImportJobResponse{};
    r.ImportDestination = awsjobs::unknown_alternative{"SnsDestination", R"({"TopicArn":"arn:aws:sns:x"})"};
    r.CreatedTimestamp = epoch(-1, 500000);  // -0.5
    r.CompletedTimestamp = epoch(2147483647, 999999);
    r.ProcessedRecordsCount = std::numeric_limits<std::int32_t>::max();
    r.FailedRecordsCount = std::numeric_limits<std::int32_t>::min();
    imports.push_back(r);

    r = ses::GetImportJobResponse{};
    r.CreatedTimestamp = epoch(-2147483648);
    r.CompletedTimestamp = epoch(0, 1);
    r.ProcessedRecordsCount = 0;
    imports.push_back(r);
    return imports;
}

/// `{"key":"value",...}`: a string member added to the front of a JSON object.
std::string with_member(const std::string& object, std::string_view key, std::string_view value) {
    std::string member = json::write(std::string(key)).value() + ":" + json::write(std::string(value)).value();
    return object == "{}" ? "{" + member + "}" : "{" + member + "," + object.substr(1);
}

/// The body of an exception shape with no members of its own.
struct no_members {};
BOOST_DESCRIBE_STRUCT(no_members, (), ())

/// Where an error response names its code: the three forms REST-JSON services use.
enum class code_in { header, type, code };

template <class Exception>
error_response error(std::string_view service_namespace, code_in where, int status, std::string code,
                     const Exception& shape, std::string message, std::string_view message_key) {
    error_response e;
    e.status = status;
    e.code = code;
    e.message = message;
    e.body = with_member(json::write(shape).value(), message_key, message);
    switch (where) {
    case code_in::header:
        e.error_type_header = code + ":http://internal.amazon.com/coral/" + std::string(service_namespace) + "/";
        break;
    case code_in::type: e.body = with_member(e.body, "__type", std::string(service_namespace) + "#" + code); break;
    case code_in::code: e.body = with_member(e.body, "code", code); break;
    }
    return e;
}

/// Every error GetJob lists, and one it does not, with the code in each place.
std::vector<std::pair<std::string, error_response>> get_job_errors() {
    std::vector<std::pair<std::string, error_response>> errors;
    const std::string ns = "com.amazonaws.dataexchange";
    const std::pair<code_in, const char*> places[] = {
        {code_in::header, "header"}, {code_in::type, "type"}, {code_in::code, "code"}};
    for (const auto& [where, place] : places) {
        dx::ResourceNotFoundException not_found;
        not_found.ResourceId = "job-1";
        not_found.ResourceType = dx::ResourceType::JOB;
        errors.emplace_back("not-found-" + std::string(place),
                            error(ns, where, 404, "ResourceNotFoundException", not_found, "Job job-1 not found.", "Message"));
        errors.emplace_back("throttling-" + std::string(place),
                            error(ns, where, 429, "ThrottlingException", dx::ThrottlingException{}, "Rate exceeded", "Message"));
        dx::ValidationException invalid;
        invalid.ExceptionCause = dx::ExceptionCause::S3AccessDenied;
        errors.emplace_back("validation-" + std::string(place),
                            error(ns, where, 400, "ValidationException", invalid, tricky.substr(0, 40) + " \u00e9", "Message"));
        errors.emplace_back("internal-" + std::string(place),
                            error(ns, where, 500, "InternalServerException", dx::InternalServerException{}, "Internal error", "message"));
        errors.emplace_back("unlisted-" + std::string(place),
                            error(ns, where, 403, "AccessDeniedException", no_members{}, "Denied", "message"));
    }
    return errors;
}

/// Every error GetImportJob lists, and one it does not, with the code in each place.
std::vector<std::pair<std::string, error_response>> get_import_job_errors() {
    std::vector<std::pair<std::string, error_response>> errors;
    const std::string ns = "com.amazonaws.sesv2";
    const std::pair<code_in, const char*> places[] = {
        {code_in::header, "header"}, {code_in::type, "type"}, {code_in::code, "code"}};
    for (const auto& [where, place] : places) {
        errors.emplace_back("bad-request-" + std::string(place),
                            error(ns, where, 400, "BadRequestException", ses::BadRequestException{}, "JobId is invalid", "message"));
        errors.emplace_back("not-found-" + std::string(place),
                            error(ns, where, 404, "NotFoundException", ses::NotFoundException{}, "Import job not found", "message"));
        errors.emplace_back("too-many-requests-" + std::string(place),
                            error(ns, where, 429, "TooManyRequestsException", ses::TooManyRequestsException{}, "Too many requests", "Message"));
        errors.emplace_back("unlisted-" + std::string(place),
                            error(ns, where, 429, "LimitExceededException", no_members{}, "Limit exceeded", "message"));
    }
    return errors;
}

std::vector<interop_case> all_cases() {
    std::vector<interop_case> cases;
    auto add = [&](std::string service, std::string name, auto response) {
        cases.push_back({(service == "dataexchange" ? "dx-" : "ses-") + name, service, std::move(response)});
    };
    for (const auto& j : one_job_per_type()) add("dataexchange", "type-" + *j.Id, j);
    add("dataexchange", "every-error", job_with_every_error());
    for (const auto& j : jobs_from_the_future()) add("dataexchange", *j.Id, j);
    int edge = 0;
    for (const auto& j : edge_jobs()) add("dataexchange", "edge-" + std::to_string(edge++), j);
    for (const auto& r : one_import_per_status()) add("sesv2", "status-" + *r.JobId, r);
    edge = 0;
    for (const auto& r : edge_imports()) add("sesv2", "edge-" + std::to_string(edge++), r);
    for (auto& [name, e] : get_job_errors()) add("dataexchange", "error-" + name, e);
    for (auto& [name, e] : get_import_job_errors()) add("sesv2", "error-" + name, e);
    return cases;
}

// ---------------------------------------------------------------------------
// What the CLI prints, normalised as explained at the top

template <class OneOf>
void drop_unknown_alternative(OneOf& u) {
    if (std::holds_alternative<awsjobs::unknown_alternative>(u)) u = awsjobs::no_alternative{};
}

dx::GetJobResponse as_printed_by_cli(dx::GetJobResponse r) {
    if (r.Details) drop_unknown_alternative(*r.Details);
    if (r.Errors)
        for (auto& e : *r.Errors)
            if (e.Details) drop_unknown_alternative(*e.Details);
    return r;
}

ses::GetImportJobResponse as_printed_by_cli(ses::GetImportJobResponse r) {
    if (r.ImportDestination) drop_unknown_alternative(*r.ImportDestination);
    return r;
}

// ---------------------------------------------------------------------------
// Comparison, member by member, so that a failure names the member

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};
template <class T>
struct is_optional<awsjobs::required<T>> : std::true_type {};
template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};

/// The path of the first member where `a` and `b` differ, or nothing.
template <class T>
std::optional<std::string> first_difference(const T& a, const T& b, const std::string& path) {
    if constexpr (is_optional<T>::value) {
        if (a.has_value() != b.has_value()) return path + (a ? " (missing from the CLI output)" : " (only in the CLI output)");
        return a ? first_difference(*a, *b, path) : std::nullopt;
    } else if constexpr (is_vector<T>::value) {
        if (a.size() != b.size()) return path + " (" + std::to_string(a.size()) + " vs " + std::to_string(b.size()) + " elements)";
        for (std::size_t i = 0; i != a.size(); ++i)
            if (auto d = first_difference(a[i], b[i], path + "[" + std::to_string(i) + "]")) return d;
        return std::nullopt;
    } else if constexpr (awsjobs::is_one_of<T>::value) {
        if (a.index() != b.index()) return path + " (alternative '" + std::string(a.key()) + "' vs '" + std::string(b.key()) + "')";
        return std::visit(
            [&](const auto& x) -> std::optional<std::string> {
                using X = std::remove_cvref_t<decltype(x)>;
                return first_difference(x, *std::get_if<X>(&b.as_variant()), path + "." + std::string(a.key()));
            },
            a.as_variant());
    } else if constexpr (boost::describe::has_describe_members<T>::value) {
        std::optional<std::string> found;
        boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto D) {
            if (!found) found = first_difference(a.*D.pointer, b.*D.pointer, path + "." + D.name);
        });
        return found;
    } else {
        return a == b ? std::nullopt : std::optional<std::string>(path);
    }
}

// ---------------------------------------------------------------------------
// cli_interop.py's files, read and written with awsjobs itself

struct case_headers {
    std::optional<std::string> error_type;
};
BOOST_DESCRIBE_STRUCT(case_headers, (), (error_type))
constexpr std::string_view awsjobs_json_member_name(const case_headers*, std::string_view member) {
    return member == "error_type" ? "x-amzn-ErrorType" : member;
}

struct case_file {
    std::string service;
    std::string operation;
    std::string job_id;
    int status = 200;
    case_headers headers;
    std::string body_file;
};
BOOST_DESCRIBE_STRUCT(case_file, (), (service, operation, job_id, status, headers, body_file))

/// NAME.cli-error.json: the CLI's exit code, the error code in its message, its stderr.
struct cli_error {
    int exit_code = 0;
    std::optional<std::string> error_code;
    std::string stderr_text;
};
BOOST_DESCRIBE_STRUCT(cli_error, (), (exit_code, error_code, stderr_text))
constexpr std::string_view awsjobs_json_member_name(const cli_error*, std::string_view member) {
    return member == "stderr_text" ? "stderr" : member;
}

std::optional<std::string> read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void write_file(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out.flush()) throw std::runtime_error("cannot write " + path.string());
}

int write_cases(const fs::path& dir) {
    fs::create_directories(dir);
    const auto cases = all_cases();
    for (const auto& c : cases) {
        case_file spec;
        spec.service = c.service;
        spec.operation = c.service == "dataexchange" ? "GetJob" : "GetImportJob";
        spec.job_id = c.name;
        spec.body_file = c.name + ".body.json";
        std::string body;
        if (const auto* e = std::get_if<error_response>(&c.response)) {
            spec.status = e->status;
            if (!e->error_type_header.empty()) spec.headers.error_type = e->error_type_header;
            body = e->body;
        } else if (const auto* job = std::get_if<dx::GetJobResponse>(&c.response)) {
            body = json::write(*job).value();
        } else {
            body = json::write(std::get<ses::GetImportJobResponse>(c.response)).value();
        }
        write_file(dir / spec.body_file, body);
        write_file(dir / (c.name + ".case.json"), json::write(spec, {.pretty = true}).value() + "\n");
    }
    std::cout << "awsjobs-cli-interop: wrote " << cases.size() << " cases to " << dir.string() << "\n";
    return 0;
}

// ---------------------------------------------------------------------------
// Checking the CLI's results

template <class T>
std::string pretty(const T& value) {
    return json::write(value, {.pretty = true}).value();
}

template <class Response>
std::string check_response(const Response& original, const fs::path& printed_file, const fs::path& error_file) {
    auto printed_text = read_file(printed_file);
    if (!printed_text) {
        const auto cli = read_file(error_file);
        return "the CLI printed no response" + (cli ? ":\n" + *cli : " (and no error either)");
    }
    if (printed_text->empty()) *printed_text = "{}";  // the CLI prints nothing for an empty response
    const auto printed = json::parse<Response>(std::move(*printed_text));
    if (!printed) return "awsjobs cannot read the CLI's output: " + printed.error().describe();
    const Response expected = as_printed_by_cli(original);
    if (*printed == expected) return {};
    return "differs at " + first_difference(expected, *printed, "$").value_or("? (operator== and the members disagree)") +
           "\nawsjobs wrote (normalised):\n" + pretty(expected) + "\nawsjobs read from the CLI:\n" + pretty(*printed);
}

/// "\nAn error occurred (CODE) when calling the OP operation (reached max retries: 0): MESSAGE\n" -> MESSAGE
std::optional<std::string> cli_message(const std::string& stderr_text) {
    const auto operation = stderr_text.find(" operation");
    const auto start = operation == std::string::npos ? operation : stderr_text.find("): ", operation);
    if (start == std::string::npos) return std::nullopt;
    std::string message = stderr_text.substr(start + 3);
    if (!message.empty() && message.back() == '\n') message.pop_back();
    return message;
}

template <class ServiceError>
std::string check_error(const error_response& sent, const fs::path& error_file, const fs::path& printed_file) {
    const auto text = read_file(error_file);
    if (!text) return "the CLI reported no error" + std::string(fs::exists(printed_file) ? " (it printed a response)" : "");
    const auto cli = json::parse<cli_error>(std::string_view(*text));
    if (!cli) return "cannot read " + error_file.string() + ": " + cli.error().describe();
    if (cli->exit_code != 254) return "the CLI exited with " + std::to_string(cli->exit_code) + ", not 254 (a service error):\n" + cli->stderr_text;
    if (!cli->error_code) return "no error code in the CLI's message:\n" + cli->stderr_text;

    const ServiceError mine = awsjobs::protocol::read_service_error<ServiceError>(sent.status, sent.error_type_header, sent.body);
    const std::string_view code = mine.code.wire_name();
    std::string problems;
    if (code != *cli->error_code) problems += "awsjobs names the code '" + std::string(code) + "', the CLI '" + *cli->error_code + "'\n";
    if (code != sent.code) problems += "awsjobs names the code '" + std::string(code) + "', the case expects '" + sent.code + "'\n";
    if (const auto message = cli_message(cli->stderr_text); message != mine.message)
        problems += "awsjobs reads the message '" + mine.message + "', the CLI prints '" + message.value_or("(none)") + "'\n";
    if (mine.message != sent.message) problems += "awsjobs reads the message '" + mine.message + "', not '" + sent.message + "'\n";
    // A listed code selects its exception shape; any other keeps the body.
    const bool listed = mine.code.is_known();
    if (listed == std::holds_alternative<awsjobs::unknown_error>(mine.details))
        problems += "the details do not match the code '" + std::string(code) + "'\n";
    return problems;
}

int check_results(const fs::path& out) {
    if (const auto version = read_file(out / "_cli_version.txt")) std::cout << "awsjobs-cli-interop: " << *version;
    int failures = 0;
    const auto cases = all_cases();
    for (const auto& c : cases) {
        const fs::path printed = out / (c.name + ".cli.json");
        const fs::path error = out / (c.name + ".cli-error.json");
        const std::string problem = std::visit(
            [&](const auto& r) {
                using R = std::remove_cvref_t<decltype(r)>;
                if constexpr (!std::is_same_v<R, error_response>)
                    return check_response(r, printed, error);
                else if (c.service == "dataexchange")
                    return check_error<dx::GetJobError>(r, error, printed);
                else
                    return check_error<ses::GetImportJobError>(r, error, printed);
            },
            c.response);
        if (problem.empty()) {
            std::cout << "ok    " << c.name << "\n";
        } else {
            ++failures;
            std::cout << "FAIL  " << c.name << ": " << problem << "\n";
        }
    }
    std::cout << "awsjobs-cli-interop: " << cases.size() - failures << " of " << cases.size() << " cases came back equal\n";
    return failures == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string_view> args(argv + 1, argv + argc);
    try {
        if (args.size() == 2 && args[0] == "write") return write_cases(args[1]);
        if (args.size() == 2 && args[0] == "check") return check_results(args[1]);
    } catch (const std::exception& e) {
        std::cerr << "awsjobs-cli-interop: " << e.what() << "\n";
        return 2;
    }
    std::cerr << "usage: awsjobs-cli-interop write CASES_DIR | check OUT_DIR\n";
    return 2;
}

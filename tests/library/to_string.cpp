// to_string and operator<< print what the wire carries, found by argument-dependent lookup.
#include <awsjobs/awsjobs.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <sstream>
#include <string>

namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;
namespace json = awsjobs::json;

namespace {
template <class T>
std::string streamed(const T& value) {
    std::ostringstream out;
    out << value;  // unqualified: found by argument-dependent lookup, as in users' code
    return out.str();
}
}  // namespace

TEST_CASE("enumerators print their wire names") {
    CHECK(to_string(dx::State::ERROR_) == "ERROR");
    CHECK(to_string(dx::ServerSideEncryptionTypes::aws_kms) == "aws:kms");
    CHECK(to_string(dx::JobErrorLimitName::Assets_per_revision) == "Assets per revision");
    CHECK(streamed(dx::State::COMPLETED) == "COMPLETED");
    CHECK(streamed(dx::State::ERROR_) == "ERROR");
    CHECK(streamed(ses::JobStatus::FAILED) == "FAILED");
    CHECK(streamed(dx::GetJobErrorCode::ThrottlingException) == "ThrottlingException");
    CHECK(to_string(ses::GetImportJobErrorCode::NotFoundException) == "NotFoundException");
    CHECK(awsjobs::to_string_view(dx::Type::IMPORT_ASSETS_FROM_S3) == "IMPORT_ASSETS_FROM_S3");
}

TEST_CASE("a value that is no enumerator prints as its number, never as nothing") {
    const auto stray = static_cast<dx::State>(42);
    CHECK(awsjobs::to_string_view(stray).empty());
    CHECK(streamed(stray) == "42");
}

TEST_CASE("open enums print the wire string, known or not") {
    using open = awsjobs::open_enum<dx::ServerSideEncryptionTypes>;
    CHECK(to_string(open(dx::ServerSideEncryptionTypes::aws_kms)) == "aws:kms");
    CHECK(to_string(open::from_wire("aws:kms:dsse")) == "aws:kms:dsse");
    CHECK(streamed(open::from_wire("aws:kms:dsse")) == "aws:kms:dsse");
    CHECK(streamed(awsjobs::open_enum<dx::ProtocolType, std::string_view>(dx::ProtocolType::REST)) == "REST");
}

TEST_CASE("timestamps print as ISO 8601 in UTC, whatever their wire format") {
    using namespace std::chrono;
    const awsjobs::epoch_timestamp epoch(sys_seconds(seconds(1597251915)) + milliseconds(243));
    CHECK(to_string(epoch) == "2020-08-12T17:05:15.243Z");
    CHECK(streamed(epoch) == "2020-08-12T17:05:15.243Z");
    const awsjobs::iso8601_timestamp iso(sys_days(2019y / 10 / 11) + hours(14) + minutes(12) + seconds(24));
    CHECK(streamed(iso) == to_string(iso));
}

TEST_CASE("errors print code, offset, path and message") {
    const auto parsed = json::parse<dx::view::GetJobResponse>(std::string_view(R"({"Id":7})"));
    REQUIRE_FALSE(parsed);
    CHECK(to_string(parsed.error()) == "type_mismatch at offset 6, $.Id: expected string, got number");
    CHECK(streamed(parsed.error()) == to_string(parsed.error()));
}

TEST_CASE("the version macros agree with each other") {
    CHECK(AWSJOBS_VERSION == AWSJOBS_VERSION_MAJOR * 10000 + AWSJOBS_VERSION_MINOR * 100 + AWSJOBS_VERSION_PATCH);
    CHECK(std::string(AWSJOBS_VERSION_STRING) == std::to_string(AWSJOBS_VERSION_MAJOR) + "." +
                                                     std::to_string(AWSJOBS_VERSION_MINOR) + "." +
                                                     std::to_string(AWSJOBS_VERSION_PATCH));
}

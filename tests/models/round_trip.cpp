// Fully populated instances of every request and response shape write and read back equal,
// covering every member, every union alternative, every enum value, an unknown
// enum value and an unknown union member.
#include "support.hpp"

#include <boost/mp11/algorithm.hpp>

#include <random>
#include <set>

using namespace model_tests;
namespace json = awsjobs::json;
namespace jd = awsjobs::json::detail;
namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;
namespace iex = awsjobs::importexport;

namespace {

/// Fills every member of a model value. Each union and enum position picks an
/// alternative or value, or an unknown one, from a generator seeded by `variant`;
/// over all variants every alternative and value turns up (check_coverage proves it).
class populator {
public:
    explicit populator(std::size_t variant) : choices_(static_cast<std::uint_fast32_t>(variant * 7919 + 1)) {}

    template <class T>
    void fill(T& value) {
        ++counter_;
        if constexpr (std::is_same_v<T, std::string>) {
            value = "text-" + std::to_string(counter_) + " \"quoted\" \xc3\xa9\xf0\x9f\x93\x8a/\n";
        } else if constexpr (std::is_same_v<T, bool>) {
            value = counter_ % 2 == 0;
        } else if constexpr (std::is_same_v<T, std::int32_t>) {
            value = static_cast<std::int32_t>(counter_ * 1000003 % 2147483647) * (counter_ % 2 ? 1 : -1);
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
            value = (counter_ * 1000000007LL + 4294967296LL) * (counter_ % 2 ? 1 : -1);
        } else if constexpr (std::is_same_v<T, double>) {
            value = static_cast<double>(counter_) / 7.0;
        } else if constexpr (awsjobs::is_timestamp<T>::value) {
            value = T(std::chrono::sys_seconds(std::chrono::seconds(1600000000 + counter_ * 86399)),
                      std::chrono::nanoseconds(counter_ * 1000000 % 1000000000));
        } else if constexpr (awsjobs::is_open_enum<T>::value) {
            using E = typename T::enum_type;
            const std::size_t pick = choose(jd::enum_info<E>::size + 1);
            value = pick < jd::enum_info<E>::size ? T(jd::enum_info<E>::values[pick]) : T::from_wire("FUTURE_VALUE");
        } else if constexpr (jd::is_optional_like<T>::value) {
            fill(value.emplace());
        } else if constexpr (jd::is_vector<T>::value) {
            value.resize(2);
            for (auto& item : value) fill(item);
        } else if constexpr (awsjobs::is_map<T>::value) {
            for (int entry = 0; entry != 2; ++entry) {  // a key drawn twice keeps one entry
                typename T::key_type key;
                fill(key);
                fill(value[key]);
            }
        } else if constexpr (awsjobs::is_one_of<T>::value) {
            constexpr std::size_t count = T::keys.size();
            const std::size_t pick = choose(count + 1);
            if (pick == count) {
                value = awsjobs::unknown_alternative{"FutureAlternative", R"({"Nested":[1,"two",{"three":null}]})"};
                return;
            }
            boost::mp11::mp_with_index<count>(pick, [&](auto I) { fill(value.template emplace<I + 1>()); });
        } else {
            using info = jd::struct_info<T>;
            boost::mp11::mp_for_each<typename info::members>([&](auto D) { fill(value.*D.pointer); });
        }
    }

private:
    std::size_t choose(std::size_t choices) { return choices_() % choices; }

    std::minstd_rand choices_;
    long long counter_ = 0;
};

constexpr std::size_t variants = 64;

template <class Owning, class View>
void check_round_trips(std::set<std::string>& wire_values_seen) {
    for (std::size_t variant = 0; variant != variants; ++variant) {
        CAPTURE(variant);
        Owning original;
        populator(variant).fill(original);
        CHECK(awsjobs::check_required(original).empty());
        const std::string written = write_ok(original);
        const auto back = read_ok<Owning>(written);
        CHECK(back == original);
        CHECK(write_ok(back) == written);
        // The zero-copy flavour reads and writes the same.
        auto view = json::parse<View>(written);
        REQUIRE(view);
        CHECK(write_ok(*view) == written);
        wire_values_seen.insert(written);
    }
}

bool appears(const std::set<std::string>& outputs, const std::string& needle) {
    for (const auto& text : outputs)
        if (text.find(needle) != std::string::npos) return true;
    return false;
}

/// Every enum value of the registry, and every union key, appears in some output.
template <class Registry>
void check_coverage(const std::set<std::string>& outputs) {
    boost::mp11::mp_for_each<Registry>([&](auto entry) {
        using T = typename decltype(entry)::type;
        if constexpr (jd::described_enum<T>) {
            for (auto name : jd::enum_info<T>::names)
                CHECK_MESSAGE(appears(outputs, "\"" + std::string(name) + "\""), entry.name, " value ", name, " never written");
        } else if constexpr (awsjobs::is_one_of<T>::value) {
            for (auto key : T::keys)
                CHECK_MESSAGE(appears(outputs, "\"" + std::string(key) + "\":"), entry.name, " alternative ", key, " never written");
        }
    });
    CHECK(appears(outputs, "\"FUTURE_VALUE\""));
}

}  // namespace

TEST_CASE("dataexchange: every shape round-trips fully populated") {
    std::set<std::string> outputs;
    check_round_trips<dx::GetJobResponse, dx::view::GetJobResponse>(outputs);
    check_round_trips<dx::GetJobRequest, dx::view::GetJobRequest>(outputs);
    check_round_trips<dx::ResourceNotFoundException, dx::view::ResourceNotFoundException>(outputs);
    check_round_trips<dx::ValidationException, dx::view::ValidationException>(outputs);
    check_round_trips<dx::ThrottlingException, dx::view::ThrottlingException>(outputs);
    check_round_trips<dx::InternalServerException, dx::view::InternalServerException>(outputs);
    check_round_trips<dx::AccessDeniedException, dx::view::AccessDeniedException>(outputs);
    check_round_trips<dx::ConflictException, dx::view::ConflictException>(outputs);
    check_round_trips<dx::CreateJobRequest, dx::view::CreateJobRequest>(outputs);
    check_round_trips<dx::CreateJobResponse, dx::view::CreateJobResponse>(outputs);
    check_round_trips<dx::StartJobRequest, dx::view::StartJobRequest>(outputs);
    check_round_trips<dx::StartJobResponse, dx::view::StartJobResponse>(outputs);
    check_round_trips<dx::ListJobsRequest, dx::view::ListJobsRequest>(outputs);
    check_round_trips<dx::ListJobsResponse, dx::view::ListJobsResponse>(outputs);
    check_round_trips<dx::CancelJobRequest, dx::view::CancelJobRequest>(outputs);
    check_coverage<dx::shapes>(outputs);
    CHECK(appears(outputs, R"("FutureAlternative":{"Nested":[1,"two",{"three":null}]})"));
}

TEST_CASE("sesv2: every shape round-trips fully populated") {
    std::set<std::string> outputs;
    check_round_trips<ses::GetImportJobResponse, ses::view::GetImportJobResponse>(outputs);
    check_round_trips<ses::GetImportJobRequest, ses::view::GetImportJobRequest>(outputs);
    check_round_trips<ses::BadRequestException, ses::view::BadRequestException>(outputs);
    check_round_trips<ses::NotFoundException, ses::view::NotFoundException>(outputs);
    check_round_trips<ses::TooManyRequestsException, ses::view::TooManyRequestsException>(outputs);
    check_round_trips<ses::LimitExceededException, ses::view::LimitExceededException>(outputs);
    check_round_trips<ses::CreateImportJobRequest, ses::view::CreateImportJobRequest>(outputs);
    check_round_trips<ses::CreateImportJobResponse, ses::view::CreateImportJobResponse>(outputs);
    check_round_trips<ses::ListImportJobsRequest, ses::view::ListImportJobsRequest>(outputs);
    check_round_trips<ses::ListImportJobsResponse, ses::view::ListImportJobsResponse>(outputs);
    check_round_trips<ses::CreateExportJobResponse, ses::view::CreateExportJobResponse>(outputs);
    check_round_trips<ses::GetExportJobRequest, ses::view::GetExportJobRequest>(outputs);
    check_round_trips<ses::ListExportJobsRequest, ses::view::ListExportJobsRequest>(outputs);
    check_round_trips<ses::ListExportJobsResponse, ses::view::ListExportJobsResponse>(outputs);
    check_round_trips<ses::CancelExportJobRequest, ses::view::CancelExportJobRequest>(outputs);
    check_round_trips<ses::CancelExportJobResponse, ses::view::CancelExportJobResponse>(outputs);
    check_round_trips<ses::CreateExportJobRequest, ses::view::CreateExportJobRequest>(outputs);
    check_round_trips<ses::GetExportJobResponse, ses::view::GetExportJobResponse>(outputs);
    check_coverage<ses::shapes>(outputs);
}

TEST_CASE("importexport: every shape round-trips fully populated") {
    std::set<std::string> outputs;
    check_round_trips<iex::GetStatusOutput, iex::view::GetStatusOutput>(outputs);
    check_round_trips<iex::GetStatusInput, iex::view::GetStatusInput>(outputs);
    check_round_trips<iex::InvalidJobIdException, iex::view::InvalidJobIdException>(outputs);
    check_round_trips<iex::CreateJobInput, iex::view::CreateJobInput>(outputs);
    check_round_trips<iex::CreateJobOutput, iex::view::CreateJobOutput>(outputs);
    check_round_trips<iex::ListJobsInput, iex::view::ListJobsInput>(outputs);
    check_round_trips<iex::ListJobsOutput, iex::view::ListJobsOutput>(outputs);
    check_round_trips<iex::CancelJobInput, iex::view::CancelJobInput>(outputs);
    check_round_trips<iex::CancelJobOutput, iex::view::CancelJobOutput>(outputs);
    check_round_trips<iex::UpdateJobInput, iex::view::UpdateJobInput>(outputs);
    check_round_trips<iex::UpdateJobOutput, iex::view::UpdateJobOutput>(outputs);
    check_round_trips<iex::GetShippingLabelInput, iex::view::GetShippingLabelInput>(outputs);
    check_round_trips<iex::GetShippingLabelOutput, iex::view::GetShippingLabelOutput>(outputs);
    check_coverage<iex::shapes>(outputs);
}

TEST_CASE("wire fidelity: SES v2 timestamps are numbers, Data Exchange and Import/Export ones ISO 8601 strings") {
    const auto instant = utc(2020, 8, 12, 17, 5, 15, 243);
    ses::GetImportJobResponse ses_job;
    ses_job.CreatedTimestamp = instant;
    CHECK(write_ok(ses_job) == R"({"CreatedTimestamp":1597251915.243})");
    dx::GetJobResponse dx_job;
    dx_job.CreatedAt = instant;
    CHECK(write_ok(dx_job) == R"({"CreatedAt":"2020-08-12T17:05:15.243Z"})");
    iex::GetStatusOutput status;
    status.CreationDate = instant;
    CHECK(write_ok(status) == R"({"CreationDate":"2020-08-12T17:05:15.243Z"})");
    // Whatever form arrives, the member's own wire format goes out.
    CHECK(write_ok(read_ok<ses::GetImportJobResponse>(R"({"CreatedTimestamp":"2020-08-12T17:05:15.243+00:00"})")) ==
          R"({"CreatedTimestamp":1597251915.243})");
    CHECK(write_ok(read_ok<dx::GetJobResponse>(R"({"CreatedAt":1597251915.243})")) ==
          R"({"CreatedAt":"2020-08-12T17:05:15.243Z"})");
}

TEST_CASE("real responses that omit required members read, and the strict check names each one") {
    // A real get-job output for an API Gateway import carries only these five members of its details.
    const auto job = read_ok<dx::GetJobResponse>(
        R"({"Id":"a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4","Type":"IMPORT_ASSET_FROM_API_GATEWAY_API","State":"COMPLETED",)"
        R"("Details":{"ImportAssetFromApiGatewayApi":{"ApiId":"abc123","DataSetId":"d1","ProtocolType":"REST",)"
        R"("RevisionId":"r1","Stage":"prod"}}})");
    const auto& details = std::get<dx::ImportAssetFromApiGatewayApiResponseDetails>(*job.Details);
    CHECK(details.ApiId == "abc123");
    CHECK(details.ProtocolType == dx::ProtocolType::REST);
    std::vector<std::string> paths;
    for (const auto& missing : awsjobs::check_required(job)) {
        CHECK(missing.code == awsjobs::errc::missing_required);
        paths.push_back(missing.path);
    }
    const std::string base = "$.Details.ImportAssetFromApiGatewayApi.";
    CHECK(paths == std::vector<std::string>{base + "ApiName", base + "ApiSpecificationMd5Hash",
                                            base + "ApiSpecificationUploadUrl", base + "ApiSpecificationUploadUrlExpiresAt"});
    // Nothing is invented on the way back out.
    CHECK(write_ok(job).find("ApiName") == std::string::npos);
}

TEST_CASE("every model type compares with operator==") {
    dx::GetJobResponse a, b;
    populator(5).fill(a);
    populator(5).fill(b);
    CHECK(a == b);
    (*b.Errors)[1].Message = "changed";
    CHECK(a != b);
}

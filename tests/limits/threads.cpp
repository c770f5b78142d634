// Several threads parse, write and read service errors at once, sharing input texts
// and values: each must get exactly what one thread alone gets. Run under
// ThreadSanitizer by the tsan preset (label `threads`).
#include <awsjobs/awsjobs.hpp>
#include <doctest/doctest.h>

#include <atomic>
#include <fstream>
#include <iterator>
#include <latch>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;
namespace json = awsjobs::json;

std::string sample(const std::string& name) {
    std::ifstream in(std::string(AWSJOBS_TEST_DATA) + "/samples/" + name, std::ios::binary);
    REQUIRE(in);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// What a newer service may send: unknown enum values and an unknown alternative.
constexpr std::string_view future_job =
    R"({"Id":"j","State":"FUTURE","Details":{"ImportAssetsFromMars":{"Rover":["P\u00e9r",1.5e3,null]}},)"
    R"("Errors":[{"Code":"NEW_CODE","Message":"m","LimitValue":1e21,"ResourceType":"PLANET"}],)"
    R"("CreatedAt":"2019-10-11T14:12:24.123456789+02:00"})";

}  // namespace

TEST_CASE("threads parse and write concurrently without interfering") {
    const std::string job_text = sample("dataexchange-adx-userguide-job-resource.json");
    const std::string import_text = sample("sesv2-ses-devguide-2020-get-import-job.json");
    const std::string future_text(future_job);
    const std::string error_body = R"({"Message":"Job j not found.","ResourceId":"j","ResourceType":"JOB"})";

    // The answers, computed by one thread first.
    const dx::GetJobResponse job = json::parse<dx::GetJobResponse>(std::string_view(job_text)).value();
    const ses::GetImportJobResponse import = json::parse<ses::GetImportJobResponse>(std::string_view(import_text)).value();
    const dx::GetJobResponse future = json::parse<dx::GetJobResponse>(std::string_view(future_text)).value();
    const std::string job_json = json::write(job).value();
    const std::string import_json = json::write(import, {.pretty = true}).value();
    const std::string future_json = json::write(future).value();
    const auto not_found = awsjobs::protocol::read_service_error<dx::GetJobError>(404, "ResourceNotFoundException:http://x/", error_body);
    const awsjobs::error type_error = json::parse<dx::GetJobResponse>(std::string_view(R"({"Id":7})")).error();

    constexpr int thread_count = 4;
    constexpr int rounds = 200;
    std::atomic<int> mismatches{0};
    std::latch start(thread_count);
    std::vector<std::thread> threads;
    for (int t = 0; t != thread_count; ++t) {
        threads.emplace_back([&] {
            auto expect = [&](bool ok) {
                if (!ok) ++mismatches;
            };
            start.arrive_and_wait();  // all at once, for the most overlap
            for (int round = 0; round != rounds; ++round) {
                // Owning parses of shared text (each copies it), and writes of shared values.
                const auto j = json::parse<dx::GetJobResponse>(std::string_view(job_text));
                expect(j && *j == job);
                expect(json::write(job).value() == job_json);
                const auto i = json::parse<ses::GetImportJobResponse>(std::string_view(import_text));
                expect(i && *i == import);
                expect(json::write(import, {.pretty = true}).value() == import_json);
                const auto f = json::parse<dx::GetJobResponse>(std::string_view(future_text));
                expect(f && *f == future && json::write(*f).value() == future_json);

                // Zero-copy parses of a private buffer.
                std::string buffer = future_text;
                const auto view = json::parse_in_place<dx::view::GetJobResponse>(buffer);
                expect(view && json::write(*view).value() == future_json);

                // Errors: service errors, and a parse error with its message and category.
                const auto e = awsjobs::protocol::read_service_error<dx::GetJobError>(404, "ResourceNotFoundException:http://x/", error_body);
                expect(e == not_found);
                const auto bad = json::parse<dx::GetJobResponse>(std::string_view(R"({"Id":7})"));
                expect(!bad && bad.error() == type_error);
                expect(awsjobs::make_error_code(bad.error().code).message() == "type_mismatch");
            }
        });
    }
    for (auto& thread : threads) thread.join();
    CHECK(mismatches == 0);
}

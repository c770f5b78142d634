// Memory per input byte: the worst documents for each response type, measured by
// counting what the parse allocates (a replaced operator new keeps the peak of live
// bytes), and the read_options that cap it. README.md ("Memory") quotes the figures.
#include <awsjobs/awsjobs.hpp>
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdlib>
#include <new>
#include <optional>
#include <string>
#include <string_view>

namespace {

// Live and peak bytes of every heap allocation in this program (single-threaded).
std::size_t live_bytes = 0;
std::size_t peak_bytes = 0;

// Each block starts with its size, in a header that keeps the alignment new promises.
constexpr std::size_t header = alignof(std::max_align_t);

}  // namespace

// GCC sees through the replacement to malloc/free and mistakes the pair for a mismatch.
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
void* operator new(std::size_t size) {
    auto* block = static_cast<char*>(std::malloc(size + header));
    if (!block) throw std::bad_alloc();
    *reinterpret_cast<std::size_t*>(block) = size;
    live_bytes += size;
    if (live_bytes > peak_bytes) peak_bytes = live_bytes;
    return block + header;
}
void operator delete(void* p) noexcept {
    if (!p) return;
    char* block = static_cast<char*>(p) - header;
    live_bytes -= *reinterpret_cast<std::size_t*>(block);
    std::free(block);
}
void operator delete(void* p, std::size_t) noexcept { operator delete(p); }

namespace {

namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;
namespace iie = awsjobs::importexport;
namespace json = awsjobs::json;

/// The most bytes allocated at once while `f` runs, beyond what was live before.
template <class F>
std::size_t peak_while(F&& f) {
    const std::size_t before = live_bytes;
    peak_bytes = live_bytes;
    f();
    return peak_bytes - before;
}

/// `prefix`, `count` times `element` (comma-separated), `suffix`.
std::string repeated(std::string_view prefix, std::string_view element, std::string_view suffix, std::size_t count) {
    std::string text(prefix);
    text.reserve(prefix.size() + count * (element.size() + 1) + suffix.size());
    for (std::size_t i = 0; i != count; ++i) (text += element) += ',';
    text.pop_back();
    return text += suffix;
}

/// Peak bytes per input byte of reading `text` into T in place (the caller's buffer:
/// json::parse(std::string_view) adds one copy of the input, one byte per byte).
template <class T>
double bytes_per_input_byte(std::string text) {
    const std::size_t size = text.size();
    bool read = false;
    const std::size_t peak = peak_while([&] { read = json::parse_in_place<T>(text).has_value(); });
    CHECK(read);
    return static_cast<double>(peak) / static_cast<double>(size);
}

/// The worst of bytes_per_input_byte over lists of about 200,000 `element`s. Vectors
/// double their capacity from a first one of 256 bytes' worth of elements, so one
/// element more than c * 2^k (c = 1, 3, 5 or 7) makes the last reallocation hold the
/// old array and the new one, twice as large, for a list just past the old size.
template <class T>
double worst_bytes_per_input_byte(std::string_view prefix, std::string_view element, std::string_view suffix,
                                  const char* what) {
    double worst = 0;
    for (const std::size_t c : {1, 3, 5, 7}) {
        std::size_t capacity = c;
        while (capacity < 150000) capacity *= 2;
        worst = std::max(worst, bytes_per_input_byte<T>(repeated(prefix, element, suffix, capacity + 1)));
    }
    MESSAGE(std::string(what) << ": " << worst << " bytes per input byte");
    return worst;
}

constexpr std::size_t megabyte = 1 << 20;

}  // namespace

// The figures in README.md come from this test (g++ 12, libstdc++, x86-64). Each bound
// is the figure rounded up, so that a change that costs more memory per element fails
// here; libc++'s smaller strings stay below them.
TEST_CASE("the worst case of each response type, in bytes of memory per input byte") {
    // GetJob: a list element of three bytes (`{},`) is a whole C++ value, a JobError
    // of 320 bytes (240 zero-copy); at the peak a vector holds 1.5 times as many.
    CHECK(worst_bytes_per_input_byte<dx::GetJobResponse>(R"({"Errors":[)", "{}", "]}", "GetJob owning, Errors:[{},...]") <
          321);
    CHECK(worst_bytes_per_input_byte<dx::view::GetJobResponse>(R"({"Errors":[)", "{}", "]}",
                                                               "GetJob zero-copy, Errors:[{},...]") < 241);
    CHECK(worst_bytes_per_input_byte<dx::GetJobResponse>(R"({"Details":{"ImportAssetsFromS3":{"AssetSources":[)", "{}",
                                                         "]}}}", "GetJob owning, AssetSources:[{},...]") < 81);
    CHECK(worst_bytes_per_input_byte<dx::GetJobResponse>(
              R"({"Details":{"CreateS3DataAccessFromS3Bucket":{"AssetSource":{"Keys":[)", "\"\"", "]}}}}",
              "GetJob owning, Keys:[\"\",...]") < 33);
    CHECK(worst_bytes_per_input_byte<iie::GetStatusOutput>(R"({"ArtifactList":[)", "{}", "]}",
                                                           "GetStatus owning, ArtifactList:[{},...]") < 81);
    // SES v2 GetImportJob has no lists: its strings cost at most their own length.
    const std::string long_id = R"({"JobId":")" + std::string(megabyte, 'j') + R"("})";
    CHECK(bytes_per_input_byte<ses::GetImportJobResponse>(long_id) < 1.01);
    CHECK(bytes_per_input_byte<ses::view::GetImportJobResponse>(long_id) == 0);
}

TEST_CASE("a service error body costs a few bytes per input byte") {
    const std::string body = R"({"Message":")" + std::string(megabyte, 'm') + R"("})";
    const double ratio = static_cast<double>(peak_while([&] {
                             CHECK(awsjobs::protocol::read_service_error<dx::GetJobError>(404, "ResourceNotFoundException", body).message.size() == megabyte);
                         })) /
                         static_cast<double>(body.size());
    MESSAGE("read_service_error, a 1 MB Message: " << ratio << " bytes per input byte");
    CHECK(ratio < 4.1);  // the body's copy for each of the two reads, the message, the shape's Message
}

TEST_CASE("10 MB of {\"Errors\":[{},{},...]} fails fast under max_elements, with little memory") {
    std::string text = repeated(R"({"Errors":[)", "{}", "]}", 10 * megabyte / 3);
    const json::read_options options{.max_elements = 10000};
    std::optional<awsjobs::result<dx::GetJobResponse>> result;
    const auto start = std::chrono::steady_clock::now();
    const std::size_t peak = peak_while([&] { result.emplace(json::parse_in_place<dx::GetJobResponse>(text, options)); });
    const auto took = std::chrono::steady_clock::now() - start;
    const auto& parsed = *result;
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().code == awsjobs::errc::too_many_elements);
    CHECK(parsed.error().path == "$.Errors[10000]");
    CHECK(parsed.error().offset == 11 + 3 * 10000);  // the `{` of element 10,000
    CHECK(parsed.error().describe() ==
          "too_many_elements at offset 30011, $.Errors[10000]: more array elements than read_options::max_elements allows");
    MESSAGE("10 MB, max_elements 10000: " << peak << " bytes at the peak, "
                                          << std::chrono::duration<double, std::milli>(took).count() << " ms");
    // Without the limit this input takes about 2 GB (see above); with it, the 10,000
    // elements read, the vector's spare capacity, and the reader's own few kilobytes.
    CHECK(peak < 16384 * sizeof(dx::JobError) * 3);
}

TEST_CASE("max_elements counts the elements of every list, not of each one") {
    const json::read_options options{.max_elements = 3};
    CHECK(json::parse<dx::GetJobResponse>(
        std::string_view(R"({"Errors":[{},{"Details":{"ImportAssetsFromS3JobErrorDetails":[{}]}}]})"), options));
    const auto nested = json::parse<dx::GetJobResponse>(
        std::string_view(R"({"Errors":[{},{"Details":{"ImportAssetsFromS3JobErrorDetails":[{},{}]}}]})"), options);
    REQUIRE_FALSE(nested);
    CHECK(nested.error().code == awsjobs::errc::too_many_elements);
    CHECK(nested.error().path == "$.Errors[1].Details.ImportAssetsFromS3JobErrorDetails[1]");
    // Lists of members the model does not know are skipped: they cost nothing and do not count.
    CHECK(json::parse<dx::GetJobResponse>(std::string_view(R"({"Future":[1,2,3,4,5],"Errors":[{},{},{}]})"), options));
    // Nor does the limit hide a syntax error further on.
    CHECK(json::parse<dx::GetJobResponse>(std::string_view(R"({"Errors":[{},{},{},{}]]})"), options).error().code ==
          awsjobs::errc::syntax);
}

TEST_CASE("max_input_size refuses a longer input before reading or copying any of it") {
    std::string text = repeated(R"({"Errors":[)", "{}", "]}", 10 * megabyte / 3);
    const json::read_options options{.max_input_size = megabyte};
    std::optional<awsjobs::result<dx::GetJobResponse>> result;
    CHECK(peak_while([&] { result.emplace(json::parse_in_place<dx::GetJobResponse>(text, options)); }) < 1024);
    const auto& in_place = *result;
    REQUIRE_FALSE(in_place);
    CHECK(in_place.error().code == awsjobs::errc::input_too_large);
    CHECK(in_place.error().offset == megabyte);
    CHECK(in_place.error().path == "$");
    CHECK(in_place.error().message ==
          "the input is " + std::to_string(text.size()) + " bytes, more than read_options::max_input_size (1048576)");

    std::size_t copy_peak = peak_while([&] {
        const auto copied = json::parse<dx::GetJobResponse>(std::string_view(text), options);
        CHECK(copied.error().code == awsjobs::errc::input_too_large);
    });
    CHECK(copy_peak < 1024);
    // At the limit exactly, the input is read.
    const json::read_options exact{.max_input_size = text.size()};
    CHECK(json::parse<dx::view::GetJobResponse>(std::string_view(text), exact));

    // read_service_error takes the same options: the body is refused, the header's code kept.
    const auto e = awsjobs::protocol::read_service_error<dx::GetJobError>(429, "ThrottlingException", text, options);
    CHECK(e.code == dx::GetJobErrorCode::ThrottlingException);
    REQUIRE(e.body_error);
    CHECK(e.body_error->code == awsjobs::errc::input_too_large);
}

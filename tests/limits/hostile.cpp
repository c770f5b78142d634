// Hostile input: absurd nesting, numbers with 10,000 digits, 50 MB strings. Each must
// be read or refused cleanly (an error with its code, offset and path; no crash, no
// stack overflow: these tests also run under AddressSanitizer, whose stack frames are
// larger) and in linear time. Time is not asserted here (a loaded machine or an -O0
// sanitizer build is slow without being wrong): quadratic behaviour at these sizes takes
// hours, which the test's TIMEOUT (tests/limits/CMakeLists.txt) turns into a failure;
// tests/limits/scaling.cpp checks linear growth deterministically.
#include <awsjobs/awsjobs.hpp>
#include <doctest/doctest.h>

#include <cstdlib>
#include <string>
#include <variant>

namespace {

namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;
namespace json = awsjobs::json;

/// Parses a copy of `text` in place into T.
template <class T>
awsjobs::result<T> parse_copy(std::string text, const json::read_options& options = {}) {
    return json::parse_in_place<T>(text, options);
}

template <class T>
awsjobs::error parse_error(std::string text, const json::read_options& options = {}) {
    auto parsed = parse_copy<T>(std::move(text), options);
    REQUIRE_FALSE(parsed.has_value());
    return parsed.error();
}

/// "$" followed by `count` times `segment`.
std::string repeated_path(std::string start, std::string_view segment, std::size_t count) {
    for (std::size_t i = 0; i != count; ++i) start += segment;
    return start;
}

constexpr std::size_t deep = 100000;
const std::string deep_arrays = std::string(deep, '[') + std::string(deep, ']');

std::string deep_objects() {
    std::string text;
    for (std::size_t i = 0; i != deep; ++i) text += R"({"a":)";
    return text + "1" + std::string(deep, '}');
}

}  // namespace

TEST_CASE("100,000 levels of nesting stop at max_depth, wherever they are") {
    // The default limit is 128: the root object is level 1, so the 128th array fails.
    const auto skipped = parse_error<dx::GetJobResponse>(R"({"Unknown":)" + deep_arrays + "}");
    CHECK(skipped.code == awsjobs::errc::depth_exceeded);
    CHECK(skipped.offset == 11 + 127);
    CHECK(skipped.path == repeated_path("$.Unknown", "[0]", 126));

    const auto objects = parse_error<dx::GetJobResponse>(R"({"Unknown":)" + deep_objects() + "}");
    CHECK(objects.code == awsjobs::errc::depth_exceeded);
    CHECK(objects.path == repeated_path("$.Unknown", ".a", 126));

    // Captured as an unknown one_of alternative.
    const auto captured = parse_error<dx::GetJobResponse>(R"({"Details":{"Future":)" + deep_arrays + "}}");
    CHECK(captured.code == awsjobs::errc::depth_exceeded);
    CHECK(captured.path == repeated_path("$.Details.Future", "[0]", 125));

    // A wrong type at the root is reported first; the parser still runs through
    // the whole depth (iteratively) to rule out a syntax error.
    const auto root = parse_error<dx::GetJobResponse>(deep_arrays);
    CHECK(root.code == awsjobs::errc::type_mismatch);
    CHECK(root.offset == 0);
}

TEST_CASE("max_depth is capped at max_depth_limit, which bounds the stack") {
    // RapidJSON recurses once per level: the cap keeps a parse within the stack
    // whatever max_depth asks for.
    constexpr std::size_t limit = json::read_options::max_depth_limit;
    const json::read_options unlimited{.max_depth = 2 * deep};
    const auto capped = parse_error<dx::GetJobResponse>(R"({"Unknown":)" + deep_arrays + "}", unlimited);
    CHECK(capped.code == awsjobs::errc::depth_exceeded);
    CHECK(capped.offset == 11 + limit - 1);
    CHECK(parse_error<dx::GetJobResponse>(R"({"Unknown":)" + deep_objects() + "}", unlimited).code ==
          awsjobs::errc::depth_exceeded);

    // Up to the cap, every level is read: the root object and limit - 1 arrays.
    const auto nested = [](std::size_t levels) { return std::string(levels, '[') + std::string(levels, ']'); };
    CHECK(parse_copy<dx::GetJobResponse>(R"({"Unknown":)" + nested(limit - 1) + "}", unlimited).has_value());
    CHECK(parse_error<dx::GetJobResponse>(R"({"Unknown":)" + nested(limit) + "}", unlimited).code ==
          awsjobs::errc::depth_exceeded);

    // An unknown alternative keeps all its levels and writes them back.
    const std::string text = R"({"Details":{"Future":)" + nested(limit - 2) + "}}";
    const auto job = parse_copy<dx::GetJobResponse>(text, unlimited);
    REQUIRE(job);
    const auto* future = std::get_if<awsjobs::unknown_alternative>(&*job->Details);
    REQUIRE(future);
    CHECK(future->json == nested(limit - 2));
    CHECK(json::write(*job).value() == text);
}

TEST_CASE("past the depth limit, the rest of the input is still checked for syntax") {
    // Not JSON (one bracket too many at the very end): a syntax error, not depth_exceeded.
    const std::string text = R"({"Unknown":)" + deep_arrays + "]}";
    const auto e = parse_error<dx::GetJobResponse>(text);
    CHECK(e.code == awsjobs::errc::syntax);
    CHECK(e.offset == text.size() - 2);
}

TEST_CASE("unclosed nesting is a syntax error at the end of the input") {
    const std::string text = R"({"Unknown":)" + std::string(deep, '[');
    const auto e = parse_error<dx::GetJobResponse>(text);
    CHECK(e.code == awsjobs::errc::syntax);
    CHECK(e.offset == text.size());
}

TEST_CASE("a 10,000-digit number") {
    const std::string huge = "1" + std::string(9999, '0');
    // Beyond double's range: RapidJSON refuses it wherever it is, even in a member
    // that would be skipped.
    const auto integer = parse_error<ses::GetImportJobResponse>(R"({"ProcessedRecordsCount":)" + huge + "}");
    CHECK(integer.code == awsjobs::errc::out_of_range);
    CHECK(integer.offset == 25);
    CHECK(integer.path == "$.ProcessedRecordsCount");
    const auto floating = parse_error<dx::JobError>(R"({"LimitValue":)" + huge + "}");
    CHECK(floating.code == awsjobs::errc::out_of_range);
    CHECK(floating.path == "$.LimitValue");
    const auto skipped = parse_error<dx::JobError>(R"({"Unknown":)" + huge + "}");
    CHECK(skipped.code == awsjobs::errc::out_of_range);
    CHECK(skipped.path == "$.Unknown");
    const auto timestamp = parse_error<ses::GetImportJobResponse>(R"({"CreatedTimestamp":)" + huge + "}");
    CHECK(timestamp.code == awsjobs::errc::out_of_range);
    // 10,000 digits of exponent.
    const auto exponent = parse_error<dx::JobError>(R"({"LimitValue":1e)" + std::string(10000, '9') + "}");
    CHECK(exponent.code == awsjobs::errc::out_of_range);

    // 10,000 fractional digits are an ordinary number: the nearest double, or for a
    // timestamp the nearest nanosecond.
    const std::string fraction = "0." + std::string(10000, '7');
    const auto limit = parse_copy<dx::JobError>(R"({"LimitValue":)" + fraction + "}");
    REQUIRE(limit);
    CHECK(*limit->LimitValue == std::strtod(fraction.c_str(), nullptr));
    const auto created = parse_copy<ses::GetImportJobResponse>(R"({"CreatedTimestamp":1597251915.)" + std::string(10000, '7') + "}");
    REQUIRE(created);
    CHECK(created->CreatedTimestamp->seconds().time_since_epoch().count() == 1597251915);
    CHECK(created->CreatedTimestamp->subseconds().count() == 777777778);  // rounded half up at the 10th digit
}

TEST_CASE("a 50 MB string") {
    const std::string fifty_mb(50 * 1000 * 1000, 'x');

    // Valid: read whole, into an owning model or, without a copy, into a view.
    const auto owned = parse_copy<dx::GetJobResponse>(R"({"Id":")" + fifty_mb + R"(","State":"ERROR"})");
    REQUIRE(owned);
    CHECK(*owned->Id == fifty_mb);
    CHECK(*owned->State == dx::State::ERROR_);
    std::string buffer = R"({"Id":")" + fifty_mb + R"("})";
    const auto view = json::parse_in_place<dx::view::GetJobResponse>(buffer);
    REQUIRE(view);
    CHECK(view->Id->data() == buffer.data() + 7);
    CHECK(view->Id->size() == fifty_mb.size());
    // Escaped all along: 25 million escapes, unescaped in place.
    std::string escaped;
    for (std::size_t i = 0; i != fifty_mb.size() / 2; ++i) escaped += "\\n";
    const auto unescaped = parse_copy<dx::GetJobResponse>(R"({"Id":")" + escaped + R"("})");
    REQUIRE(unescaped);
    CHECK(*unescaped->Id == std::string(fifty_mb.size() / 2, '\n'));

    // Invalid at its very end: each is refused with the offset where it went wrong.
    const std::string open = R"({"Id":")" + fifty_mb;
    const auto unterminated = parse_error<dx::GetJobResponse>(open);
    CHECK(unterminated.code == awsjobs::errc::syntax);
    CHECK(unterminated.offset == open.size());

    // The offset is somewhere in the offending string (its opening quote or the bad byte).
    auto in_the_string = [&](const awsjobs::error& e) { return e.offset >= 6 && e.offset <= open.size(); };
    const auto bad_utf8 = parse_error<dx::GetJobResponse>(open + "\xff\"}");
    CHECK(bad_utf8.code == awsjobs::errc::invalid_encoding);
    CHECK(bad_utf8.path == "$.Id");
    CHECK(in_the_string(bad_utf8));

    const auto truncated_utf8 = parse_error<dx::GetJobResponse>(open + "\xe2\x82\"}");
    CHECK(truncated_utf8.code == awsjobs::errc::invalid_encoding);
    CHECK(in_the_string(truncated_utf8));

    const auto lone_surrogate = parse_error<dx::GetJobResponse>(open + "\\udc00\"}");
    CHECK(lone_surrogate.code == awsjobs::errc::invalid_encoding);
    CHECK(lone_surrogate.path == "$.Id");
    CHECK(in_the_string(lone_surrogate));

    const auto bad_escape = parse_error<dx::GetJobResponse>(open + "\\x\"}");
    CHECK(bad_escape.code == awsjobs::errc::syntax);
    CHECK(bad_escape.offset == open.size());  // the backslash

    // In a member awsjobs skips, or as a key, it is still checked.
    const auto skipped = parse_error<dx::GetJobResponse>(R"({"Unknown":")" + fifty_mb + "\xff\"}");
    CHECK(skipped.code == awsjobs::errc::invalid_encoding);
    CHECK(skipped.path == "$.Unknown");
    const auto key = parse_error<dx::GetJobResponse>("{\"" + fifty_mb + "\xc0\":1}");
    CHECK(key.code == awsjobs::errc::invalid_encoding);
}

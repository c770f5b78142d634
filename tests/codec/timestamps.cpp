// Timestamps: every form AWS and its tools emit, invalid ones, and the wire format on writing.
#include "helpers.hpp"
#include "types.hpp"

#include <date/date.h>

using namespace testing_types;
using namespace testing_helpers;
namespace json = awsjobs::json;
using namespace std::chrono;

namespace {
awsjobs::iso8601_timestamp at(int y, unsigned mo, unsigned d, int h, int mi, int s, std::int64_t ns = 0) {
    const sys_seconds secs = date::sys_days{date::year{y} / date::month{mo} / date::day{d}} + hours{h} + minutes{mi} + seconds{s};
    return {secs, nanoseconds{ns}};
}
awsjobs::iso8601_timestamp created(std::string_view value) {
    const auto j = read_ok<Job>(std::string(R"({"Id":"j","CreatedAt":)") + std::string(value) + "}");
    REQUIRE(j.CreatedAt);
    return *j.CreatedAt;
}

// `text` read by `reader` (a parser with its path for the form AWS sends) and by `general` (the
// same without it): the same error, or the same instant.
using timestamp_reader = const char* (*)(std::string_view, awsjobs::detail::instant&) noexcept;
void check_same_reading(const std::string& text, timestamp_reader reader, timestamp_reader general) {
    awsjobs::detail::instant fast{-1, 7}, slow{-1, 7};
    const char* fast_why = reader(text, fast);
    const char* slow_why = general(text, slow);
    if ((fast_why == nullptr) != (slow_why == nullptr) || (fast_why && std::string_view(fast_why) != slow_why) ||
        (!fast_why && (fast.seconds != slow.seconds || fast.nanoseconds != slow.nanoseconds)))
        FAIL("'", text, "': ", std::string_view(fast_why ? fast_why : "read"), " (", fast.seconds, ", ", fast.nanoseconds,
             ") against ", std::string_view(slow_why ? slow_why : "read"), " (", slow.seconds, ", ", slow.nanoseconds, ")");
}
}  // namespace

TEST_CASE("ISO 8601 with Z, with an offset, with 0 to 9 fractional digits") {
    CHECK(created(R"("2019-10-11T14:12:24.640Z")") == at(2019, 10, 11, 14, 12, 24, 640000000));
    CHECK(created(R"("2021-09-11T00:38:19.875000+00:00")") == at(2021, 9, 11, 0, 38, 19, 875000000));
    CHECK(created(R"("2020-08-12T17:05:15Z")") == at(2020, 8, 12, 17, 5, 15));
    CHECK(created(R"("2020-08-12T22:35:15.5+05:30")") == at(2020, 8, 12, 17, 5, 15, 500000000));
    CHECK(created(R"("2020-08-12T12:05:15-0500")") == at(2020, 8, 12, 17, 5, 15));
    CHECK(created(R"("2020-08-12t17:05:15.123456789z")") == at(2020, 8, 12, 17, 5, 15, 123456789));
    CHECK(created(R"("2020-08-12 17:05:15.1Z")") == at(2020, 8, 12, 17, 5, 15, 100000000));
    CHECK(created(R"("0001-01-01T00:00:00Z")") == at(1, 1, 1, 0, 0, 0));
    CHECK(created(R"("9999-12-31T23:59:59.999999999Z")") == at(9999, 12, 31, 23, 59, 59, 999999999));
    CHECK(created(R"("2024-02-29T00:00:00Z")") == at(2024, 2, 29, 0, 0, 0));
}

TEST_CASE("epoch seconds as integral or fractional JSON numbers, for any timestamp member") {
    CHECK(created("1597251915.243") == at(2020, 8, 12, 17, 5, 15, 243000000));
    CHECK(created("1.659776801824E9") == at(2022, 8, 6, 9, 6, 41, 824000000));
    CHECK(created("1597251915") == at(2020, 8, 12, 17, 5, 15));
    CHECK(created("0") == at(1970, 1, 1, 0, 0, 0));
    CHECK(created("1e-300") == at(1970, 1, 1, 0, 0, 0));
    CHECK(created("-1.5") == at(1969, 12, 31, 23, 59, 58, 500000000));
    CHECK(created("15972519152430e-4") == at(2020, 8, 12, 17, 5, 15, 243000000));
    CHECK(created("1597251915.0000000015") == at(2020, 8, 12, 17, 5, 15, 2));  // rounded to the nanosecond
    const auto j = read_ok<Job>(R"({"Id":"j","CompletedAt":"2020-08-12T17:05:15.243Z"})");
    CHECK(j.CompletedAt == awsjobs::epoch_timestamp(at(2020, 8, 12, 17, 5, 15, 243000000)));
}

TEST_CASE("invalid dates and times are errors") {
    struct expectation {
        const char* value;
        const char* why;
    };
    const expectation cases[] = {
        {R"("2019-13-11T14:12:24Z")", "no such date"},
        {R"("2019-02-30T14:12:24Z")", "no such date"},
        {R"("2023-02-29T00:00:00Z")", "no such date"},
        {R"("0000-01-01T00:00:00Z")", "no such date"},
        {R"("2019-10-11T25:00:00Z")", "no such time of day"},
        {R"("2019-10-11T23:60:00Z")", "no such time of day"},
        {R"("2019-10-11T23:59:60Z")", "no such time of day"},
        {R"("2019-10-11T14:12:24+24:00")", "invalid UTC offset"},
        {R"("2019-10-11T14:12:24+01:60")", "invalid UTC offset"},
        {R"("2019-10-11T14:12:24+1")", "invalid UTC offset"},
        {R"("2019-10-11T14:12:24")", "expected a time zone: 'Z' or an offset such as +00:00"},
        {R"("2019-10-11T14:12:24.Z")", "expected digits after '.'"},
        {R"("2019-10-11T14:12:24.1234567890Z")", "more than 9 fractional digits"},
        {R"("2019-10-11")", "expected 'T' between date and time"},
        {R"("2019-10-11T14:12:24Zjunk")", "unexpected characters after the date-time"},
        {R"("yesterday")", "expected an ISO 8601 date-time such as 2019-10-11T14:12:24.640Z"},
        {R"("0001-01-01T00:00:00+00:01")", "outside the years 0001-9999 once converted to UTC"},
        {"253402300800", "outside the years 0001-9999"},
        {"-62135596801", "outside the years 0001-9999"},
        {"1e300", "outside the years 0001-9999"},
    };
    for (const auto& c : cases) {
        const auto e = read_error<Job>(std::string(R"({"Id":"j","CreatedAt":)") + c.value + "}");
        CHECK(e.code == awsjobs::errc::invalid_timestamp);
        CHECK(e.offset == 22);
        CHECK(e.path == "$.CreatedAt");
        std::string_view text = c.value;
        if (text.front() == '"') text = text.substr(1, text.size() - 2);
        std::string expected = "'";
        ((expected += text) += "': ") += c.why;  // not a chain of operator+: GCC 12 -O3 warns wrongly (-Wrestrict)
        CHECK(e.message == expected);
    }
    CHECK(read_error<Job>(R"({"CreatedAt":true})").code == awsjobs::errc::type_mismatch);
}

TEST_CASE("a huge epoch number fails quickly and cleanly") {
    const std::string digits(300, '9');
    CHECK(read_error<Job>(R"({"CreatedAt":)" + digits + "}").code == awsjobs::errc::invalid_timestamp);
    // RapidJSON itself refuses numbers beyond double's range.
    CHECK(read_error<Job>(R"({"CreatedAt":)" + std::string(10000, '9') + "}").code == awsjobs::errc::out_of_range);
    CHECK(created("0." + std::string(10000, '0') + "1") == at(1970, 1, 1, 0, 0, 0));
}

TEST_CASE("ISO 8601 is written in UTC with milliseconds, more digits only when they carry information") {
    Job j;
    j.Id = "j";
    j.CreatedAt = at(2019, 10, 11, 14, 12, 24, 640000000);
    CHECK(write_ok(j) == R"({"Id":"j","CreatedAt":"2019-10-11T14:12:24.640Z"})");
    j.CreatedAt = at(2020, 8, 12, 17, 5, 15);
    CHECK(write_ok(j) == R"({"Id":"j","CreatedAt":"2020-08-12T17:05:15.000Z"})");
    j.CreatedAt = at(2021, 9, 11, 0, 38, 19, 875123000);
    CHECK(write_ok(j) == R"({"Id":"j","CreatedAt":"2021-09-11T00:38:19.875123Z"})");
    j.CreatedAt = at(1, 1, 1, 0, 0, 0, 1);
    CHECK(write_ok(j) == R"({"Id":"j","CreatedAt":"0001-01-01T00:00:00.000000001Z"})");
    j.CreatedAt = at(1969, 12, 31, 23, 59, 59, 999000000);
    CHECK(write_ok(j) == R"({"Id":"j","CreatedAt":"1969-12-31T23:59:59.999Z"})");
}

TEST_CASE("the date written is the one of date's calendar, on every day of the years 0001-9999") {
    const auto first = date::sys_days{date::year{1} / 1 / 1};
    const auto last = date::sys_days{date::year{9999} / 12 / 31};
    for (auto day = first; day <= last; day += date::days{1}) {
        const date::year_month_day ymd{day};
        const auto civil = awsjobs::detail::civil_from_days(static_cast<std::uint32_t>((day - first).count()));
        if (civil.year != static_cast<unsigned>(static_cast<int>(ymd.year())) ||
            civil.month != static_cast<unsigned>(ymd.month()) || civil.day != static_cast<unsigned>(ymd.day()))
            FAIL("wrong date for ", ymd);
    }
    // The first and last second of the last day of months around leap days, in years that test the rules.
    for (int year : {1, 4, 100, 399, 400, 1600, 1969, 1970, 2000, 2024, 2100, 9999}) {
        for (unsigned month : {1u, 2u, 3u, 12u}) {
            const auto day = date::sys_days{date::year{year} / date::month{month} / date::last};
            for (const sys_seconds second : {sys_seconds{day}, sys_seconds{day} + hours{24} - seconds{1}}) {
                const awsjobs::iso8601_timestamp t{second, nanoseconds{0}};
                CHECK(awsjobs::to_iso8601(t) == date::format("%FT%T.000Z", second));
            }
        }
    }
}

TEST_CASE("the dates read are the ones of date's calendar, and no others, in the years 0001-9999") {
    // Every day: its count of days from 1970-01-01.
    const auto first = date::sys_days{date::year{1} / 1 / 1};
    const auto last = date::sys_days{date::year{9999} / 12 / 31};
    for (auto day = first; day <= last; day += date::days{1}) {
        const date::year_month_day ymd{day};
        const int y = static_cast<int>(ymd.year()), m = static_cast<int>(static_cast<unsigned>(ymd.month()));
        const int d = static_cast<int>(static_cast<unsigned>(ymd.day()));
        if (awsjobs::detail::days_from_civil(y, m, d) != day.time_since_epoch().count())
            FAIL("wrong count of days for ", ymd);
    }
    // Every year, month and day number around the ends of months: a date exactly when date has it.
    for (int y = 0; y <= 9999; ++y)
        for (int m = 0; m <= 13; ++m)
            for (int d = 0; d <= 32; ++d) {
                const bool expected = y != 0 && date::year_month_day{date::year{y}, date::month{static_cast<unsigned>(m)},
                                                                     date::day{static_cast<unsigned>(d)}}
                                                    .ok();
                if (awsjobs::detail::is_date(y, m, d) != expected) FAIL("is_date(", y, ", ", m, ", ", d, ") is wrong");
            }
    CHECK(created(R"("2024-02-29T00:00:00Z")") == at(2024, 2, 29, 0, 0, 0));
    CHECK(created(R"("2000-02-29T23:59:59Z")") == at(2000, 2, 29, 23, 59, 59));
    CHECK(created(R"("0001-01-01T00:00:00Z")") == at(1, 1, 1, 0, 0, 0));
    CHECK(created(R"("9999-12-31T23:59:59Z")") == at(9999, 12, 31, 23, 59, 59));
}

TEST_CASE("epoch seconds are written as a number with a fraction only when needed") {
    Job j;
    j.Id = "j";
    j.CompletedAt = at(2020, 8, 12, 17, 5, 15, 243000000);
    CHECK(write_ok(j) == R"({"Id":"j","CompletedAt":1597251915.243})");
    j.CompletedAt = at(2020, 8, 12, 17, 5, 15);
    CHECK(write_ok(j) == R"({"Id":"j","CompletedAt":1597251915})");
    j.CompletedAt = at(1969, 12, 31, 23, 59, 58, 500000000);
    CHECK(write_ok(j) == R"({"Id":"j","CompletedAt":-1.5})");
    j.CompletedAt = at(1969, 12, 31, 23, 59, 59, 999999999);
    CHECK(write_ok(j) == R"({"Id":"j","CompletedAt":-0.000000001})");
    CHECK(read_ok<Job>(write_ok(j)) == j);
}

// Epoch seconds as text, the slow and obvious way: the whole seconds, then the
// nine digits of the fraction without their trailing zeros.
static std::string epoch_text(long long seconds, std::uint32_t nanoseconds) {
    std::string text;
    if (seconds < 0 && nanoseconds != 0) {
        text = "-" + std::to_string(-(seconds + 1));
        nanoseconds = 1000000000 - nanoseconds;
    } else {
        text = std::to_string(seconds);
    }
    if (nanoseconds == 0) return text;
    std::string fraction = std::to_string(nanoseconds);
    fraction.insert(0, 9 - fraction.size(), '0');
    while (fraction.back() == '0') fraction.pop_back();
    return text + "." + fraction;
}

TEST_CASE("epoch seconds: every digit count of the whole part, every millisecond, other fractions") {
    Job j;
    j.Id = "j";
    const auto check = [&](long long seconds, std::uint32_t nanoseconds) {
        j.CompletedAt = awsjobs::epoch_timestamp(sys_seconds(std::chrono::seconds(seconds)), std::chrono::nanoseconds(nanoseconds));
        const std::string text = write_ok(j);
        CHECK(text == R"({"Id":"j","CompletedAt":)" + epoch_text(seconds, nanoseconds) + "}");
        CHECK(read_ok<Job>(text) == j);
    };
    long long power = 1;
    for (int digits = 1; digits <= 11; ++digits, power *= 10)
        for (const long long seconds : {power - 1, power, power + 1, 5 * power + 7})
            for (const std::uint32_t nanoseconds : {0u, 1u, 500000000u, 243000000u, 120000u, 999999999u}) {
                check(seconds, nanoseconds);
                check(-seconds, nanoseconds);
            }
    for (std::uint32_t millisecond = 0; millisecond != 1000; ++millisecond) {
        check(1597251915, millisecond * 1000000);
        check(9999999999, millisecond * 1000000);
        check(-1597251915, millisecond * 1000000);
    }
}

TEST_CASE("timestamps convert to and from std::chrono") {
    const auto now = time_point_cast<microseconds>(system_clock::now());
    const awsjobs::epoch_timestamp t = now;
    CHECK(t.time_point() == now);
    CHECK(t.time_point<seconds>() == floor<seconds>(now));
    const awsjobs::iso8601_timestamp same_instant = t;
    CHECK(same_instant.seconds() == t.seconds());
    CHECK(same_instant.subseconds() == t.subseconds());
}

TEST_CASE("writing a timestamp outside the years 0001-9999 is an error") {
    Job j;
    j.Id = "j";
    j.CreatedAt = awsjobs::iso8601_timestamp(sys_seconds(seconds(253402300800)), nanoseconds(0));
    auto written = json::write(j);
    REQUIRE_FALSE(written);
    CHECK(written.error().code == awsjobs::errc::out_of_range);
    CHECK(written.error().path == "$.CreatedAt");
}

TEST_CASE("to_iso8601 formats any timestamp for people") {
    CHECK(awsjobs::to_iso8601(awsjobs::epoch_timestamp(at(2020, 8, 12, 17, 5, 15, 243000000))) == "2020-08-12T17:05:15.243Z");
    CHECK(awsjobs::to_iso8601(at(1, 1, 1, 0, 0, 0)) == "0001-01-01T00:00:00.000Z");
    CHECK(awsjobs::to_iso8601(awsjobs::iso8601_timestamp(sys_seconds(seconds(253402300800)), nanoseconds(0))).empty());
}

TEST_CASE("every byte of the fixed date-time prefix is checked, whichever path reads it") {
    // The prefix `YYYY-MM-DDThh:mm:ss` is read eight bytes at a time; a wrong
    // character anywhere in it, including the neighbours of '0'-'9' in ASCII
    // ('/' and ':'), must fail, and the accepted variants must parse to the same instant.
    const std::string valid = "2019-10-11T14:12:24.640Z";
    const auto expected = at(2019, 10, 11, 14, 12, 24, 640000000);
    for (std::size_t pos = 0; pos != 19; ++pos) {
        for (char c : std::string_view("/:a -tT\x7f\x80" "5")) {
            std::string text = valid;
            text[pos] = c;
            // A '5' keeps a valid date-time except in month (50, 15), day tens (51) and hour tens (54).
            const bool five_fits = pos <= 3 || pos == 9 || pos == 12 || pos == 14 || pos == 15 || pos >= 17;
            const bool accepted = (c == '5' && five_fits) || ((pos == 4 || pos == 7) && c == '-') ||
                                  ((pos == 13 || pos == 16) && c == ':') ||
                                  (pos == 10 && (c == 'T' || c == 't' || c == ' '));
            INFO("text: ", text);
            std::string buffer = R"({"Id":"j","CreatedAt":")" + text + "\"}";
            auto parsed = json::parse_in_place<Job>(buffer);
            CHECK(parsed.has_value() == accepted);
            if (parsed && c != '5') CHECK(*parsed->CreatedAt == expected);
            if (!parsed && c != '\x80') CHECK(parsed.error().code == awsjobs::errc::invalid_timestamp);
        }
    }
}

TEST_CASE("the form AWS sends has a path of its own, which reads every variant of it as the general path does") {
    // read_aws_iso8601 takes `YYYY-MM-DDThh:mm:ss.mmmZ` whole, as three words: each byte of
    // several such texts (edges of the calendar and the clock) replaced by each of the 256 byte
    // values, every result compared with the general path's (the same error, or the same instant).
    using awsjobs::detail::instant;
    int compared = 0;
    for (const std::string_view base : {"2019-10-11T14:12:24.640Z", "2024-02-29T23:59:59.999Z", "2023-02-28T00:00:00.000Z",
                                        "0001-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z", "1970-01-01T00:00:00.001Z",
                                        "2000-12-31T09:09:09.909Z", "2100-02-28T19:29:39.090Z"}) {
        for (std::size_t pos = 0; pos != base.size(); ++pos) {
            for (int byte = 0; byte != 256; ++byte) {
                std::string text(base);
                text[pos] = static_cast<char>(byte);
                check_same_reading(text, &awsjobs::detail::parse_iso8601, &awsjobs::detail::parse_iso8601_any);
                ++compared;
            }
        }
    }
    CHECK(compared == 8 * 24 * 256);
    // And the path of its own is the one taken: those it reads are exactly the 24-byte texts with 'T' and 'Z'.
    instant out;
    CHECK(awsjobs::detail::read_aws_iso8601("2024-02-29T23:59:59.999Z", out));
    CHECK(out.seconds == 1709251199);
    CHECK(out.nanoseconds == 999000000u);
    CHECK_FALSE(awsjobs::detail::read_aws_iso8601("2023-02-29T23:59:59.999Z", out));
    CHECK_FALSE(awsjobs::detail::read_aws_iso8601("2024-02-29t23:59:59.999Z", out));
    CHECK_FALSE(awsjobs::detail::read_aws_iso8601("2024-02-29T23:59:59.999z", out));
    CHECK_FALSE(awsjobs::detail::read_aws_iso8601("2024-02-29T23:59:59.99Z", out));
}

TEST_CASE("epoch seconds as AWS sends them have a path of their own, which reads every variant as the general path does") {
    // read_plain_epoch_seconds takes up to 12 whole digits and up to 9 fractional ones: each byte
    // of several such numbers replaced by each of the 256 byte values, deleted, and preceded by
    // each character a JSON number may hold; every result compared with the general path's.
    using awsjobs::detail::instant;
    int compared = 0;
    auto compare = [&](const std::string& text) {
        check_same_reading(text, &awsjobs::detail::parse_epoch_seconds, &awsjobs::detail::parse_epoch_seconds_any);
        ++compared;
    };
    const std::string_view bases[] = {"1685625796.125", "1599812421.004", "1614069541", "0", "12.5", "253402300799",
                                      "253402300799.999999999", "99999999999.123456789", "1.000000001"};
    for (const std::string_view base : bases) {
        for (std::size_t pos = 0; pos != base.size(); ++pos) {
            for (int byte = 0; byte != 256; ++byte) {
                std::string text(base);
                text[pos] = static_cast<char>(byte);
                compare(text);
            }
            compare(std::string(base).erase(pos, 1));
        }
        for (std::size_t pos = 0; pos <= base.size(); ++pos)
            for (const char c : std::string_view("0123456789.eE-+")) compare(std::string(base).insert(pos, 1, c));
    }
    CHECK(compared > 20000);
    instant out;
    CHECK(awsjobs::detail::read_plain_epoch_seconds("1685625796.125", out));
    CHECK(out.seconds == 1685625796);
    CHECK(out.nanoseconds == 125000000u);
    CHECK_FALSE(awsjobs::detail::read_plain_epoch_seconds("1.685625796125E9", out));
    CHECK_FALSE(awsjobs::detail::read_plain_epoch_seconds("253402300800", out));
    CHECK_FALSE(awsjobs::detail::read_plain_epoch_seconds("1.0000000001", out));
}

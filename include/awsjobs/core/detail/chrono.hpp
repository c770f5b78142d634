// Reading and writing timestamps: ISO 8601 / RFC 3339 text and epoch-second numbers.
#ifndef AWSJOBS_CORE_DETAIL_CHRONO_HPP
#define AWSJOBS_CORE_DETAIL_CHRONO_HPP

#include <bit>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace awsjobs::detail {

struct instant {
    std::int64_t seconds = 0;      // since 1970-01-01T00:00:00Z
    std::uint32_t nanoseconds = 0; // [0, 1e9)
};

// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: four-digit years.
inline constexpr std::int64_t min_seconds = -62135596800;
inline constexpr std::int64_t max_seconds = 253402300799;

constexpr bool in_range(std::int64_t seconds) noexcept {
    return seconds >= min_seconds && seconds <= max_seconds;
}

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// Reads exactly `count` digits at p; false if any is not a digit.
constexpr bool read_digits(const char*& p, const char* end, int count, int& value) noexcept {
    if (end - p < count) return false;
    int v = 0;
    for (int i = 0; i != count; ++i) {
        if (!is_digit(p[i])) return false;
        v = v * 10 + (p[i] - '0');
    }
    value = v;
    p += count;
    return true;
}

// Eight bytes as a word whose bits [8k, 8k + 8) hold p[k].
constexpr std::uint64_t load_le64(const char* p) noexcept {
    if (!std::is_constant_evaluated() && std::endian::native == std::endian::little) {
        std::uint64_t w;
        std::memcpy(&w, p, sizeof w);
        return w;
    }
    std::uint64_t w = 0;
    for (int k = 7; k >= 0; --k) w = (w << 8) | static_cast<unsigned char>(p[k]);
    return w;
}

// Zero if and only if the bytes of `w` selected by `mask` (0xFF per byte) are all ASCII digits,
// so that several words are checked with one test of their results or'ed.
constexpr std::uint64_t non_digits_where(std::uint64_t w, std::uint64_t mask) noexcept {
    constexpr std::uint64_t high_nibbles = 0xF0F0F0F0F0F0F0F0ull, threes = 0x3030303030303030ull;
    constexpr std::uint64_t sixes = 0x0606060606060606ull;
    // '0'-'9' is 0x30-0x39: high nibble 3, and still 3 after adding 6. (A carry
    // out of a byte that is not a digit spoils only a test that fails already.)
    return ((w & high_nibbles & mask) ^ (threes & mask)) | (((w + (sixes & mask)) & high_nibbles & mask) ^ (threes & mask));
}

// Whether the bytes of `w` selected by `mask` are all ASCII digits.
constexpr bool digits_where(std::uint64_t w, std::uint64_t mask) noexcept { return non_digits_where(w, mask) == 0; }

// Two-digit numbers, for the digit bytes of `w` that `mask` selects: byte k of the
// result is digit k times 10 plus digit k + 1, for every k at once (one multiply-add).
// The bytes outside the mask count as 0, so that they borrow nothing from a digit.
constexpr std::uint64_t two_digit_numbers(std::uint64_t w, std::uint64_t mask) noexcept {
    const std::uint64_t digits = (w & mask) - (0x3030303030303030ull & mask);
    return digits * 10 + (digits >> 8);
}

constexpr int byte_at(std::uint64_t w, int k) noexcept { return static_cast<int>((w >> (8 * k)) & 0xFF); }

// The common case, `YYYY-MM-DDThh:mm:ss`, checked and converted with two 8-byte
// words: `YYYY-MM-` and `hh:mm:ss`, plus `DDT` between them. False if the text
// has another shape (the general path then says what is wrong).
constexpr bool read_fixed_date_time(const char*& p, const char* end, int& year, int& month, int& day, int& hour,
                                    int& minute, int& second) noexcept {
    if (end - p < 19) return false;
    const std::uint64_t date = load_le64(p);      // YYYY-MM-
    const std::uint64_t time = load_le64(p + 11); // hh:mm:ss
    constexpr std::uint64_t date_digits = 0x00FFFF00FFFFFFFFull, time_digits = 0xFFFF00FFFF00FFFFull;
    constexpr std::uint64_t date_separators = 0x2D00002D00000000ull, time_separators = 0x00003A00003A0000ull;
    if ((date & ~date_digits) != date_separators || (time & ~time_digits) != time_separators ||
        !digits_where(date, date_digits) || !digits_where(time, time_digits) || !is_digit(p[8]) || !is_digit(p[9]) ||
        (p[10] != 'T' && p[10] != 't' && p[10] != ' '))
        return false;
    // YYYY-MM-: pairs at bytes 0 and 2 (the year), and 5 (the month) once shifted by one byte.
    const std::uint64_t date_pairs = two_digit_numbers(date, date_digits);
    year = byte_at(date_pairs, 0) * 100 + byte_at(date_pairs, 2);
    month = byte_at(date_pairs, 5);
    day = (p[8] - '0') * 10 + (p[9] - '0');
    // hh:mm:ss: pairs at bytes 0, 3 and 6.
    const std::uint64_t time_pairs = two_digit_numbers(time, time_digits);
    hour = byte_at(time_pairs, 0);
    minute = byte_at(time_pairs, 3);
    second = byte_at(time_pairs, 6);
    p += 19;
    return true;
}

// `YYYY-MM-DD(T|t| )hh:mm:ss` of any shape, with a message for what is wrong.
constexpr const char* read_date_time(const char*& p, const char* end, int& year, int& month, int& day, int& hour,
                                     int& minute, int& second) noexcept {
    if (read_fixed_date_time(p, end, year, month, day, hour, minute, second)) return nullptr;
    auto expect = [&](char c) {
        if (p == end || *p != c) return false;
        ++p;
        return true;
    };
    if (!read_digits(p, end, 4, year) || !expect('-') || !read_digits(p, end, 2, month) || !expect('-') ||
        !read_digits(p, end, 2, day))
        return "expected an ISO 8601 date-time such as 2019-10-11T14:12:24.640Z";
    if (p == end || (*p != 'T' && *p != 't' && *p != ' '))
        return "expected 'T' between date and time";
    ++p;
    if (!read_digits(p, end, 2, hour) || !expect(':') || !read_digits(p, end, 2, minute) || !expect(':') ||
        !read_digits(p, end, 2, second))
        return "expected the time as hh:mm:ss";
    return nullptr;
}

// Whether year-month-day names a day of the proleptic Gregorian calendar, year 1 to 9999.
constexpr bool is_date(int year, int month, int day) noexcept {
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
    if (month == 2) {
        const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        return day <= 28 + leap;
    }
    // 31 days in odd months up to July, in even months from August.
    return day <= 30 + ((month + (month > 7)) & 1);
}

// Days from 1970-01-01 to a date that is_date accepts. The year is counted from
// March, so that the leap day ends it and the days before each month follow one
// formula: 153 days in every five months from March (31 30 31 30 31).
// Unsigned arithmetic: every quantity is at least 0 for such a date, and unsigned division by a
// constant is a multiply and a shift, without the corrections for negative numbers.
constexpr std::int64_t days_from_civil(int year, int month, int day) noexcept {
    const auto march_year = static_cast<std::uint32_t>(year - (month <= 2));  // 0 for January 0001
    const auto months_since_march = static_cast<std::uint32_t>(month <= 2 ? month + 9 : month - 3);
    const std::uint32_t day_of_year = (153 * months_since_march + 2) / 5 + static_cast<std::uint32_t>(day) - 1;
    const std::uint32_t since_0000_03_01 =
        365 * march_year + march_year / 4 - march_year / 100 + march_year / 400 + day_of_year;
    return static_cast<std::int64_t>(since_0000_03_01) - 719468;  // 1970-01-01 is day 719,468 after 0000-03-01
}

// What AWS sends, `YYYY-MM-DDThh:mm:ss.mmmZ`: 24 bytes, checked and converted as three 8-byte
// words, `YYYY-MM-`, `DDThh:mm` and `:ss.mmmZ`. False for any other text, which parse_iso8601_any
// then reads (or says what is wrong with). The general path took about 265 instructions for this
// form (5% of the zero-copy parse of the benchmark's mixed corpus); this one about 160.
constexpr bool read_aws_iso8601(std::string_view text, instant& out) noexcept {
    if (text.size() != 24) return false;
    const char* const p = text.data();
    const std::uint64_t w0 = load_le64(p), w1 = load_le64(p + 8), w2 = load_le64(p + 16);
    constexpr std::uint64_t digits0 = 0x00FFFF00FFFFFFFFull, separators0 = 0x2D00002D00000000ull;  // - at 4 and 7
    constexpr std::uint64_t digits1 = 0xFFFF00FFFF00FFFFull, separators1 = 0x00003A0000540000ull;  // T at 2, : at 5
    constexpr std::uint64_t digits2 = 0x00FFFFFF00FFFF00ull, separators2 = 0x5A0000002E00003Aull;  // : . Z at 0, 3, 7
    const std::uint64_t wrong = ((w0 & ~digits0) ^ separators0) | ((w1 & ~digits1) ^ separators1) |
                                ((w2 & ~digits2) ^ separators2) | non_digits_where(w0, digits0) |
                                non_digits_where(w1, digits1) | non_digits_where(w2, digits2);
    if (wrong != 0) return false;
    const std::uint64_t pairs0 = two_digit_numbers(w0, digits0), pairs1 = two_digit_numbers(w1, digits1),
                        pairs2 = two_digit_numbers(w2, digits2);
    const int year = byte_at(pairs0, 0) * 100 + byte_at(pairs0, 2), month = byte_at(pairs0, 5), day = byte_at(pairs1, 0);
    const int hour = byte_at(pairs1, 3), minute = byte_at(pairs1, 6), second = byte_at(pairs2, 1);
    // Byte 6 of pairs2 is the last digit times ten: the 'Z' after it counts as 0.
    const int millis = byte_at(pairs2, 4) * 10 + byte_at(pairs2, 6) / 10;
    if (!is_date(year, month, day) || hour > 23 || minute > 59 || second > 59) return false;
    // Four digits and no offset: always within the years 0001-9999.
    out = {days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second,
           static_cast<std::uint32_t>(millis) * 1000000u};
    return true;
}

/// Parses `YYYY-MM-DD(T|t| )hh:mm:ss[.f{1,9}](Z|z|±hh:mm|±hhmm)`: parse_iso8601 without
/// the path of the form AWS sends (for the tests that compare the two).
/// Returns nullptr on success, else why the text is not a valid date-time.
inline const char* parse_iso8601_any(std::string_view text, instant& out) noexcept {
    const char* p = text.data();
    const char* const end = p + text.size();
    int year, month, day, hour, minute, second;
    if (const char* why = read_date_time(p, end, year, month, day, hour, minute, second)) return why;
    std::uint32_t nanos = 0;
    if (p != end && *p == '.') {
        const char* const first = ++p;
        while (p != end && p - first != 10 && is_digit(*p)) nanos = nanos * 10 + static_cast<std::uint32_t>(*p++ - '0');
        const auto digits = p - first;
        if (digits > 9) return "more than 9 fractional digits";
        if (digits == 0) return "expected digits after '.'";
        constexpr std::uint32_t scale[] = {1, 100000000, 10000000, 1000000, 100000, 10000, 1000, 100, 10, 1};
        nanos *= scale[digits];
    }
    int offset_minutes = 0;
    if (p != end && (*p == 'Z' || *p == 'z')) {
        ++p;
    } else if (p != end && (*p == '+' || *p == '-')) {
        const bool negative = *p++ == '-';
        int oh, om;
        if (!read_digits(p, end, 2, oh)) return "invalid UTC offset";
        if (p != end && *p == ':') ++p;
        if (!read_digits(p, end, 2, om)) return "invalid UTC offset";
        if (oh > 23 || om > 59) return "invalid UTC offset";
        offset_minutes = (oh * 60 + om) * (negative ? -1 : 1);
    } else {
        return "expected a time zone: 'Z' or an offset such as +00:00";
    }
    if (p != end) return "unexpected characters after the date-time";

    if (!is_date(year, month, day)) return "no such date";
    if (hour > 23 || minute > 59 || second > 59) return "no such time of day";

    const std::int64_t days = days_from_civil(year, month, day);
    const std::int64_t seconds = days * 86400 + hour * 3600 + minute * 60 + second - offset_minutes * 60;
    if (!in_range(seconds)) return "outside the years 0001-9999 once converted to UTC";
    out = {seconds, nanos};
    return nullptr;
}

/// Parses `YYYY-MM-DD(T|t| )hh:mm:ss[.f{1,9}](Z|z|±hh:mm|±hhmm)`.
/// Returns nullptr on success, else why the text is not a valid date-time.
inline const char* parse_iso8601(std::string_view text, instant& out) noexcept {
    if (read_aws_iso8601(text, out)) return nullptr;
    return parse_iso8601_any(text, out);
}

// What AWS sends, `1685625796.125`: up to 12 digits of whole seconds (253402300799 is the last
// second of 9999) and none to 9 of a fraction, without a sign or an exponent. False for any other
// text, which parse_epoch_seconds_any then reads (or says what is wrong with). The general path
// took about 900 instructions for this form; this one about 180.
constexpr bool read_plain_epoch_seconds(std::string_view text, instant& out) noexcept {
    const char* p = text.data();
    const char* const end = p + text.size();
    const char* const whole_end = end - p > 12 ? p + 12 : end;
    std::int64_t seconds = 0;
    for (; p != whole_end && is_digit(*p); ++p) seconds = seconds * 10 + (*p - '0');
    if (p == text.data() || seconds > max_seconds) return false;
    std::uint32_t nanos = 0;
    if (p != end) {
        if (*p != '.') return false;
        const char* const first = ++p;
        if (end - first > 9 || first == end) return false;
        for (; p != end; ++p) {
            if (!is_digit(*p)) return false;
            nanos = nanos * 10 + static_cast<std::uint32_t>(*p - '0');
        }
        constexpr std::uint32_t scale[] = {1, 100000000, 10000000, 1000000, 100000, 10000, 1000, 100, 10, 1};
        nanos *= scale[end - first];
    }
    out = {seconds, nanos};
    return true;
}

/// Parses a JSON number of seconds since the epoch (`1597251915.243`, `1.659776801824E9`)
/// exactly, digit by digit: going through double would lose microseconds.
/// Digits below one nanosecond are rounded (half up). parse_epoch_seconds without the path of
/// the form AWS sends (for the tests that compare the two).
inline const char* parse_epoch_seconds_any(std::string_view text, instant& out) noexcept {
    const char* p = text.data();
    const char* const end = p + text.size();
    const bool negative = p != end && *p == '-';
    if (negative) ++p;
    const char* const int_begin = p;
    while (p != end && is_digit(*p)) ++p;
    const char* const int_end = p;
    const char* frac_begin = p;
    const char* frac_end = p;
    if (int_begin == int_end) return "expected a number of seconds";
    if (p != end && *p == '.') {
        frac_begin = ++p;
        while (p != end && is_digit(*p)) ++p;
        frac_end = p;
        if (frac_begin == frac_end) return "expected digits after '.'";
    }
    std::int64_t exponent = 0;
    if (p != end && (*p == 'e' || *p == 'E')) {
        ++p;
        bool exp_negative = false;
        if (p != end && (*p == '+' || *p == '-')) exp_negative = *p++ == '-';
        if (p == end || !is_digit(*p)) return "expected digits in the exponent";
        while (p != end && is_digit(*p)) {
            if (exponent < 1000000) exponent = exponent * 10 + (*p - '0');  // beyond that the value is 0 or out of range
            ++p;
        }
        if (exp_negative) exponent = -exponent;
    }
    if (p != end) return "expected a number of seconds";

    // The digits int+frac form one sequence; the decimal point sits `point` digits in.
    const std::int64_t int_digits = int_end - int_begin;
    const std::int64_t total_digits = int_digits + (frac_end - frac_begin);
    const std::int64_t point = int_digits + exponent;
    auto digit_at = [&](std::int64_t k) -> int {
        if (k < 0 || k >= total_digits) return 0;
        return k < int_digits ? int_begin[k] - '0' : frac_begin[k - int_digits] - '0';
    };
    std::int64_t seconds = 0;
    for (std::int64_t k = 0; k < point; ++k) {
        const int d = digit_at(k);
        if (seconds == 0 && d == 0) continue;
        if (seconds > max_seconds / 10 + 1) return "outside the years 0001-9999";
        seconds = seconds * 10 + d;
        if (seconds > max_seconds + 1) return "outside the years 0001-9999";
    }
    std::int64_t nanos = 0;
    for (std::int64_t k = point; k < point + 9; ++k) nanos = nanos * 10 + digit_at(k);
    if (digit_at(point + 9) >= 5) ++nanos;
    if (nanos == 1000000000) {
        ++seconds;
        nanos = 0;
    }
    if (negative && (seconds != 0 || nanos != 0)) {
        seconds = -seconds;
        if (nanos != 0) {
            --seconds;
            nanos = 1000000000 - nanos;
        }
    }
    if (!in_range(seconds)) return "outside the years 0001-9999";
    out = {seconds, static_cast<std::uint32_t>(nanos)};
    return nullptr;
}

/// parse_epoch_seconds_any, with the path of the form AWS sends first.
inline const char* parse_epoch_seconds(std::string_view text, instant& out) noexcept {
    if (read_plain_epoch_seconds(text, out)) return nullptr;
    return parse_epoch_seconds_any(text, out);
}

// "00" to "99", so that digits are written two at a time.
inline constexpr char digit_pairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

// Writes `count` digits of `value`, zero-padded.
[[gnu::always_inline]] inline char* write_digits(char* out, std::uint32_t value, int count) noexcept {
    int i = count;
    for (; i >= 2; i -= 2) {
        std::memcpy(out + i - 2, digit_pairs + 2 * (value % 100), 2);
        value /= 100;
    }
    if (i == 1) out[0] = static_cast<char>('0' + value % 10);
    return out + count;
}

/// Longest output of format_iso8601: "9999-12-31T23:59:59.999999999Z".
inline constexpr std::size_t iso8601_max_size = 30;

struct civil_date {
    std::uint32_t year, month, day;
};

// The date `days_since_0001` days after 0001-01-01, in multiplications and
// shifts only: the Euclidean affine functions of Neri and Schneider ("Euclidean
// affine functions and their application to calendar algorithms", 2022), on a
// calendar that starts on 0000-03-01 so that leap days fall at the end of a year.
constexpr civil_date civil_from_days(std::uint32_t days_since_0001) noexcept {
    const std::uint32_t n = days_since_0001 + 306;  // days since 0000-03-01
    const std::uint32_t n1 = 4 * n + 3;
    const std::uint32_t century = n1 / 146097;
    const std::uint32_t n2 = n1 % 146097 | 3;  // 4 * (day of the century) + 3
    const std::uint64_t p2 = std::uint64_t{2939745} * n2;
    const auto year_of_century = static_cast<std::uint32_t>(p2 >> 32);
    const std::uint32_t day_of_year = static_cast<std::uint32_t>(p2) / 2939745 / 4;  // from March 1
    const std::uint32_t n3 = 2141 * day_of_year + 197913;
    const std::uint32_t january_or_february = day_of_year >= 306;
    const std::uint32_t month = (n3 >> 16) - 12 * january_or_february;
    return {100 * century + year_of_century + january_or_february, month, (n3 & 0xFFFF) / 2141 + 1};
}

// Writes the two digits of value (< 100).
[[gnu::always_inline]] inline char* write_two_digits(char* out, std::uint32_t value) noexcept {
    std::memcpy(out, digit_pairs + 2 * value, 2);
    return out + 2;
}

/// Writes `2019-10-11T14:12:24.640Z`: at least milliseconds, six or nine fractional
/// digits when those carry information. Precondition: in_range(t.seconds).
inline char* format_iso8601(char* out, instant t) noexcept {
    // Counted from 0001-01-01T00:00:00Z, a whole number of days before the epoch,
    // the seconds are never negative: unsigned division by constants.
    const auto since_0001 = static_cast<std::uint64_t>(t.seconds - min_seconds);
    const auto days = static_cast<std::uint32_t>(since_0001 / 86400);
    const auto seconds_of_day = static_cast<std::uint32_t>(since_0001 - std::uint64_t{days} * 86400);
    const civil_date date = civil_from_days(days);
    const std::uint32_t hour = seconds_of_day / 3600, seconds_of_hour = seconds_of_day - hour * 3600;
    const std::uint32_t minute = seconds_of_hour / 60, second = seconds_of_hour - minute * 60;
    out = write_two_digits(out, date.year / 100);
    out = write_two_digits(out, date.year % 100);
    *out++ = '-';
    out = write_two_digits(out, date.month);
    *out++ = '-';
    out = write_two_digits(out, date.day);
    *out++ = 'T';
    out = write_two_digits(out, hour);
    *out++ = ':';
    out = write_two_digits(out, minute);
    *out++ = ':';
    out = write_two_digits(out, second);
    *out++ = '.';
    if (t.nanoseconds % 1000000 == 0) {
        const std::uint32_t milliseconds = t.nanoseconds / 1000000;
        *out++ = static_cast<char>('0' + milliseconds / 100);
        out = write_two_digits(out, milliseconds % 100);
    } else if (t.nanoseconds % 1000 == 0) {
        out = write_digits(out, t.nanoseconds / 1000, 6);
    } else {
        out = write_digits(out, t.nanoseconds, 9);
    }
    *out++ = 'Z';
    return out;
}

/// Longest output of format_epoch_seconds: "-62135596800.999999999".
inline constexpr std::size_t epoch_max_size = 24;

/// Writes seconds since the epoch, with a fraction only when it is not zero
/// and without trailing zeros: `1597251915.243`, `1597251915`, `-0.5`.
inline char* format_epoch_seconds(char* out, instant t) noexcept {
    std::uint64_t whole;
    std::uint32_t fraction = t.nanoseconds;
    if (t.seconds < 0) {
        *out++ = '-';
        // -2 s + 0.5 s is -1.5: the magnitude's whole part is one less.
        whole = static_cast<std::uint64_t>(-(t.seconds + (fraction != 0 ? 1 : 0)));
        if (fraction != 0) fraction = 1000000000 - fraction;
    } else {
        whole = static_cast<std::uint64_t>(t.seconds);
    }
    if (whole >= 1000000000 && whole <= 9999999999) {
        // Ten digits, every date from 2001-09-09 to 2286-11-20: in pairs, no length to find.
        out = write_digits(out, static_cast<std::uint32_t>(whole / 100000), 5);
        out = write_digits(out, static_cast<std::uint32_t>(whole % 100000), 5);
    } else {
        out = std::to_chars(out, out + 20, whole).ptr;
    }
    if (fraction != 0) {
        *out++ = '.';
        if (fraction % 1000000 == 0) {
            // Milliseconds, what AWS sends: three digits written, the trailing zeros then dropped.
            const std::uint32_t milliseconds = fraction / 1000000;
            out[0] = static_cast<char>('0' + milliseconds / 100);
            std::memcpy(out + 1, digit_pairs + 2 * (milliseconds % 100), 2);
            return out + 3 - (milliseconds % 10 == 0) - (milliseconds % 100 == 0);
        }
        int count = 9;
        if (fraction % 1000 == 0) {
            fraction /= 1000;
            count = 6;
        }
        while (fraction % 10 == 0) {
            fraction /= 10;
            --count;
        }
        out = write_digits(out, fraction, count);
    }
    return out;
}

}  // namespace awsjobs::detail

#endif

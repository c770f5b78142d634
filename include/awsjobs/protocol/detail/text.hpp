// One scalar member as text, both ways: a URI label, a query-string or header value, a field of
// a query-protocol form. Written as botocore writes it, read back strictly, with the reason
// when the text is not a value of the member's type.
#ifndef AWSJOBS_PROTOCOL_DETAIL_TEXT_HPP
#define AWSJOBS_PROTOCOL_DETAIL_TEXT_HPP

#include <awsjobs/core/detail/chrono.hpp>
#include <awsjobs/core/detail/floating.hpp>
#include <awsjobs/core/detail/type_traits.hpp>
#include <awsjobs/core/detail/utf8.hpp>
#include <awsjobs/core/map.hpp>
#include <awsjobs/core/open_enum.hpp>
#include <awsjobs/core/timestamp.hpp>

#include <date/date.h>

#include <array>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace awsjobs::protocol::detail {

/// Where the text goes: headers write timestamps as HTTP dates (botocore's rfc822), the
/// others as ISO 8601 (botocore's iso8601, the query protocol's and the query string's).
enum class text_place { label, query, header };

template <class T>
struct is_open_enum : std::false_type {};
template <class E, class S>
struct is_open_enum<awsjobs::open_enum<E, S>> : std::true_type {};

template <class T>
struct is_map : std::false_type {};
template <class K, class V, class A>
struct is_map<awsjobs::map<K, V, A>> : std::true_type {};

/// A type with one text form: what a label, header or query value can hold.
template <class T>
concept scalar =
    std::is_same_v<T, std::string> || std::is_same_v<T, std::string_view> || is_open_enum<T>::value ||
    std::is_same_v<T, bool> || awsjobs::detail::integer_number<T> || std::is_floating_point_v<T> ||
    awsjobs::is_timestamp<T>::value;

inline constexpr std::array<std::string_view, 7> weekday_names{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
inline constexpr std::array<std::string_view, 12> month_names{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

inline void append_number(std::int64_t value, int width, std::string& out) {
    std::array<char, 24> digits{};
    const auto end = std::to_chars(digits.data(), digits.data() + digits.size(), value).ptr;
    for (auto n = end - digits.data(); n < width; ++n) out += '0';
    out.append(digits.data(), end);
}

/// botocore's forms: ISO 8601 `2020-01-02T03:04:05Z` (a fraction only when there is one,
/// microseconds, or nanoseconds when those carry information), or the HTTP date
/// `Thu, 02 Jan 2020 03:04:05 GMT` (whole seconds) for headers.
template <timestamp_format F>
void append_timestamp(const timestamp<F>& t, text_place place, std::string& out) {
    const date::sys_days day = std::chrono::floor<date::days>(t.seconds());
    const date::year_month_day ymd{day};
    const date::hh_mm_ss time{t.seconds() - day};
    auto two = [&](auto value) { append_number(static_cast<std::int64_t>(value), 2, out); };
    if (place == text_place::header) {
        out.append(weekday_names[date::weekday{day}.c_encoding()]).append(", ");
        two(static_cast<unsigned>(ymd.day()));
        out.append(" ").append(month_names[static_cast<unsigned>(ymd.month()) - 1]).append(" ");
        append_number(static_cast<int>(ymd.year()), 4, out);
        out += ' ';
    } else {
        append_number(static_cast<int>(ymd.year()), 4, out);
        out += '-';
        two(static_cast<unsigned>(ymd.month()));
        out += '-';
        two(static_cast<unsigned>(ymd.day()));
        out += 'T';
    }
    two(time.hours().count());
    out += ':';
    two(time.minutes().count());
    out += ':';
    two(time.seconds().count());
    if (place == text_place::header) {
        out += " GMT";
        return;
    }
    const auto nanos = t.subseconds().count();
    if (nanos != 0) {
        out += '.';
        if (nanos % 1000 == 0) append_number(nanos / 1000, 6, out);
        else append_number(nanos, 9, out);
    }
    out += 'Z';
}

/// Appends `value` as text.
template <scalar T>
void append_text(const T& value, text_place place, std::string& out) {
    if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, std::string_view>) {
        out.append(value);
    } else if constexpr (is_open_enum<T>::value) {
        out.append(value.wire_name());
    } else if constexpr (std::is_same_v<T, bool>) {
        out.append(value ? "true" : "false");
    } else if constexpr (awsjobs::detail::integer_number<T>) {
        append_number(static_cast<std::int64_t>(value), 0, out);
    } else if constexpr (std::is_floating_point_v<T>) {
        std::array<char, 32> digits{};
        out.append(digits.data(), std::to_chars(digits.data(), digits.data() + digits.size(), value).ptr);
    } else {
        append_timestamp(value, place, out);
    }
}

/// The HTTP date `Thu, 02 Jan 2020 03:04:05 GMT` (RFC 7231's IMF-fixdate), as seconds.
inline const char* parse_http_date(std::string_view text, awsjobs::detail::instant& out) noexcept {
    constexpr const char* form = "expected an HTTP date such as Thu, 02 Jan 2020 03:04:05 GMT";
    if (text.size() != 29 || text.substr(3, 2) != ", " || text[7] != ' ' || text[11] != ' ' || text[16] != ' ' ||
        text.substr(25) != " GMT")
        return form;
    std::size_t weekday = 0, month = 0;
    while (weekday != weekday_names.size() && weekday_names[weekday] != text.substr(0, 3)) ++weekday;
    while (month != month_names.size() && month_names[month] != text.substr(8, 3)) ++month;
    if (weekday == weekday_names.size() || month == month_names.size()) return form;
    auto digits_at = [&](std::size_t at, int count, int& value) {
        const char* p = text.data() + at;
        return awsjobs::detail::read_digits(p, p + count, count, value);
    };
    int day, year, hour, minute, second;
    if (!digits_at(5, 2, day) || !digits_at(12, 4, year) || !digits_at(17, 2, hour) || text[19] != ':' ||
        !digits_at(20, 2, minute) || text[22] != ':' || !digits_at(23, 2, second))
        return form;
    const date::year_month_day ymd{date::year{year}, date::month{static_cast<unsigned>(month + 1)},
                                   date::day{static_cast<unsigned>(day)}};
    if (year == 0 || !ymd.ok()) return "no such date";
    if (hour > 23 || minute > 59 || second > 59) return "no such time of day";
    const date::sys_days days{ymd};
    if (date::weekday{days}.c_encoding() != weekday) return "the weekday is not the date's";
    out = {std::int64_t{days.time_since_epoch().count()} * 86400 + hour * 3600 + minute * 60 + second, 0};
    return nullptr;
}

/// Reads `text` into `value`; on failure, why it is not a value of T ("is not a boolean
/// (true or false)"), to follow the parameter's name in a message.
template <scalar T>
std::optional<std::string> read_text(std::string_view text, text_place place, T& value) {
    if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, std::string_view> || is_open_enum<T>::value) {
        const std::size_t bad = awsjobs::detail::find_invalid_utf8(text.data(), text.size());
        if (bad != text.size()) return "is not UTF-8 once decoded (byte " + std::to_string(bad) + " of its value)";
    }
    if constexpr (std::is_same_v<T, std::string>) {
        value.assign(text);
    } else if constexpr (std::is_same_v<T, std::string_view>) {
        value = text;
    } else if constexpr (is_open_enum<T>::value) {
        value = T::from_wire(text);
    } else if constexpr (std::is_same_v<T, bool>) {
        if (text != "true" && text != "false") return "is not a boolean (true or false)";
        value = text == "true";
    } else if constexpr (awsjobs::detail::integer_number<T>) {
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec == std::errc::result_out_of_range)
            return std::string("is out of the range of an ") + awsjobs::detail::integer_name<T>();
        if (text.empty() || ec != std::errc{} || end != text.data() + text.size() || text.starts_with('+'))
            return "is not a decimal integer";
    } else if constexpr (std::is_floating_point_v<T>) {
        if (awsjobs::detail::read_floating(text, value) != awsjobs::detail::floating_status::ok)
            return "is not a number";
    } else {
        awsjobs::detail::instant when;
        const char* why = place == text_place::header ? parse_http_date(text, when)
                                                      : awsjobs::detail::parse_iso8601(text, when);
        if (why) return std::string("is not a timestamp: ") + why;
        value = T(std::chrono::sys_seconds(std::chrono::seconds(when.seconds)), std::chrono::nanoseconds(when.nanoseconds));
    }
    return std::nullopt;
}

}  // namespace awsjobs::protocol::detail

#endif

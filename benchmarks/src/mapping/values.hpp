// Leaf conversions shared by every peer: timestamps, enums, optional-like members.
//
// The peers parse timestamps with awsjobs' own routines (and look enums up with
// open_enum::from_wire): the same code at the same cost for every library, so
// that the comparison measures JSON parsing and mapping, not date arithmetic.
#ifndef AWSJOBS_BENCH_MAPPING_VALUES_HPP
#define AWSJOBS_BENCH_MAPPING_VALUES_HPP

#include <awsjobs/core/detail/chrono.hpp>
#include <awsjobs/core/one_of.hpp>
#include <awsjobs/core/open_enum.hpp>
#include <awsjobs/core/required.hpp>
#include <awsjobs/core/timestamp.hpp>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>
#include <vector>

namespace awsjobs_bench::mapping {

template <class T>
struct is_optional_like : std::false_type {};
template <class T>
struct is_optional_like<std::optional<T>> : std::true_type {};
template <class T>
struct is_optional_like<awsjobs::required<T>> : std::true_type {};

template <class T>
struct is_vector : std::false_type {};
template <class T, class A>
struct is_vector<std::vector<T, A>> : std::true_type {};

template <awsjobs::timestamp_format F>
awsjobs::timestamp<F> make_timestamp(awsjobs::detail::instant when) {
    return {std::chrono::sys_seconds(std::chrono::seconds(when.seconds)), std::chrono::nanoseconds(when.nanoseconds)};
}

template <awsjobs::timestamp_format F>
awsjobs::detail::instant instant_of(const awsjobs::timestamp<F>& t) {
    return {t.seconds().time_since_epoch().count(), static_cast<std::uint32_t>(t.subseconds().count())};
}

/// An ISO 8601 string, as every GetJob timestamp.
template <awsjobs::timestamp_format F>
bool timestamp_from_text(std::string_view text, awsjobs::timestamp<F>& out) {
    awsjobs::detail::instant when;
    if (awsjobs::detail::parse_iso8601(text, when)) return false;
    out = make_timestamp<F>(when);
    return true;
}

/// Epoch seconds that a DOM has already turned into a double. AWS sends at most
/// three fractional digits, so rounding to the millisecond recovers the exact
/// value (a double carries about 16 significant digits; these have 13).
template <awsjobs::timestamp_format F>
bool timestamp_from_seconds(double seconds, awsjobs::timestamp<F>& out) {
    if (!std::isfinite(seconds) || std::fabs(seconds) > 1e13) return false;
    const auto millis = std::llround(seconds * 1000.0);
    const std::int64_t whole = millis >= 0 ? millis / 1000 : -((-millis + 999) / 1000);
    const auto rest = static_cast<std::uint32_t>(millis - whole * 1000);
    out = make_timestamp<F>({whole, rest * 1000000u});
    return true;
}

/// The timestamp as a JSON-ready double of epoch seconds (for the DOM writers).
template <awsjobs::timestamp_format F>
double timestamp_to_seconds(const awsjobs::timestamp<F>& t) {
    return static_cast<double>(t.seconds().time_since_epoch().count()) + static_cast<double>(t.subseconds().count()) / 1e9;
}

/// Index of `key` among U's alternative keys, or U::keys.size().
template <class U>
std::size_t alternative_index(std::string_view key) {
    std::size_t i = 0;
    while (i != U::keys.size() && U::keys[i] != key) ++i;
    return i;
}

}  // namespace awsjobs_bench::mapping

#endif

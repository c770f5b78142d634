// timestamp<Format>: a UTC instant with nanosecond resolution, and the wire format it is written in.
#ifndef AWSJOBS_CORE_TIMESTAMP_HPP
#define AWSJOBS_CORE_TIMESTAMP_HPP

#include <awsjobs/core/detail/chrono.hpp>

#include <chrono>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>

namespace awsjobs {

/// How a timestamp member is written. Reading accepts every form regardless.
enum class timestamp_format {
    iso8601,        ///< "2019-10-11T14:12:24.640Z": UTC, milliseconds or more digits when they carry information
    epoch_seconds,  ///< 1597251915.243: a JSON number, a fraction only when needed
};

/// A point in time between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999999999Z.
///
/// It is a std::chrono::sys_seconds plus a nanosecond remainder rather than one
/// sys_time<nanoseconds>, because 64-bit nanoseconds only span the years 1678-2262,
/// and ISO 8601 input may carry nine fractional digits for any year.
template <timestamp_format Format>
class timestamp {
public:
    static constexpr timestamp_format format = Format;

    constexpr timestamp() noexcept = default;

    /// From any std::chrono::sys_time, e.g. std::chrono::system_clock::now().
    template <class Duration>
    constexpr timestamp(std::chrono::sys_time<Duration> t) noexcept {
        const auto whole = std::chrono::floor<std::chrono::seconds>(t);
        seconds_ = whole;
        subseconds_ = std::chrono::duration_cast<std::chrono::nanoseconds>(t - whole);
    }

    /// Preconditions: 0 <= subseconds < 1s.
    constexpr timestamp(std::chrono::sys_seconds seconds, std::chrono::nanoseconds subseconds) noexcept
        : seconds_(seconds), subseconds_(subseconds) {}

    /// The same instant in another wire format.
    template <timestamp_format Other>
    constexpr timestamp(const timestamp<Other>& other) noexcept
        : seconds_(other.seconds()), subseconds_(other.subseconds()) {}

    /// The whole seconds (floor).
    constexpr std::chrono::sys_seconds seconds() const noexcept { return seconds_; }
    /// The part below one second, in [0, 1s).
    constexpr std::chrono::nanoseconds subseconds() const noexcept { return subseconds_; }

    /// As a sys_time of the requested precision (rounded down). With nanoseconds,
    /// only instants between the years 1678 and 2262 are representable.
    template <class Duration = std::chrono::microseconds>
    constexpr std::chrono::sys_time<Duration> time_point() const noexcept {
        return std::chrono::time_point_cast<Duration>(seconds_) +
               std::chrono::floor<Duration>(subseconds_);
    }

    friend constexpr bool operator==(const timestamp&, const timestamp&) = default;
    friend constexpr auto operator<=>(const timestamp&, const timestamp&) = default;

private:
    std::chrono::sys_seconds seconds_{};
    std::chrono::nanoseconds subseconds_{};
};

namespace detail {
/// The instant `t` stands for, or nothing when it lies outside the years 0001-9999
/// (or was built with a sub-second part outside [0, 1s)).
template <timestamp_format F>
constexpr std::optional<instant> checked_instant(const timestamp<F>& t) noexcept {
    const auto seconds = t.seconds().time_since_epoch().count();
    const auto nanos = t.subseconds().count();
    if (!in_range(seconds) || nanos < 0 || nanos >= 1000000000) return std::nullopt;
    return instant{seconds, static_cast<std::uint32_t>(nanos)};
}
}  // namespace detail

/// `2019-10-11T14:12:24.640Z`, whatever the wire format: UTC, with milliseconds,
/// or six or nine fractional digits when they carry information. Empty when the
/// instant lies outside the years 0001-9999.
template <timestamp_format F>
std::string to_iso8601(const timestamp<F>& t) {
    const auto when = detail::checked_instant(t);
    if (!when) return {};
    char text[detail::iso8601_max_size];
    return {text, detail::format_iso8601(text, *when)};
}

using iso8601_timestamp = timestamp<timestamp_format::iso8601>;
using epoch_timestamp = timestamp<timestamp_format::epoch_seconds>;

template <class T>
struct is_timestamp : std::false_type {};
template <timestamp_format F>
struct is_timestamp<timestamp<F>> : std::true_type {};

}  // namespace awsjobs

#endif

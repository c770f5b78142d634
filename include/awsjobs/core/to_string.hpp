// Text for the codec's value types: to_string and operator<< for described enums,
// open_enum, timestamps and errors, as they appear on the wire.
#ifndef AWSJOBS_CORE_TO_STRING_HPP
#define AWSJOBS_CORE_TO_STRING_HPP

#include <awsjobs/core/detail/describe.hpp>
#include <awsjobs/core/error.hpp>
#include <awsjobs/core/open_enum.hpp>
#include <awsjobs/core/timestamp.hpp>

#include <ostream>
#include <string>
#include <string_view>

namespace awsjobs {

/// The wire name of an enumerator (`"ERROR"` for State::ERROR_, `"aws:kms"`), or
/// an empty view for a value that is none of E's enumerators.
template <class E>
    requires detail::described_enum<E>
constexpr std::string_view to_string_view(E value) noexcept {
    const std::size_t i = detail::enum_info<E>::index_of(value);
    return i == detail::enum_info<E>::size ? std::string_view{} : detail::enum_info<E>::names[i];
}

template <class E>
    requires detail::described_enum<E>
std::string to_string(E value) {
    return std::string(to_string_view(value));
}

/// The wire string, known or not.
template <class E, class S>
std::string to_string(const open_enum<E, S>& value) {
    return std::string(value.wire_name());
}

/// ISO 8601 in UTC, whatever the wire format (see to_iso8601).
template <timestamp_format F>
std::string to_string(const timestamp<F>& t) {
    return to_iso8601(t);
}

/// "type_mismatch at offset 42, $.Id: expected string, got number"
inline std::string to_string(const error& e) { return e.describe(); }

/// An enumerator that is none of E's (a cast from an integer) prints as its number,
/// so that nothing prints as an empty string.
template <class E>
    requires detail::described_enum<E>
std::ostream& operator<<(std::ostream& os, E value) {
    const std::string_view name = to_string_view(value);
    if (name.empty()) return os << static_cast<std::underlying_type_t<E>>(value);
    return os << name;
}

template <class E, class S>
std::ostream& operator<<(std::ostream& os, const open_enum<E, S>& value) {
    return os << value.wire_name();
}

template <timestamp_format F>
std::ostream& operator<<(std::ostream& os, const timestamp<F>& t) {
    return os << to_iso8601(t);
}

}  // namespace awsjobs

#endif

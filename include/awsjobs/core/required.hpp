// required<T>: a member the schema requires, which real input may still omit.
#ifndef AWSJOBS_CORE_REQUIRED_HPP
#define AWSJOBS_CORE_REQUIRED_HPP

#include <concepts>
#include <optional>
#include <type_traits>

namespace awsjobs {

/// Behaves exactly like std::optional<T> (reading tolerates its absence, writing
/// omits it when empty), but marks the member as required by the schema, so that
/// check_required() can report it when it is missing.
///
/// Why not a plain T: services do omit required members, and a plain T could not
/// tell "absent" from "empty", so writing it back would invent a value the
/// service never sent.
template <class T>
class required;

namespace detail {
template <class T>
inline constexpr bool is_optional_or_required = false;
template <class T>
inline constexpr bool is_optional_or_required<std::optional<T>> = true;
template <class T>
inline constexpr bool is_optional_or_required<required<T>> = true;
}  // namespace detail

template <class T>
class required : public std::optional<T> {
public:
    using std::optional<T>::optional;
    using std::optional<T>::operator=;

    constexpr required() noexcept = default;

    friend constexpr bool operator==(const required&, const required&) = default;

    /// `member == value`. Without it the call is ambiguous between std::optional's
    /// operator== and the one above through the converting constructor. (Limited to
    /// values convertible to T: a constraint on `t == u` itself would recurse through
    /// wrappers whose operator== finds this one by ADL.)
    template <class U>
        requires(!detail::is_optional_or_required<U> && std::convertible_to<const U&, T>)
    friend constexpr bool operator==(const required& a, const U& b) {
        return a.has_value() && *a == b;
    }
};

template <class T>
struct is_required : std::false_type {};
template <class T>
struct is_required<required<T>> : std::true_type {};

}  // namespace awsjobs

#endif

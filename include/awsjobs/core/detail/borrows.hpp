// Whether a type points into text it does not own (std::string_view anywhere inside).
#ifndef AWSJOBS_CORE_DETAIL_BORROWS_HPP
#define AWSJOBS_CORE_DETAIL_BORROWS_HPP

#include <awsjobs/core/detail/describe.hpp>
#include <awsjobs/core/one_of.hpp>
#include <awsjobs/core/open_enum.hpp>
#include <awsjobs/core/required.hpp>

#include <boost/mp11/algorithm.hpp>

#include <optional>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

namespace awsjobs::detail {

/// True when a T read in place would hold string_views into the input buffer:
/// such a value must not outlive the buffer. Follows optional and required,
/// vectors, one_of alternatives, open_enum's string type and described members.
template <class T>
struct borrows : std::false_type {};

template <class T>
inline constexpr bool borrows_v = borrows<std::remove_cv_t<T>>::value;

template <class C, class Tr>
struct borrows<std::basic_string_view<C, Tr>> : std::true_type {};
template <class T>
struct borrows<std::optional<T>> : borrows<T> {};
template <class T>
struct borrows<required<T>> : borrows<T> {};
template <class T, class A>
struct borrows<std::vector<T, A>> : borrows<T> {};
template <class E, class S>
struct borrows<open_enum<E, S>> : borrows<S> {};
template <class... A>
struct borrows<one_of<A...>> : std::bool_constant<(borrows_v<typename A::type> || ...)> {};

template <class T, class Members>
struct any_member_borrows;
template <class T, template <class...> class L, class... D>
struct any_member_borrows<T, L<D...>>
    : std::bool_constant<(borrows_v<std::remove_cvref_t<decltype(std::declval<const T&>().*D::pointer)>> || ...)> {};

template <described_struct T>
struct borrows<T> : any_member_borrows<T, members_of<T>> {};

}  // namespace awsjobs::detail

#endif

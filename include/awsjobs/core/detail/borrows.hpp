// Whether a type's values point into the text they were read from, asked both ways, each
// answering yes only when sure: `borrows` (a std::string_view somewhere inside) refuses what
// would certainly dangle, `owns_text` (every part a type that owns its characters) allows what
// is certainly safe. A type neither knows, such as a program's own, gets no from both.
#ifndef AWSJOBS_CORE_DETAIL_BORROWS_HPP
#define AWSJOBS_CORE_DETAIL_BORROWS_HPP

#include <awsjobs/core/detail/describe.hpp>
#include <awsjobs/core/detail/loose_string.hpp>
#include <awsjobs/core/map.hpp>
#include <awsjobs/core/one_of.hpp>
#include <awsjobs/core/open_enum.hpp>
#include <awsjobs/core/required.hpp>
#include <awsjobs/core/timestamp.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace awsjobs::detail {

// Both follow optional and required, vectors, maps, one_of alternatives, open_enum's string type
// and described members. `Seen` are the structs being looked into, outer first: a struct that
// contains itself (a tree node's list of nodes) adds nothing the first look does not decide.

/// The type of a described member D of T.
template <class T, class D>
using member_type = std::remove_cvref_t<decltype(std::declval<const T&>().*D::pointer)>;

template <class T, class... Seen>
struct borrows_in : std::false_type {};

/// True when a T read in place would hold string_views into the input buffer:
/// such a value must not outlive the buffer.
template <class T>
inline constexpr bool borrows_v = borrows_in<std::remove_cv_t<T>>::value;

template <class C, class Tr, class... Seen>
struct borrows_in<std::basic_string_view<C, Tr>, Seen...> : std::true_type {};
template <class T, class... Seen>
struct borrows_in<std::optional<T>, Seen...> : borrows_in<T, Seen...> {};
template <class T, class... Seen>
struct borrows_in<required<T>, Seen...> : borrows_in<T, Seen...> {};
template <class T, class A, class... Seen>
struct borrows_in<std::vector<T, A>, Seen...> : borrows_in<T, Seen...> {};
template <class K, class V, class A, class... Seen>
struct borrows_in<map<K, V, A>, Seen...> : std::disjunction<borrows_in<K, Seen...>, borrows_in<V, Seen...>> {};
template <class E, class S, class... Seen>
struct borrows_in<open_enum<E, S>, Seen...> : borrows_in<S, Seen...> {};
template <class... A, class... Seen>
struct borrows_in<one_of<A...>, Seen...> : std::disjunction<borrows_in<typename A::type, Seen...>...> {};

template <class T, class Members, class... Seen>
struct any_member_borrows;
template <class T, template <class...> class L, class... D, class... Seen>
struct any_member_borrows<T, L<D...>, Seen...> : std::disjunction<borrows_in<member_type<T, D>, T, Seen...>...> {};

template <described_struct T, class... Seen>
struct borrows_in<T, Seen...>
    : std::conjunction<std::negation<std::disjunction<std::is_same<T, Seen>...>>,
                       any_member_borrows<T, members_of<T>, Seen...>> {};

template <class T, class... Seen>
struct owns_text_in : std::bool_constant<std::is_arithmetic_v<T> || std::is_enum_v<T>> {};

/// True when a T read from a text keeps nothing of it: its numbers, enumerators, timestamps
/// and std::basic_string characters (std::pmr::string too) are its own. Any other type counts
/// as borrowing, so that a text is never freed under a value that may point into it.
template <class T>
inline constexpr bool owns_text_v = owns_text_in<std::remove_cv_t<T>>::value;

template <class Tr, class A, class... Seen>
struct owns_text_in<std::basic_string<char, Tr, A>, Seen...> : std::true_type {};
template <timestamp_format F, class... Seen>
struct owns_text_in<timestamp<F>, Seen...> : std::true_type {};
template <class... Seen>
struct owns_text_in<loose_string, Seen...> : std::true_type {};
template <class T, class... Seen>
struct owns_text_in<std::optional<T>, Seen...> : owns_text_in<T, Seen...> {};
template <class T, class... Seen>
struct owns_text_in<required<T>, Seen...> : owns_text_in<T, Seen...> {};
template <class T, class A, class... Seen>
struct owns_text_in<std::vector<T, A>, Seen...> : owns_text_in<T, Seen...> {};
template <class K, class V, class A, class... Seen>
struct owns_text_in<map<K, V, A>, Seen...> : std::conjunction<owns_text_in<K, Seen...>, owns_text_in<V, Seen...>> {};
template <class E, class S, class... Seen>
struct owns_text_in<open_enum<E, S>, Seen...> : owns_text_in<S, Seen...> {};
// An unknown alternative keeps its key and JSON text in std::strings of its own.
template <class... A, class... Seen>
struct owns_text_in<one_of<A...>, Seen...> : std::conjunction<owns_text_in<typename A::type, Seen...>...> {};

template <class T, class Members, class... Seen>
struct all_members_own_text;
template <class T, template <class...> class L, class... D, class... Seen>
struct all_members_own_text<T, L<D...>, Seen...> : std::conjunction<owns_text_in<member_type<T, D>, T, Seen...>...> {};

template <described_struct T, class... Seen>
struct owns_text_in<T, Seen...>
    : std::disjunction<std::is_same<T, Seen>..., all_members_own_text<T, members_of<T>, Seen...>> {};

}  // namespace awsjobs::detail

#endif

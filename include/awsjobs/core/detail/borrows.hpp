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

/// The type of a described member D of T.
template <class T, class D>
using member_type = std::remove_cvref_t<decltype(std::declval<const T&>().*D::pointer)>;

/// Asks `Question` of every part of a T: through optional and required, vectors, maps (keys and
/// values), one_of alternatives, open_enum's string type and described members, down to the
/// types that have no parts, which Question::leaf answers. The parts' answers are combined by
/// Question::all (std::disjunction or std::conjunction). `Seen` are the structs being looked
/// into, outer first: a struct that contains itself (a tree node's list of nodes) adds nothing
/// the first look does not decide, so it counts as Question::all<>, which changes no answer.
template <class Question, class T, class... Seen>
struct ask_parts : Question::template leaf<T> {};

template <class Question, class T, class... Seen>
struct ask_parts<Question, std::optional<T>, Seen...> : ask_parts<Question, T, Seen...> {};
template <class Question, class T, class... Seen>
struct ask_parts<Question, required<T>, Seen...> : ask_parts<Question, T, Seen...> {};
template <class Question, class T, class A, class... Seen>
struct ask_parts<Question, std::vector<T, A>, Seen...> : ask_parts<Question, T, Seen...> {};
template <class Question, class K, class V, class A, class... Seen>
struct ask_parts<Question, map<K, V, A>, Seen...>
    : Question::template all<ask_parts<Question, K, Seen...>, ask_parts<Question, V, Seen...>> {};
template <class Question, class E, class S, class... Seen>
struct ask_parts<Question, open_enum<E, S>, Seen...> : ask_parts<Question, S, Seen...> {};
// An unknown alternative keeps its key and JSON text in std::strings of its own.
template <class Question, class... A, class... Seen>
struct ask_parts<Question, one_of<A...>, Seen...> : Question::template all<ask_parts<Question, typename A::type, Seen...>...> {};

template <class Question, class T, class Members, class... Seen>
struct ask_members;
template <class Question, class T, template <class...> class L, class... D, class... Seen>
struct ask_members<Question, T, L<D...>, Seen...>
    : Question::template all<ask_parts<Question, member_type<T, D>, T, Seen...>...> {};

template <class Question, described_struct T, class... Seen>
struct ask_parts<Question, T, Seen...>
    : std::conditional_t<(std::is_same_v<T, Seen> || ...), typename Question::template all<>,
                         ask_members<Question, T, members_of<T>, Seen...>> {};

template <class T>
struct is_string_view : std::false_type {};
template <class C, class Tr>
struct is_string_view<std::basic_string_view<C, Tr>> : std::true_type {};

/// Whether some part is a string_view.
struct any_string_view {
    template <class T>
    using leaf = is_string_view<T>;
    template <class... Parts>
    using all = std::disjunction<Parts...>;
};

/// True when a T read in place would hold string_views into the input buffer:
/// such a value must not outlive the buffer.
template <class T>
inline constexpr bool borrows_v = ask_parts<any_string_view, std::remove_cv_t<T>>::value;

template <class T>
struct has_own_characters : std::bool_constant<std::is_arithmetic_v<T> || std::is_enum_v<T>> {};
template <class Tr, class A>
struct has_own_characters<std::basic_string<char, Tr, A>> : std::true_type {};
template <timestamp_format F>
struct has_own_characters<timestamp<F>> : std::true_type {};
template <>
struct has_own_characters<loose_string> : std::true_type {};

/// Whether every part is a number, an enumerator, a timestamp or a std::basic_string.
struct every_part_owned {
    template <class T>
    using leaf = has_own_characters<T>;
    template <class... Parts>
    using all = std::conjunction<Parts...>;
};

/// True when a T read from a text keeps nothing of it: its numbers, enumerators, timestamps
/// and std::basic_string characters (std::pmr::string too) are its own. Any other type counts
/// as borrowing, so that a text is never freed under a value that may point into it.
template <class T>
inline constexpr bool owns_text_v = ask_parts<every_part_owned, std::remove_cv_t<T>>::value;

}  // namespace awsjobs::detail

#endif

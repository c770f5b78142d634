/// \file
/// list_of<String, T>: the list type of a model over String, on String's allocator.
#ifndef AWSJOBS_CORE_LIST_HPP
#define AWSJOBS_CORE_LIST_HPP

#include <memory>
#include <type_traits>
#include <vector>

namespace awsjobs {

namespace detail {
/// The allocator of String's characters; std::allocator<char> for a type that has none
/// (std::string_view).
template <class String>
struct string_allocator {
    using type = std::allocator<char>;
};
template <class String>
    requires requires { typename String::allocator_type; }
struct string_allocator<String> {
    using type = typename String::allocator_type;
};
}  // namespace detail

/// The list shapes of `model<String>`: a std::vector of T whose allocator is String's,
/// rebound to T. So std::vector<T> for std::string and std::string_view (the owning and the
/// view flavour), std::pmr::vector<T> for std::pmr::string (the arena flavour), where a
/// list's elements and their strings come from one memory resource.
template <class String, class T>
using list_of =
    std::vector<T, typename std::allocator_traits<typename detail::string_allocator<String>::type>::template rebind_alloc<T>>;

}  // namespace awsjobs

#endif

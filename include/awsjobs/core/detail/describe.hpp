// What the codecs learn from Boost.Describe: members, their names on the wire, enumerators.
#ifndef AWSJOBS_CORE_DETAIL_DESCRIBE_HPP
#define AWSJOBS_CORE_DETAIL_DESCRIBE_HPP

#include <awsjobs/core/detail/key_table.hpp>
#include <awsjobs/core/names.hpp>

#include <boost/describe/enum.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <concepts>
#include <string_view>
#include <type_traits>

namespace awsjobs::detail {

template <class T>
using members_of = boost::describe::describe_members<T, boost::describe::mod_public | boost::describe::mod_inherited>;

template <class T>
concept described_struct = boost::describe::has_describe_members<T>::value && !std::is_union_v<T>;

template <class T>
concept described_enum = boost::describe::has_describe_enumerators<T>::value;

template <class T, class Naming, template <class...> class L, class... D>
constexpr std::array<std::string_view, sizeof...(D)> member_names_of(L<D...>) {
    return {Naming::template member_name<T>(D::name)...};
}

/// The names of T's members as `Naming` has them (see core/names.hpp), in declaration
/// order, and a perfect hash over them.
template <class T, class Naming = any_format>
struct struct_info {
    using members = members_of<T>;
    static constexpr std::size_t size = boost::mp11::mp_size<members>::value;
    static constexpr std::array<std::string_view, size> keys = member_names_of<T, Naming>(members{});
    static constexpr key_table<size> table{keys};
};

template <class E, template <class...> class L, class... D>
constexpr std::array<E, sizeof...(D)> enumerator_values(L<D...>) {
    return {D::value...};
}
template <class E, class Naming, template <class...> class L, class... D>
constexpr std::array<std::string_view, sizeof...(D)> enumerator_names(L<D...>) {
    return {Naming::enum_name(D::value, D::name)...};
}

/// The enumerators of E and their wire strings as `Naming` has them (see core/names.hpp).
template <class E, class Naming = any_format>
struct enum_info {
    using list = boost::describe::describe_enumerators<E>;
    static constexpr std::size_t size = boost::mp11::mp_size<list>::value;
    static constexpr std::array<E, size> values = enumerator_values<E>(list{});
    static constexpr std::array<std::string_view, size> names = enumerator_names<E, Naming>(list{});
    static constexpr key_table<size> table{names};

    /// Whether the enumerators are 0, 1, 2, ... in order, as generated enums are:
    /// then a value's position is the value itself.
    static constexpr bool dense = [] {
        for (std::size_t i = 0; i != size; ++i)
            if (static_cast<std::size_t>(static_cast<std::underlying_type_t<E>>(values[i])) != i) return false;
        return true;
    }();

    /// Position of `value` among the enumerators, or size if it is not one of them.
    /// A dense enum's takes one comparison, not a search with a branch per enumerator
    /// that the writer's branch predictor would have to learn per value.
    static constexpr std::size_t index_of(E value) noexcept {
        if constexpr (dense) {
            const auto i = static_cast<std::size_t>(static_cast<std::underlying_type_t<E>>(value));
            return i < size ? i : size;
        } else {
            for (std::size_t i = 0; i != size; ++i)
                if (values[i] == value) return i;
            return size;
        }
    }
};

}  // namespace awsjobs::detail

#endif

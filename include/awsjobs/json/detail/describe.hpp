// What the codec learns from Boost.Describe: members, their JSON keys, enumerators.
#ifndef AWSJOBS_JSON_DETAIL_DESCRIBE_HPP
#define AWSJOBS_JSON_DETAIL_DESCRIBE_HPP

#include <awsjobs/json/detail/key_table.hpp>

#include <boost/describe/enum.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <concepts>
#include <string_view>
#include <type_traits>

namespace awsjobs::json::detail {

template <class T>
using members_of = boost::describe::describe_members<T, boost::describe::mod_public | boost::describe::mod_inherited>;

template <class T>
concept described_struct = boost::describe::has_describe_members<T>::value && !std::is_union_v<T>;

template <class T>
concept described_enum = boost::describe::has_describe_enumerators<T>::value;

// Customisation point: a class may rename the JSON key of a member with
//     constexpr std::string_view awsjobs_json_key(const T*, std::string_view member);
// found by argument-dependent lookup. It returns the key (or the member name unchanged).
template <class T>
constexpr std::string_view json_key_of(std::string_view member) {
    if constexpr (requires { { awsjobs_json_key(static_cast<const T*>(nullptr), member) } -> std::convertible_to<std::string_view>; })
        return awsjobs_json_key(static_cast<const T*>(nullptr), member);
    else
        return member;
}

template <class T, template <class...> class L, class... D>
constexpr std::array<std::string_view, sizeof...(D)> member_keys_of(L<D...>) {
    return {json_key_of<T>(D::name)...};
}

/// The JSON keys of T's members, in declaration order, and a perfect hash over them.
template <class T>
struct struct_info {
    using members = members_of<T>;
    static constexpr std::size_t size = boost::mp11::mp_size<members>::value;
    static constexpr std::array<std::string_view, size> keys = member_keys_of<T>(members{});
    static constexpr key_table<size> table{keys};
};

// Customisation point: an enumerator whose wire string differs from its name
// (`aws:kms`, `Assets per revision`, or a name that is a macro somewhere, such as
// ERROR) is mapped with
//     constexpr std::string_view awsjobs_json_name(E value);
// found by argument-dependent lookup. Returning an empty view keeps the name.
template <class E>
constexpr std::string_view wire_name_of(E value, std::string_view described) {
    if constexpr (requires { { awsjobs_json_name(value) } -> std::convertible_to<std::string_view>; }) {
        const std::string_view custom = awsjobs_json_name(value);
        if (!custom.empty()) return custom;
    }
    return described;
}

template <class E, template <class...> class L, class... D>
constexpr std::array<E, sizeof...(D)> enumerator_values(L<D...>) {
    return {D::value...};
}
template <class E, template <class...> class L, class... D>
constexpr std::array<std::string_view, sizeof...(D)> enumerator_names(L<D...>) {
    return {wire_name_of<E>(D::value, D::name)...};
}

/// The enumerators of E and their wire strings.
template <class E>
struct enum_info {
    using list = boost::describe::describe_enumerators<E>;
    static constexpr std::size_t size = boost::mp11::mp_size<list>::value;
    static constexpr std::array<E, size> values = enumerator_values<E>(list{});
    static constexpr std::array<std::string_view, size> names = enumerator_names<E>(list{});
    static constexpr key_table<size> table{names};

    /// Position of `value` among the enumerators, or size if it is not one of them.
    static constexpr std::size_t index_of(E value) noexcept {
        for (std::size_t i = 0; i != size; ++i)
            if (values[i] == value) return i;
        return size;
    }
};

}  // namespace awsjobs::json::detail

#endif

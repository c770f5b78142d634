// How XML names members and enumerators: the awsjobs_xml_* hooks, else the generic ones.
#ifndef AWSJOBS_XML_DETAIL_DESCRIBE_HPP
#define AWSJOBS_XML_DETAIL_DESCRIBE_HPP

#include <awsjobs/core/detail/describe.hpp>
#include <awsjobs/core/detail/key_table.hpp>
#include <awsjobs/core/names.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <string_view>
#include <type_traits>

namespace awsjobs::xml::detail {

using awsjobs::detail::described_enum;
using awsjobs::detail::described_struct;
using awsjobs::detail::members_of;

/// Whether T declares awsjobs_xml_member_name.
template <class T>
concept xml_renames_members = requires(std::string_view member) {
    { awsjobs_xml_member_name(static_cast<const T*>(nullptr), member) } -> std::convertible_to<std::string_view>;
};

/// Whether E declares awsjobs_xml_enum_name.
template <class E>
concept xml_renames_enumerators = requires(E value) {
    { awsjobs_xml_enum_name(value) } -> std::convertible_to<std::string_view>;
};

/// Names in XML: the XML hook's when it gives one, else the generic rule (core/names.hpp).
struct xml_naming {
    template <class T>
    static constexpr std::string_view member_name(std::string_view member) {
        if constexpr (xml_renames_members<T>) {
            const std::string_view custom = awsjobs_xml_member_name(static_cast<const T*>(nullptr), member);
            if (!custom.empty()) return custom;
        }
        return awsjobs::detail::member_name_of<T>(member);
    }
    template <class E>
    static constexpr std::string_view enum_name(E value, std::string_view described) {
        if constexpr (xml_renames_enumerators<E>) {
            const std::string_view custom = awsjobs_xml_enum_name(value);
            if (!custom.empty()) return custom;
        }
        return awsjobs::detail::enum_name_of(value, described);
    }
};

/// E's enumerators under their XML strings: the generic table unless E has an XML hook.
template <class E>
using enum_info = std::conditional_t<xml_renames_enumerators<E>, awsjobs::detail::enum_info<E, xml_naming>,
                                     awsjobs::detail::enum_info<E>>;

/// Whether `name` can be written as an element name as it is: an XML Name of ASCII
/// letters, digits, '_', '-', '.' and ':' not starting with a digit, '-' or '.'.
constexpr bool is_plain_xml_name(std::string_view name) noexcept {
    if (name.empty()) return false;
    auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':'; };
    if (!letter(name[0])) return false;
    for (char c : name)
        if (!letter(c) && !(c >= '0' && c <= '9') && c != '-' && c != '.') return false;
    return true;
}

template <class T, template <class...> class L, class... D>
constexpr std::array<std::string_view, sizeof...(D)> element_names_of(L<D...>) {
    return {xml_naming::member_name<T>(D::name)...};
}

/// The element names of T's members, in declaration order, and a perfect hash over them.
template <class T>
struct struct_info {
    using members = members_of<T>;
    static constexpr std::size_t size = boost::mp11::mp_size<members>::value;
    static constexpr std::array<std::string_view, size> names = [] {
        constexpr auto checked = element_names_of<T>(members{});
        for (std::string_view name : checked)
            if (!is_plain_xml_name(name)) throw "an element name must be an XML name";  // compile-time error
        return checked;
    }();
    static constexpr awsjobs::detail::key_table<size> table{names};
};

}  // namespace awsjobs::xml::detail

#endif

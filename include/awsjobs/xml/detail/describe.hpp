// What the XML codec takes from the reflection the JSON codec uses: element names.
#ifndef AWSJOBS_XML_DETAIL_DESCRIBE_HPP
#define AWSJOBS_XML_DETAIL_DESCRIBE_HPP

#include <awsjobs/json/detail/describe.hpp>
#include <awsjobs/json/detail/key_table.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <string_view>

namespace awsjobs::xml::detail {

using json::detail::described_enum;
using json::detail::described_struct;
using json::detail::members_of;

// Customisation point: a class may give a member an element name of its own with
//     constexpr std::string_view awsjobs_xml_name(const T*, std::string_view member);
// found by argument-dependent lookup. Without it the element is named as the member's
// JSON key (awsjobs_json_key, else the member's name): the AWS models use the same
// names in both formats, so one customisation serves both unless XML must differ.
template <class T>
constexpr std::string_view element_name_of(std::string_view member) {
    if constexpr (requires { { awsjobs_xml_name(static_cast<const T*>(nullptr), member) } -> std::convertible_to<std::string_view>; })
        return awsjobs_xml_name(static_cast<const T*>(nullptr), member);
    else
        return json::detail::json_key_of<T>(member);
}

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
    return {element_name_of<T>(D::name)...};
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
    static constexpr json::detail::key_table<size> table{names};
};

}  // namespace awsjobs::xml::detail

#endif

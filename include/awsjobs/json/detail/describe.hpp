// How JSON names members and enumerators: the awsjobs_json_* hooks, else the generic ones.
#ifndef AWSJOBS_JSON_DETAIL_DESCRIBE_HPP
#define AWSJOBS_JSON_DETAIL_DESCRIBE_HPP

#include <awsjobs/core/detail/describe.hpp>
#include <awsjobs/core/names.hpp>

#include <concepts>
#include <string_view>
#include <type_traits>

namespace awsjobs::json::detail {

/// Whether T declares awsjobs_json_member_name.
template <class T>
concept json_renames_members = requires(std::string_view member) {
    { awsjobs_json_member_name(static_cast<const T*>(nullptr), member) } -> std::convertible_to<std::string_view>;
};

/// Whether E declares awsjobs_json_enum_name.
template <class E>
concept json_renames_enumerators = requires(E value) {
    { awsjobs_json_enum_name(value) } -> std::convertible_to<std::string_view>;
};

/// Names in JSON: the JSON hook's when it gives one, else the generic rule (core/names.hpp).
struct json_naming {
    template <class T>
    static constexpr std::string_view member_name(std::string_view member) {
        if constexpr (json_renames_members<T>) {
            const std::string_view custom = awsjobs_json_member_name(static_cast<const T*>(nullptr), member);
            if (!custom.empty()) return custom;
        }
        return awsjobs::detail::member_name_of<T>(member);
    }
    template <class E>
    static constexpr std::string_view enum_name(E value, std::string_view described) {
        if constexpr (json_renames_enumerators<E>) {
            const std::string_view custom = awsjobs_json_enum_name(value);
            if (!custom.empty()) return custom;
        }
        return awsjobs::detail::enum_name_of(value, described);
    }
};

// The generic tables unless the type has a JSON hook: one table per type, shared with
// the other formats and with open_enum, when the names are the same everywhere.

/// T's members under their JSON keys.
template <class T>
using struct_info = std::conditional_t<json_renames_members<T>, awsjobs::detail::struct_info<T, json_naming>,
                                       awsjobs::detail::struct_info<T>>;

/// E's enumerators under their JSON strings.
template <class E>
using enum_info = std::conditional_t<json_renames_enumerators<E>, awsjobs::detail::enum_info<E, json_naming>,
                                     awsjobs::detail::enum_info<E>>;

}  // namespace awsjobs::json::detail

#endif

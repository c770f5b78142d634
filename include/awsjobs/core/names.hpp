// The customisation points that rename members and enumerators on the wire.
//
// A described type keeps its C++ names in every format unless one of these functions,
// declared beside the type and found by argument-dependent lookup, says otherwise:
//
//     // every format
//     constexpr std::string_view awsjobs_member_name(const T*, std::string_view member);
//     constexpr std::string_view awsjobs_enum_name(E value);
//     // one format, overriding the above for it
//     constexpr std::string_view awsjobs_json_member_name(const T*, std::string_view member);
//     constexpr std::string_view awsjobs_xml_member_name(const T*, std::string_view member);
//     constexpr std::string_view awsjobs_json_enum_name(E value);
//     constexpr std::string_view awsjobs_xml_enum_name(E value);
//
// A member hook gets the member's C++ name and returns its name on the wire; an enum hook
// returns the wire string of an enumerator (`aws:kms`, `Assets per revision`, or the
// real name of one that is a macro somewhere, such as ERROR). Returning an empty view
// defers to the next rule: the format's hook, then the generic one, then the C++ name.
#ifndef AWSJOBS_CORE_NAMES_HPP
#define AWSJOBS_CORE_NAMES_HPP

#include <concepts>
#include <string_view>

namespace awsjobs::detail {

/// Whether T declares awsjobs_member_name.
template <class T>
concept renames_members = requires(std::string_view member) {
    { awsjobs_member_name(static_cast<const T*>(nullptr), member) } -> std::convertible_to<std::string_view>;
};

/// Whether E declares awsjobs_enum_name.
template <class E>
concept renames_enumerators = requires(E value) {
    { awsjobs_enum_name(value) } -> std::convertible_to<std::string_view>;
};

/// The name of T's `member` in every format: awsjobs_member_name's, else the C++ name.
template <class T>
constexpr std::string_view member_name_of(std::string_view member) {
    if constexpr (renames_members<T>) {
        const std::string_view custom = awsjobs_member_name(static_cast<const T*>(nullptr), member);
        if (!custom.empty()) return custom;
    }
    return member;
}

/// The wire string of `value`, whose C++ name is `described`, in every format:
/// awsjobs_enum_name's, else the C++ name.
template <class E>
constexpr std::string_view enum_name_of(E value, std::string_view described) {
    if constexpr (renames_enumerators<E>) {
        const std::string_view custom = awsjobs_enum_name(value);
        if (!custom.empty()) return custom;
    }
    return described;
}

/// How a format that has no hooks of its own names members and enumerators: by the
/// generic hooks. A format's naming (json::detail::json_naming ...) has the same two functions.
struct any_format {
    template <class T>
    static constexpr std::string_view member_name(std::string_view member) {
        return member_name_of<T>(member);
    }
    template <class E>
    static constexpr std::string_view enum_name(E value, std::string_view described) {
        return enum_name_of(value, described);
    }
};

}  // namespace awsjobs::detail

#endif

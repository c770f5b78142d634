// Classification of the C++ types the codec handles.
#ifndef AWSJOBS_CORE_DETAIL_TYPE_TRAITS_HPP
#define AWSJOBS_CORE_DETAIL_TYPE_TRAITS_HPP

#include <awsjobs/core/required.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace awsjobs::detail {

/// Integers the codec reads and writes as JSON numbers: every width, signed or not.
/// bool is a JSON boolean; plain char and the charN_t types are characters, not numbers.
template <class T>
concept integer_number = std::is_integral_v<T> && !std::is_same_v<T, bool> && !std::is_same_v<T, char> &&
                       !std::is_same_v<T, wchar_t> && !std::is_same_v<T, char8_t> && !std::is_same_v<T, char16_t> &&
                       !std::is_same_v<T, char32_t>;

template <class T>
constexpr const char* integer_name() noexcept {
    if constexpr (std::is_signed_v<T>) {
        switch (sizeof(T)) {
        case 1: return "int8";
        case 2: return "int16";
        case 4: return "int32";
        default: return "int64";
        }
    } else {
        switch (sizeof(T)) {
        case 1: return "uint8";
        case 2: return "uint16";
        case 4: return "uint32";
        default: return "uint64";
        }
    }
}

/// std::optional<T> and required<T>: a value that may be absent.
template <class T>
struct is_optional_like : std::false_type {};
template <class T>
struct is_optional_like<std::optional<T>> : std::true_type {};
template <class T>
struct is_optional_like<required<T>> : std::true_type {};

/// The string types of the models: std::string_view and std::basic_string<char> with any
/// allocator (std::string, std::pmr::string).
template <class T>
struct is_text : std::is_same<T, std::string_view> {};
template <class A>
struct is_text<std::basic_string<char, std::char_traits<char>, A>> : std::true_type {};

/// An allocator-aware type whose allocator is polymorphic (std::pmr::string, std::pmr::vector):
/// readers and convert() make it on the memory resource they are given.
template <class T>
concept on_memory_resource = requires(const T& t) {
    { t.get_allocator().resource() };
};

template <class T>
struct is_vector : std::false_type {};
template <class T, class A>
struct is_vector<std::vector<T, A>> : std::true_type {};

}  // namespace awsjobs::detail

#endif

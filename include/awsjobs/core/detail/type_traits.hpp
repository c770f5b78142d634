// Classification of the C++ types the codec handles.
#ifndef AWSJOBS_CORE_DETAIL_TYPE_TRAITS_HPP
#define AWSJOBS_CORE_DETAIL_TYPE_TRAITS_HPP

#include <awsjobs/core/required.hpp>

#include <cstdint>
#include <optional>
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

template <class T>
struct is_vector : std::false_type {};
template <class T, class A>
struct is_vector<std::vector<T, A>> : std::true_type {};

}  // namespace awsjobs::detail

#endif

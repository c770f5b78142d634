// A string usable as a template argument, e.g. alternative<"ImportAssetsFromS3", T>.
#ifndef AWSJOBS_CORE_FIXED_STRING_HPP
#define AWSJOBS_CORE_FIXED_STRING_HPP

#include <cstddef>
#include <string_view>

namespace awsjobs {

template <std::size_t N>
struct fixed_string {
    char chars[N]{};

    constexpr fixed_string(const char (&text)[N]) noexcept {
        for (std::size_t i = 0; i != N; ++i) chars[i] = text[i];
    }
    constexpr std::string_view view() const noexcept { return {chars, N - 1}; }
};

}  // namespace awsjobs

#endif

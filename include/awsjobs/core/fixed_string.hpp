/// \file
/// A string usable as a template argument, e.g. alternative<"ImportAssetsFromS3", T>.
#ifndef AWSJOBS_CORE_FIXED_STRING_HPP
#define AWSJOBS_CORE_FIXED_STRING_HPP

#include <cstddef>
#include <string_view>

namespace awsjobs {

/// A string literal as a structural type, so that it can be a template argument: N counts
/// the terminating NUL, as in the literal's array type.
template <std::size_t N>
struct fixed_string {
    char chars[N]{};  ///< The characters and the terminating NUL.

    /// Copies a string literal; implicit, so that `alternative<"Key", T>` deduces N.
    constexpr fixed_string(const char (&text)[N]) noexcept {
        for (std::size_t i = 0; i != N; ++i) chars[i] = text[i];
    }
    /// The characters without the terminating NUL.
    constexpr std::string_view view() const noexcept { return {chars, N - 1}; }
};

}  // namespace awsjobs

#endif

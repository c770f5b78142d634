// Building error messages from pieces.
#ifndef AWSJOBS_CORE_DETAIL_MESSAGE_HPP
#define AWSJOBS_CORE_DETAIL_MESSAGE_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

namespace awsjobs::detail {

/// Concatenates text and numbers. (Chains of `"..." + std::string(...)` also
/// trip GCC 12's false -Wrestrict positive at -O2, in users' builds too.)
template <class... Parts>
std::string message(const Parts&... parts) {
    std::string text;
    auto add = [&text](const auto& part) {
        if constexpr (std::is_arithmetic_v<std::remove_cvref_t<decltype(part)>>)
            text += std::to_string(part);
        else
            text += std::string_view(part);
    };
    (add(parts), ...);
    return text;
}

/// The start of a long input, for quoting in a message: at most `limit` bytes, cut
/// before a UTF-8 continuation byte so that a character is never split (a message
/// is always valid UTF-8 when its input is).
inline std::string_view excerpt(std::string_view text, std::size_t limit = 40) {
    if (text.size() <= limit) return text;
    while (limit > 0 && (static_cast<unsigned char>(text[limit]) & 0xC0) == 0x80) --limit;
    return text.substr(0, limit);
}

}  // namespace awsjobs::detail

#endif

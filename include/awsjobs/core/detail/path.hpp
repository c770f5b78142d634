// JSONPath segments for error messages: `.Key`, `['odd key']`, `[3]`.
#ifndef AWSJOBS_CORE_DETAIL_PATH_HPP
#define AWSJOBS_CORE_DETAIL_PATH_HPP

#include <awsjobs/core/detail/utf8.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace awsjobs::detail {

inline void append_path_key(std::string& path, std::string_view key) {
    const bool identifier = !key.empty() && !(key[0] >= '0' && key[0] <= '9') &&
                            key.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_") ==
                                std::string_view::npos;
    if (identifier) {
        path += '.';
        path += key;
        return;
    }
    // Bracket notation. Control characters and bytes that are not UTF-8 (a key may
    // be the very string that failed to decode) become \xNN, so that a path is
    // always printable text.
    static constexpr char hex[] = "0123456789abcdef";
    path += "['";
    const auto* s = reinterpret_cast<const unsigned char*>(key.data());
    for (std::size_t i = 0; i < key.size();) {
        const unsigned char c = s[i];
        const std::size_t len = c < 0x80 ? 1 : utf8_sequence_length(s + i, key.size() - i);
        if (c < 0x20 || len == 0) {
            ((path += "\\x") += hex[c >> 4]) += hex[c & 0xF];
            ++i;
            continue;
        }
        if (c == '\'' || c == '\\') path += '\\';
        path.append(key.data() + i, len);
        i += len;
    }
    path += "']";
}

inline void append_path_index(std::string& path, std::size_t index) {
    path += '[';
    path += std::to_string(index);
    path += ']';
}

}  // namespace awsjobs::detail

#endif

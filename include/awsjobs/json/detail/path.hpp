// JSONPath segments for error messages: `.Key`, `['odd key']`, `[3]`.
#ifndef AWSJOBS_JSON_DETAIL_PATH_HPP
#define AWSJOBS_JSON_DETAIL_PATH_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace awsjobs::json::detail {

inline void append_path_key(std::string& path, std::string_view key) {
    const bool identifier = !key.empty() && !(key[0] >= '0' && key[0] <= '9') &&
                            key.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_") ==
                                std::string_view::npos;
    if (identifier) {
        path += '.';
        path += key;
        return;
    }
    path += "['";
    for (char c : key) {
        if (c == '\'' || c == '\\') path += '\\';
        path += c;
    }
    path += "']";
}

inline void append_path_index(std::string& path, std::size_t index) {
    path += '[';
    path += std::to_string(index);
    path += ']';
}

}  // namespace awsjobs::json::detail

#endif

// Python's shlex.split() (POSIX mode), which botocore uses on section names and on the
// command line of credential_process.
#ifndef AWSJOBS_CONFIG_DETAIL_SHELL_SPLIT_HPP
#define AWSJOBS_CONFIG_DETAIL_SHELL_SPLIT_HPP

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awsjobs::config::detail {

/// The words of `text`: split at spaces, tabs and newlines; '…' keeps everything literally;
/// "…" keeps everything but an escaped double quote or backslash, which it unescapes;
/// outside quotes a backslash escapes any character; `''` is an empty word. Nothing when a
/// quote does not close or the text ends in a lone backslash.
inline std::optional<std::vector<std::string>> shell_split(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    bool in_word = false;  // a word has started, even an empty quoted one
    char quote = 0;        // the open quote, or 0
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quote == '\'') {
            if (c == '\'') quote = 0;
            else word += c;
        } else if (quote == '"') {
            if (c == '"') {
                quote = 0;
            } else if (c == '\\') {
                if (++i == text.size()) return std::nullopt;
                if (text[i] != '"' && text[i] != '\\') word += '\\';
                word += text[i];
            } else {
                word += c;
            }
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (in_word) words.push_back(std::move(word));
            word.clear();
            in_word = false;
        } else if (c == '\'' || c == '"') {
            quote = c;
            in_word = true;
        } else if (c == '\\') {
            if (++i == text.size()) return std::nullopt;
            word += text[i];
            in_word = true;
        } else {
            word += c;
            in_word = true;
        }
    }
    if (quote != 0) return std::nullopt;
    if (in_word) words.push_back(std::move(word));
    return words;
}

}  // namespace awsjobs::config::detail

#endif

// The INI dialect of the AWS config and credentials files: Python's RawConfigParser with
// its defaults, which botocore uses (botocore/configloader.py).
#ifndef AWSJOBS_CONFIG_DETAIL_INI_HPP
#define AWSJOBS_CONFIG_DETAIL_INI_HPP

#include <awsjobs/config/error.hpp>
#include <awsjobs/core/result.hpp>

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace awsjobs::config::detail {

/// One `key = value` of a section; value is the joined lines of a multi-line value.
struct ini_entry {
    std::string value;
    std::size_t line = 0;
};

struct ini_section {
    std::string name;
    std::size_t line = 0;
    std::map<std::string, ini_entry, std::less<>> entries;
};

// Python's str.strip() for the ASCII whitespace a config file contains.
inline bool is_space(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

inline std::string_view trim(std::string_view s) noexcept {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

inline std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

/// The offset of the first byte that is not well-formed UTF-8 (Python decodes the file
/// strictly before parsing), or npos.
inline std::size_t invalid_utf8_at(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t length = 0;
        unsigned char low = 0x80, high = 0xBF;  // the allowed range of the second byte
        if (c < 0x80) length = 1;
        else if (c >= 0xC2 && c <= 0xDF) length = 2;
        else if (c == 0xE0) { length = 3; low = 0xA0; }
        else if (c >= 0xE1 && c <= 0xEC) length = 3;
        else if (c == 0xED) { length = 3; high = 0x9F; }
        else if (c >= 0xEE && c <= 0xEF) length = 3;
        else if (c == 0xF0) { length = 4; low = 0x90; }
        else if (c >= 0xF1 && c <= 0xF3) length = 4;
        else if (c == 0xF4) { length = 4; high = 0x8F; }
        else return i;
        if (s.size() - i < length) return i;
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(s[i + k]);
            if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF)) return i;
        }
        i += length;
    }
    return std::string_view::npos;
}

/// The lines of `text`, split the way Python's universal newlines do (LF, CR LF, CR).
inline std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\n' && text[i] != '\r') continue;
        lines.push_back(text.substr(start, i - start));
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        start = i + 1;
    }
    if (start < text.size()) lines.push_back(text.substr(start));
    return lines;
}

/// Parses `text`, the contents of the file `path`, into its sections in file order. The rules
/// are RawConfigParser's: `#` and `;` start a comment only at the start of a line (a `#` after
/// a value belongs to the value); a key ends at the first `=` or `:`, is lowercased and
/// trimmed, and its value trimmed; a line indented deeper than its key continues the value
/// (joined with newlines; blank lines inside are kept, trailing ones dropped); section names
/// are case-sensitive and taken up to the last `]`; a section or a key twice is an error;
/// the keys of a `[DEFAULT]` section are inherited by every other section.
inline awsjobs::result<std::vector<ini_section>, config::error> parse_ini(std::string_view text,
                                                                          const std::string& path) {
    auto fail = [&path](errc code, std::size_t line, std::string message) {
        return config::error{code, std::move(message), path, line, {}};
    };
    if (const std::size_t bad = invalid_utf8_at(text); bad != std::string_view::npos) {
        std::size_t line = 1;
        for (std::size_t i = 0; i < bad; ++i) line += text[i] == '\n';
        return fail(errc::syntax, line, "not UTF-8 (byte offset " + std::to_string(bad) + ')');
    }
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        return fail(errc::syntax, 1, "the file starts with a byte order mark, which the AWS CLI does not accept either");

    std::vector<ini_section> sections;
    ini_section defaults;  // [DEFAULT]
    ini_section* section = nullptr;
    ini_entry* entry = nullptr;       // the value continuation lines extend
    std::vector<std::string> pending;  // its lines, joined at the end of the value
    std::size_t indent_level = 0;
    std::set<std::string, std::less<>> seen_sections;

    auto finish_value = [&] {
        if (entry == nullptr) return;
        std::string joined;
        for (std::size_t i = 0; i < pending.size(); ++i) {
            if (i != 0) joined += '\n';
            joined += pending[i];
        }
        while (!joined.empty() && is_space(joined.back())) joined.pop_back();
        entry->value = std::move(joined);
        pending.clear();
        entry = nullptr;
    };

    const std::vector<std::string_view> lines = split_lines(text);
    for (std::size_t index = 0; index < lines.size(); ++index) {
        const std::size_t number = index + 1;
        const std::string_view raw = lines[index];
        const std::string_view value = trim(raw);
        if (value.empty() || value.front() == '#' || value.front() == ';') {
            // A blank line (not a comment) inside a value is part of it, if more lines follow.
            if (value.empty() && entry != nullptr) pending.emplace_back();
            continue;
        }
        std::size_t indent = 0;
        while (indent < raw.size() && is_space(raw[indent])) ++indent;
        if (entry != nullptr && indent > indent_level) {
            pending.emplace_back(value);
            continue;
        }
        finish_value();
        indent_level = indent;
        const std::size_t close = value.rfind(']');
        if (value.front() == '[' && close != std::string_view::npos && close >= 2) {
            const std::string name(value.substr(1, close - 1));
            if (name == "DEFAULT") {
                section = &defaults;
            } else {
                if (!seen_sections.insert(name).second)
                    return fail(errc::duplicate_section, number, "section [" + name + "] appears a second time");
                sections.push_back(ini_section{name, number, {}});
                section = &sections.back();
            }
            continue;
        }
        if (section == nullptr)
            return fail(errc::syntax, number, "a line before the first [section]");
        const std::size_t delimiter = value.find_first_of("=:");
        if (delimiter == std::string_view::npos)
            return fail(errc::syntax, number, "neither `key = value` nor a [section]");
        const std::string key = lower(trim(value.substr(0, delimiter)));
        if (key.empty()) return fail(errc::syntax, number, "a value without a key");
        auto [position, inserted] = section->entries.try_emplace(key, ini_entry{{}, number});
        if (!inserted)
            return fail(errc::duplicate_key, number,
                        "key " + key + " appears a second time in [" + section->name + "] (first on line " +
                            std::to_string(position->second.line) + ')');
        entry = &position->second;
        pending.emplace_back(trim(value.substr(delimiter + 1)));
    }
    finish_value();

    for (ini_section& each : sections)
        for (const auto& [key, inherited] : defaults.entries) each.entries.try_emplace(key, inherited);
    // botocore reads a value that starts on the line after its key as `key = value` pairs,
    // and refuses the whole file when one of those lines has no `=`.
    for (const ini_section& each : sections)
        for (const auto& [key, item] : each.entries) {
            if (item.value.empty() || item.value.front() != '\n') continue;
            for (const std::string_view nested : split_lines(item.value))
                if (!trim(nested).empty() && nested.find('=') == std::string_view::npos)
                    return fail(errc::syntax, item.line,
                                "the nested value of " + key + " in [" + each.name + "] has a line without `=`");
        }
    return sections;
}

/// The `key = value` lines of a nested value (`s3 =` and the indented lines below it, e.g. `addressing_style = path`), as botocore
/// reads them; parse_ini() has checked that each line has an `=`.
inline std::map<std::string, std::string, std::less<>> parse_nested(std::string_view value) {
    std::map<std::string, std::string, std::less<>> nested;
    for (const std::string_view line : split_lines(value)) {
        const std::string_view item = trim(line);
        const std::size_t equals = item.find('=');
        if (equals == std::string_view::npos) continue;
        nested[std::string(trim(item.substr(0, equals)))] = std::string(trim(item.substr(equals + 1)));
    }
    return nested;
}

}  // namespace awsjobs::config::detail

#endif

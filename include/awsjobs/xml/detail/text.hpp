// The characters of an XML document: which are allowed, references and line ends
// decoded in place, and text escaped for writing.
#ifndef AWSJOBS_XML_DETAIL_TEXT_HPP
#define AWSJOBS_XML_DETAIL_TEXT_HPP

#include <awsjobs/core/detail/utf8.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace awsjobs::xml::detail {

using awsjobs::detail::find_invalid_utf8;
using awsjobs::detail::utf8_sequence_length;

/// The first byte of a document that XML 1.0 does not allow, found before parsing.
struct character_problem {
    enum kind_type : unsigned char { none, invalid_utf8, not_a_character };
    kind_type kind = none;
    std::size_t offset = 0;
    std::uint32_t code_point = 0;  // for not_a_character
};

/// XML's Char production excludes the C0 controls other than tab, LF and CR, and
/// U+FFFE and U+FFFF (surrogates are not UTF-8, which the UTF-8 check refuses).
constexpr bool is_forbidden_control(unsigned char c) noexcept { return c < 0x20 && c != '\t' && c != '\n' && c != '\r'; }

/// Whether s[0, 3) encodes U+FFFE or U+FFFF.
constexpr bool is_noncharacter_ffff(const unsigned char* s) noexcept {
    return s[0] == 0xEF && s[1] == 0xBF && (s[2] == 0xBE || s[2] == 0xBF);
}

/// Finds the first byte that is not valid UTF-8 or not an XML character.
/// The UTF-8 check is the JSON codec's; the controls are looked for in words of 8.
inline character_problem scan_characters(const char* text, std::size_t n) noexcept {
    const auto* s = reinterpret_cast<const unsigned char*>(text);
    const std::size_t bad_utf8 = find_invalid_utf8(text, n);
    std::size_t i = 0;
    while (i < bad_utf8) {
        while (i + 8 <= bad_utf8) {
            std::uint64_t w;
            std::memcpy(&w, s + i, 8);
            constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
            // A byte below 0x20, or above 0x7F (a sequence that may be U+FFFE/U+FFFF).
            if ((((w - ones * 0x20) & ~w) | w) & highs) break;
            i += 8;
        }
        if (i >= bad_utf8) break;
        const unsigned char c = s[i];
        if (is_forbidden_control(c)) return {character_problem::not_a_character, i, c};
        if (c >= 0x80) {
            if (c == 0xEF && is_noncharacter_ffff(s + i)) return {character_problem::not_a_character, i, s[i + 2] == 0xBE ? 0xFFFEu : 0xFFFFu};
            i += utf8_sequence_length(s + i, bad_utf8 - i);
        } else {
            ++i;
        }
    }
    if (bad_utf8 != n) return {character_problem::invalid_utf8, bad_utf8, 0};
    return {};
}

/// "U+0001", "U+FFFE".
inline std::string code_point_name(std::uint32_t c) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string name = "U+";
    int digits = c > 0xFFFF ? (c > 0xFFFFF ? 6 : 5) : 4;
    while (digits-- > 0) name += hex[(c >> (4 * digits)) & 0xF];
    return name;
}

constexpr bool is_xml_whitespace(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

inline bool is_whitespace(std::string_view text) noexcept {
    for (char c : text)
        if (!is_xml_whitespace(c)) return false;
    return true;
}

/// Whether a character reference may stand for `c`: XML's Char production.
constexpr bool is_xml_char(std::uint32_t c) noexcept {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

inline char* put_utf8(char* out, std::uint32_t c) noexcept {
    if (c < 0x80) {
        *out++ = static_cast<char>(c);
    } else if (c < 0x800) {
        *out++ = static_cast<char>(0xC0 | (c >> 6));
        *out++ = static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *out++ = static_cast<char>(0xE0 | (c >> 12));
        *out++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        *out++ = static_cast<char>(0x80 | (c & 0x3F));
    } else {
        *out++ = static_cast<char>(0xF0 | (c >> 18));
        *out++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        *out++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        *out++ = static_cast<char>(0x80 | (c & 0x3F));
    }
    return out;
}

enum class text_kind { pcdata, cdata, attribute };

/// What decode_in_place found: the decoded length, or where and why the text is not XML.
struct decoded {
    std::size_t size = 0;
    const char* why = nullptr;  // nullptr when the text is well-formed
    std::size_t where = 0;      // offset in the text of the problem
};

/// Reads the reference at s[i] (s[i] == '&'): the character it stands for, and its length.
/// Returns a reason when it is not one of the five predefined entities or a character
/// reference to an XML character.
inline const char* read_reference(const char* s, std::size_t n, std::size_t i, std::uint32_t& c, std::size_t& length) noexcept {
    const std::string_view rest(s + i + 1, n - i - 1);
    const std::size_t semicolon = rest.find(';');
    if (semicolon == std::string_view::npos || semicolon == 0) return "'&' that starts no reference (write it as &amp;)";
    const std::string_view name = rest.substr(0, semicolon);
    length = semicolon + 2;
    if (name[0] != '#') {
        if (name == "lt") c = '<';
        else if (name == "gt") c = '>';
        else if (name == "amp") c = '&';
        else if (name == "quot") c = '"';
        else if (name == "apos") c = '\'';
        else return "unknown entity (only &lt; &gt; &amp; &quot; &apos; and character references are defined)";
        return nullptr;
    }
    const bool hex = name.size() > 1 && name[1] == 'x';
    const std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) return "character reference without digits";
    std::uint32_t value = 0;
    for (char d : digits) {
        const int v = hex ? awsjobs::detail::hex_value(static_cast<unsigned char>(d)) : (d >= '0' && d <= '9' ? d - '0' : -1);
        if (v < 0) return hex ? "character reference with a character that is not a hexadecimal digit"
                              : "character reference with a character that is not a digit";
        if (value <= 0x10FFFF) value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(v);  // beyond: invalid anyway
    }
    if (!is_xml_char(value)) return "character reference to a code point that is not an XML character";
    c = value;
    return nullptr;
}

/// Decodes text[0, n) in place, as an XML processor must before handing text on:
/// CR LF and lone CR become LF; references become their characters; in attribute
/// values, literal tab, LF and CR become spaces. The text only shrinks, so the output
/// never overtakes the input. Also refuses what pugixml lets through: unknown or
/// malformed references, "]]>" in text, '<' in attribute values.
inline decoded decode_in_place(char* text, std::size_t n, text_kind kind) noexcept {
    std::size_t in = 0, out = 0;
    while (in < n) {
        const char c = text[in];
        if (c == '&' && kind != text_kind::cdata) {
            std::uint32_t code_point = 0;
            std::size_t length = 0;
            if (const char* why = read_reference(text, n, in, code_point, length)) return {out, why, in};
            out = static_cast<std::size_t>(put_utf8(text + out, code_point) - text);
            in += length;
            continue;
        }
        if (c == '\r') {
            text[out++] = kind == text_kind::attribute ? ' ' : '\n';
            in += (in + 1 < n && text[in + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (kind == text_kind::attribute) {
            if (c == '<') return {out, "'<' in an attribute value (write it as &lt;)", in};
            text[out++] = (c == '\t' || c == '\n') ? ' ' : c;
        } else {
            if (c == ']' && kind == text_kind::pcdata && n - in >= 3 && text[in + 1] == ']' && text[in + 2] == '>')
                return {out, "']]>' in text (write '>' as &gt;)", in};
            text[out++] = c;
        }
        ++in;
    }
    if (out != n) text[out] = '\0';  // pugixml's strings end with a NUL byte
    return {out, nullptr, 0};
}

/// Why `text` cannot be written as XML 1.0 text, and where; nullptr when it can.
struct unwritable {
    const char* why = nullptr;
    std::size_t where = 0;
};

/// Appends `text` with & < > escaped, and CR as &#13; (a literal CR would be read back
/// as LF). Refuses invalid UTF-8 and what XML 1.0 cannot carry at all: the C0 controls
/// other than tab, LF and CR, and U+FFFE and U+FFFF. `out` may hold part of the text then.
inline unwritable append_escaped(std::string& out, std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t run = 0;  // start of the bytes copied as they are
    for (std::size_t i = 0; i < n;) {
        const unsigned char c = s[i];
        const char* entity = nullptr;
        if (c >= 0x80) {
            const std::size_t len = utf8_sequence_length(s + i, n - i);
            if (len == 0) return {"string is not valid UTF-8", i};
            if (len == 3 && is_noncharacter_ffff(s + i)) return {"U+FFFE and U+FFFF cannot be written in XML 1.0", i};
            i += len;
            continue;
        }
        switch (c) {
        case '&': entity = "&amp;"; break;
        case '<': entity = "&lt;"; break;
        case '>': entity = "&gt;"; break;
        case '\r': entity = "&#13;"; break;
        default:
            if (is_forbidden_control(c)) return {"control characters other than tab, LF and CR cannot be written in XML 1.0", i};
            ++i;
            continue;
        }
        out.append(text.data() + run, i - run);
        out.append(entity);
        run = ++i;
    }
    out.append(text.data() + run, n - run);
    return {};
}

}  // namespace awsjobs::xml::detail

#endif

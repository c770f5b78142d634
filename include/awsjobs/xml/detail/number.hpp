// Numbers as XML text: the lexical forms of XML Schema's integer and double, finite only.
#ifndef AWSJOBS_XML_DETAIL_NUMBER_HPP
#define AWSJOBS_XML_DETAIL_NUMBER_HPP

#include <awsjobs/core/detail/floating.hpp>

#include <charconv>
#include <cstddef>
#include <string_view>
#include <system_error>
#include <type_traits>

namespace awsjobs::xml::detail {

enum class number_status { ok, not_a_number, out_of_range };

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

/// `[+-]?[0-9]+`, range-checked (never wrapped). Whitespace around it is refused.
template <class T>
number_status parse_integer(std::string_view text, T& out) noexcept {
    std::size_t i = 0;
    const bool negative = !text.empty() && text[0] == '-';
    if (!text.empty() && (text[0] == '+' || text[0] == '-')) ++i;
    if (i == text.size()) return number_status::not_a_number;
    for (std::size_t k = i; k != text.size(); ++k)
        if (!is_digit(text[k])) return number_status::not_a_number;
    if constexpr (std::is_unsigned_v<T>) {
        if (negative) {
            if (text.find_first_not_of('0', 1) != std::string_view::npos) return number_status::out_of_range;
            out = 0;  // -0 is zero
            return number_status::ok;
        }
    }
    // from_chars takes the '-' but not a '+'.
    const char* first = text.data() + (negative ? 0 : i);
    T value{};
    const auto [end, ec] = std::from_chars(first, text.data() + text.size(), value);
    if (ec == std::errc::result_out_of_range) return number_status::out_of_range;
    if (ec != std::errc() || end != text.data() + text.size()) return number_status::not_a_number;
    out = value;
    return number_status::ok;
}

/// `[+-]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][+-]?[0-9]+)?`: XML Schema's double without
/// INF and NaN, which awsjobs neither reads nor writes (as in JSON). The grammar is
/// checked first, so that the conversion sees nothing it might read differently. A
/// magnitude too small reads as the nearest subnormal or zero, as in JSON.
template <class T>
number_status parse_floating(std::string_view text, T& out) noexcept {
    const char* p = text.data();
    const char* const end = p + text.size();
    const bool plus = p != end && *p == '+';
    if (p != end && (*p == '+' || *p == '-')) ++p;
    std::size_t mantissa_digits = 0;
    for (; p != end && is_digit(*p); ++p) ++mantissa_digits;
    if (p != end && *p == '.') {
        ++p;
        for (; p != end && is_digit(*p); ++p) ++mantissa_digits;
    }
    if (mantissa_digits == 0) return number_status::not_a_number;
    if (p != end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p != end && (*p == '+' || *p == '-')) ++p;
        if (p == end || !is_digit(*p)) return number_status::not_a_number;
        while (p != end && is_digit(*p)) ++p;
    }
    if (p != end) return number_status::not_a_number;
    // The JSON codec's conversion (fast_float), which does not take the '+'.
    T value{};
    switch (awsjobs::detail::read_floating(plus ? text.substr(1) : text, value)) {
    case awsjobs::detail::floating_status::ok: break;
    case awsjobs::detail::floating_status::out_of_range: return number_status::out_of_range;
    default: return number_status::not_a_number;
    }
    out = value;
    return number_status::ok;
}

}  // namespace awsjobs::xml::detail

#endif

// Random values of any described model type, driven by its reflection metadata.
#ifndef AWSJOBS_TESTS_PROPERTY_GENERATOR_HPP
#define AWSJOBS_TESTS_PROPERTY_GENERATOR_HPP

#include <awsjobs/core/map.hpp>
#include <awsjobs/json.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

namespace property {

namespace json = awsjobs::json;

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};
template <class T>
struct is_optional<awsjobs::required<T>> : std::true_type {};

template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};

template <class T>
concept described_struct = boost::describe::has_describe_members<T>::value;
template <class T>
concept described_enum = boost::describe::has_describe_enumerators<T>::value;

/// Makes random values of the types awsjobs models are made of: described structs,
/// optional and required members, vectors, maps (unique keys), one_of (with unknown alternatives),
/// open_enum (with unknown values), closed enums, strings, integers, doubles and
/// timestamps. Strings hold every class of character JSON treats specially.
class generator {
public:
    /// Which characters strings may hold: any Unicode text, or only what XML 1.0 can
    /// carry (no C0 control other than tab, LF and CR, no U+FFFE or U+FFFF).
    enum class characters { any, xml };

    explicit generator(std::uint64_t seed, characters chars = characters::any) : rng_(seed), chars_(chars) {}

    template <class T>
    T make(int depth = 0) {
        if constexpr (std::is_same_v<T, bool>) {
            return chance(2);
        } else if constexpr (std::is_integral_v<T>) {
            return integer<T>();
        } else if constexpr (std::is_floating_point_v<T>) {
            return floating<T>();
        } else if constexpr (std::is_same_v<T, std::string>) {
            return string();
        } else if constexpr (described_enum<T>) {
            return enumerator<T>();
        } else if constexpr (awsjobs::is_open_enum<T>::value) {
            if (chance(4)) {
                ++unknown_enum_values;
                return T::from_wire(string());
            }
            return T(enumerator<typename T::enum_type>());
        } else if constexpr (awsjobs::is_timestamp<T>::value) {
            return timestamp<T>();
        } else if constexpr (is_optional<T>::value) {
            // Required members too may be absent: services omit them.
            if (chance(depth < max_depth ? 4 : 1)) return T();
            return T(make<typename T::value_type>(depth));
        } else if constexpr (is_vector<T>::value) {
            T items;
            const std::size_t size = depth < max_depth ? below(4) : 0;
            for (std::size_t i = 0; i != size; ++i) items.push_back(make<typename T::value_type>(depth + 1));
            return items;
        } else if constexpr (awsjobs::is_map<T>::value) {
            // Keys are drawn like any value of their type (an open_enum's known or not);
            // a drawn key the map has already is dropped, so keys stay unique.
            T entries;
            const std::size_t tries = depth < max_depth ? below(6) : 0;
            for (std::size_t i = 0; i != tries; ++i)
                entries.try_emplace(make<typename T::key_type>(depth + 1), make<typename T::mapped_type>(depth + 1));
            if (!entries.empty()) ++maps_with_entries;
            return entries;
        } else if constexpr (awsjobs::is_one_of<T>::value) {
            return one_of<T>(depth);
        } else if constexpr (described_struct<T>) {
            T value{};
            boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto D) {
                using M = std::remove_cvref_t<decltype(value.*D.pointer)>;
                value.*D.pointer = make<M>(depth + 1);
            });
            return value;
        } else {
            static_assert(sizeof(T) == 0, "the property generator does not know this type");
        }
    }

    /// Random UTF-8 text mixing plain ASCII, quotes, backslashes, every control
    /// character (NUL too; for XML only tab, LF and CR), DEL, and 2-, 3- and 4-byte
    /// sequences, U+2028 and U+2029 included. Now and then it is a few kilobytes long, to cross the writer's
    /// 8-byte fast path and its internal chunks at every alignment.
    std::string string() {
        const std::size_t pieces = chance(20) ? 300 + below(1000) : below(chance(4) ? 60 : 12);
        std::string text;
        for (std::size_t i = 0; i != pieces; ++i) {
            switch (below(9)) {
            case 0:
            case 1: text.append(1 + below(12), static_cast<char>('a' + below(26))); break;
            case 2: text += '"'; break;
            case 3: text += '\\'; break;
            case 4: text += chars_ == characters::xml ? "\t\n\r"[below(3)] : static_cast<char>(below(0x20)); break;
            case 5: text += chance(2) ? '\x7f' : '/'; break;
            case 6: append_utf8(text, static_cast<char32_t>(0x80 + below(0x800 - 0x80))); break;
            case 7: append_utf8(text, three_byte_code_point()); break;
            default: append_utf8(text, static_cast<char32_t>(0x10000 + below(0x110000 - 0x10000))); break;
            }
        }
        return text;
    }

    /// A random JSON value in the compact form awsjobs keeps unknown alternatives in:
    /// no whitespace, strings escaped as awsjobs escapes them, numbers verbatim.
    std::string json_value(int depth = 0) {
        switch (below(depth < 3 ? 7 : 5)) {
        case 0: return chance(2) ? "null" : chance(2) ? "true" : "false";
        case 1:
        case 2: return number_text();
        case 3:
        case 4: return json::write(string()).value();
        case 5: {
            std::string array = "[";
            for (std::size_t i = 0, n = below(4); i != n; ++i) array += (i ? "," : "") + json_value(depth + 1);
            return array + "]";
        }
        default: {
            std::string object = "{";
            for (std::size_t i = 0, n = below(4); i != n; ++i)
                object += (i ? "," : "") + json::write(string()).value() + ":" + json_value(depth + 1);
            return object + "}";
        }
        }
    }

    /// How many unknown enum values and one_of alternatives were made, so that a
    /// test can tell it exercised them.
    std::size_t unknown_enum_values = 0;
    std::size_t unknown_alternatives = 0;
    /// How many maps with at least one entry were made.
    std::size_t maps_with_entries = 0;

private:
    static constexpr int max_depth = 8;

    bool chance(std::uint64_t one_in) { return below(one_in) == 0; }
    std::uint64_t below(std::uint64_t n) { return std::uniform_int_distribution<std::uint64_t>(0, n - 1)(rng_); }
    template <class T>
    T uniform(T low, T high) {
        // uniform_int_distribution is not defined for the character-sized types.
        using wide = std::conditional_t<std::is_signed_v<T>, std::int64_t, std::uint64_t>;
        return static_cast<T>(std::uniform_int_distribution<wide>(low, high)(rng_));
    }

    template <class T>
    T integer() {
        using limits = std::numeric_limits<T>;
        switch (below(6)) {
        case 0: return limits::min();
        case 1: return limits::max();
        case 2: return static_cast<T>(below(3));  // 0, 1, 2
        case 3: return std::is_signed_v<T> ? static_cast<T>(-1) : static_cast<T>(limits::max() - 1);
        default: return uniform<T>(limits::min(), limits::max());
        }
    }

    template <class T>
    T floating() {
        using limits = std::numeric_limits<T>;
        switch (below(12)) {
        case 0: return limits::max();
        case 1: return limits::lowest();
        case 2: return limits::min();  // smallest normal
        case 3: return limits::denorm_min();
        case 4: return -limits::denorm_min();
        case 5: return chance(2) ? T(0) : -T(0);
        case 6: return static_cast<T>(uniform<std::int64_t>(-(std::int64_t(1) << 53), std::int64_t(1) << 53));
        case 7: return std::uniform_real_distribution<T>(-1, 1)(rng_);
        default:
            // Any finite bit pattern: every exponent, every mantissa.
            for (;;) {
                using bits_type = std::conditional_t<sizeof(T) == 8, std::uint64_t, std::uint32_t>;
                const auto bits = static_cast<bits_type>(rng_());
                T value;
                std::memcpy(&value, &bits, sizeof value);
                if (std::isfinite(value)) return value;
            }
        }
    }

    template <class E>
    E enumerator() {
        constexpr auto values = []<template <class...> class L, class... D>(L<D...>) {
            return std::array<E, sizeof...(D)>{D::value...};
        }(boost::describe::describe_enumerators<E>{});
        return values[below(values.size())];
    }

    /// Any instant of the years 0001-9999, with 0 to 9 fractional digits.
    template <class T>
    T timestamp() {
        using namespace std::chrono;
        constexpr auto first = sys_days(year(1) / January / 1);
        constexpr auto last = sys_days(year(9999) / December / 31) + days(1) - seconds(1);
        auto whole = sys_seconds(first);
        switch (below(4)) {
        case 0: whole = chance(2) ? sys_seconds(first) : sys_seconds(last); break;
        case 1: whole = sys_seconds(seconds(uniform<std::int64_t>(-4102444800, 4102444800))); break;  // 1840-2100
        default:
            whole = sys_seconds(seconds(uniform<std::int64_t>(sys_seconds(first).time_since_epoch().count(),
                                                               sys_seconds(last).time_since_epoch().count())));
        }
        const int digits = static_cast<int>(below(10));
        std::int64_t nanos = 0;
        for (int i = 0; i != 9; ++i) nanos = nanos * 10 + (i < digits ? static_cast<std::int64_t>(below(10)) : 0);
        return T(whole, nanoseconds(nanos));
    }

    template <class U>
    U one_of(int depth) {
        constexpr std::size_t count = U::keys.size();
        const std::size_t index = depth < max_depth ? below(count + 2) : 0;
        if (index == count + 1) {
            ++unknown_alternatives;
            std::string key;
            do key = string();
            while (std::find(U::keys.begin(), U::keys.end(), key) != U::keys.end());
            return U(awsjobs::unknown_alternative{std::move(key), json_value()});
        }
        U value;
        boost::mp11::mp_with_index<count + 1>(index, [&](auto I) {
            if constexpr (I != 0) {
                using A = std::variant_alternative_t<I, typename U::variant_type>;
                value.template emplace<I>(make<A>(depth + 1));
            }
        });
        return value;
    }

    /// A JSON number with every optional part: sign, fraction, exponent (either
    /// case, either sign). RapidJSON rejects numbers beyond double's range, so the
    /// exponent keeps the magnitude below 1e300.
    std::string number_text() {
        std::string n = chance(2) ? "-" : "";
        if (chance(4)) {
            n += '0';  // no leading zeros in JSON
        } else {
            n += static_cast<char>('1' + below(9));
            for (std::size_t i = 0, more = below(16); i != more; ++i) n += static_cast<char>('0' + below(10));
        }
        if (chance(2)) {
            n += '.';
            for (std::size_t i = 0, digits = 1 + below(20); i != digits; ++i) n += static_cast<char>('0' + below(10));
        }
        if (chance(3)) {
            n += chance(2) ? 'e' : 'E';
            if (chance(2)) n += chance(2) ? '-' : '+';
            n += std::to_string(below(280));
        }
        return n;
    }

    char32_t three_byte_code_point() {
        switch (below(6)) {
        case 0: return chance(2) ? U'\u2028' : U'\u2029';
        case 1: return chance(2) ? U'\uFEFF' : chars_ == characters::xml ? U'\uFFFD' : U'\uFFFF';
        default:
            for (;;) {
                const auto c = static_cast<char32_t>(0x800 + below(0x10000 - 0x800));
                // Surrogates are not characters; XML has no U+FFFE either.
                if ((c < 0xD800 || c > 0xDFFF) && (chars_ != characters::xml || c < 0xFFFE)) return c;
            }
        }
    }

    static void append_utf8(std::string& out, char32_t c) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }

    std::mt19937_64 rng_;
    characters chars_;
};

}  // namespace property

#endif

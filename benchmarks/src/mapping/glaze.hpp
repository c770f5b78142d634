// glaze 6.4 reading and writing the awsjobs models.
//
// Structs: a glz::meta built from the Boost.Describe member lists, so that glaze
// reads and writes exactly the members awsjobs does, in the same order (the
// models' members are named as on the wire). awsjobs::required<T> derives from
// std::optional<T>, which glaze already treats as nullable: absent or null reads
// as empty, and empty members are left out on write (skip_null_members).
//
// awsjobs' own types get glz::from / glz::to specializations that go through
// the same routines as every other peer (values.hpp): open_enum::from_wire and
// wire_name, awsjobs' ISO 8601 and epoch-seconds parsers and formatters. Epoch
// seconds are read from the number's digits, as awsjobs reads them, not through
// a double. one_of is `{"Key": {...}}`, written like awsjobs writes it; a key the
// model does not know is an error, as for the other peers (the corpus has none).
//
// glaze 6.4 needs C++23 (-std=c++2b with g++ 12): only its own translation unit
// includes this header.
#ifndef AWSJOBS_BENCH_MAPPING_GLAZE_HPP
#define AWSJOBS_BENCH_MAPPING_GLAZE_HPP

#include "values.hpp"

#include <awsjobs/dataexchange/shapes.hpp>
#include <awsjobs/sesv2/shapes.hpp>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <glaze/glaze.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <tuple>
#include <variant>

namespace awsjobs_bench::glaze_mapping {

template <class T>
concept described_struct = boost::describe::has_describe_members<T>::value && !awsjobs::is_one_of<T>::value;

template <class T>
using members_of = boost::describe::describe_members<T, boost::describe::mod_public>;

/// glz::object("Name", &T::Name, ...) from T's described members.
template <class T>
constexpr auto object_of() {
    return []<template <class...> class L, class... D>(L<D...>) {
        return std::apply([](auto... entry) { return glz::object(entry...); },
                          std::tuple_cat(std::tuple{D::name, D::pointer}...));
    }(members_of<T>{});
}

/// Makes room for `n` more bytes at `ix`, as glaze's own writers do.
template <class B>
void reserve(B& b, std::size_t ix, std::size_t n) {
    if constexpr (glz::resizable<B>) {
        if (ix + n > b.size()) [[unlikely]]
            b.resize(2 * (ix + n));
    }
}

/// Reads a JSON string and passes its text to `use`: a view into the input when
/// it has no escape (the usual case), else the unescaped text.
template <auto Opts, class F>
void read_text(glz::is_context auto&& ctx, auto&& it, auto end, F&& use) {
    const auto start = it;
    std::string_view raw;
    glz::parse<glz::JSON>::op<Opts>(raw, ctx, it, end);
    if (bool(ctx.error)) [[unlikely]]
        return;
    if (raw.find('\\') == std::string_view::npos) [[likely]]
        return use(raw);
    it = start;
    std::string unescaped;
    glz::parse<glz::JSON>::op<Opts>(unescaped, ctx, it, end);
    if (!bool(ctx.error)) use(std::string_view(unescaped));
}

/// Skips leading whitespace unless glaze has already done so; true on error.
template <auto Opts>
bool skip_ws(glz::is_context auto&& ctx, auto&& it, auto end) {
    if constexpr (!glz::check_ws_handled(Opts)) return glz::skip_ws<Opts>(ctx, it, end);
    return false;
}

/// Options that write timestamps with glaze's own routines instead of awsjobs':
/// ISO 8601 through glaze's std::chrono support (a sys_time of milliseconds, the
/// precision AWS sends), epoch seconds as a double through glaze's number writer.
/// The same bytes for the corpus' timestamps; the harness of issue #21 wrote
/// glaze's timestamps this way.
struct glaze_chrono_opts : glz::opts {
    bool glaze_chrono = true;
};

template <auto Opts>
constexpr bool uses_glaze_chrono() {
    if constexpr (requires { Opts.glaze_chrono; }) return Opts.glaze_chrono;
    return false;
}

/// Writes `text` as a JSON string with glaze's own escaping.
template <auto Opts>
void write_text(std::string_view text, glz::is_context auto&& ctx, auto&& b, auto&& ix) {
    glz::serialize<glz::JSON>::op<Opts>(text, ctx, b, ix);
}

}  // namespace awsjobs_bench::glaze_mapping

template <class T>
    requires awsjobs_bench::glaze_mapping::described_struct<T>
struct glz::meta<T> {
    static constexpr auto value = awsjobs_bench::glaze_mapping::object_of<T>();
};

namespace glz {

template <class E, class S>
struct from<JSON, awsjobs::open_enum<E, S>> {
    template <auto Opts>
    static void op(awsjobs::open_enum<E, S>& value, is_context auto&& ctx, auto&& it, auto&& end) {
        namespace m = awsjobs_bench::glaze_mapping;
        if (m::skip_ws<Opts>(ctx, it, end)) return;
        m::read_text<ws_handled<Opts>()>(ctx, it, end, [&](std::string_view text) {
            value = awsjobs::open_enum<E, S>::from_wire(text);
        });
    }
};

template <class E, class S>
struct to<JSON, awsjobs::open_enum<E, S>> {
    template <auto Opts>
    static void op(const awsjobs::open_enum<E, S>& value, is_context auto&& ctx, auto&& b, auto&& ix) {
        awsjobs_bench::glaze_mapping::write_text<Opts>(value.wire_name(), ctx, b, ix);
    }
};

/// Either form, whatever the member's wire format, as awsjobs reads them: an ISO
/// 8601 string or a number of epoch seconds.
template <awsjobs::timestamp_format F>
struct from<JSON, awsjobs::timestamp<F>> {
    template <auto Opts>
    static void op(awsjobs::timestamp<F>& value, is_context auto&& ctx, auto&& it, auto&& end) {
        namespace m = awsjobs_bench::glaze_mapping;
        namespace detail = awsjobs::detail;
        if (m::skip_ws<Opts>(ctx, it, end)) return;
        if (*it == '"') {
            m::read_text<ws_handled<Opts>()>(ctx, it, end, [&](std::string_view text) {
                if (!awsjobs_bench::mapping::timestamp_from_text(text, value)) ctx.error = error_code::parse_error;
            });
            return;
        }
        const auto start = it;
        skip_number<Opts>(ctx, it, end);
        if (bool(ctx.error)) [[unlikely]]
            return;
        detail::instant when;
        if (it == start || detail::parse_epoch_seconds({start, static_cast<std::size_t>(it - start)}, when)) {
            ctx.error = error_code::parse_number_failure;
            return;
        }
        value = awsjobs_bench::mapping::make_timestamp<F>(when);
    }
};

template <>
struct to<JSON, awsjobs::iso8601_timestamp> {
    template <auto Opts>
    static void op(const awsjobs::iso8601_timestamp& value, is_context auto&& ctx, auto&& b, auto&& ix) {
        namespace detail = awsjobs::detail;
        if constexpr (awsjobs_bench::glaze_mapping::uses_glaze_chrono<Opts>()) {
            using namespace std::chrono;
            const sys_time<milliseconds> when = value.seconds() + duration_cast<milliseconds>(value.subseconds());
            return to<JSON, sys_time<milliseconds>>::op<Opts>(when, ctx, b, ix);
        }
        awsjobs_bench::glaze_mapping::reserve(b, ix, detail::iso8601_max_size + 2);
        char* const begin = &b[ix];
        char* p = begin;
        *p++ = '"';
        p = detail::format_iso8601(p, awsjobs_bench::mapping::instant_of(value));
        *p++ = '"';
        ix += static_cast<std::size_t>(p - begin);
    }
};

template <>
struct to<JSON, awsjobs::epoch_timestamp> {
    template <auto Opts>
    static void op(const awsjobs::epoch_timestamp& value, is_context auto&& ctx, auto&& b, auto&& ix) {
        namespace detail = awsjobs::detail;
        if constexpr (awsjobs_bench::glaze_mapping::uses_glaze_chrono<Opts>())
            return to<JSON, double>::op<Opts>(awsjobs_bench::mapping::timestamp_to_seconds(value), ctx, b, ix);
        awsjobs_bench::glaze_mapping::reserve(b, ix, detail::epoch_max_size);
        char* const begin = &b[ix];
        ix += static_cast<std::size_t>(detail::format_epoch_seconds(begin, awsjobs_bench::mapping::instant_of(value)) - begin);
    }
};

/// `{"Key": {...}}`: at most one key, which names the alternative.
template <class U>
    requires awsjobs::is_one_of<U>::value
struct from<JSON, U> {
    template <auto Opts>
    static void op(U& value, is_context auto&& ctx, auto&& it, auto&& end) {
        namespace m = awsjobs_bench::glaze_mapping;
        constexpr auto Inner = ws_handled_off<Opts>();
        if (m::skip_ws<Opts>(ctx, it, end)) return;
        if (match_invalid_end<'{', Opts>(ctx, it, end)) return;
        if (skip_ws<Opts>(ctx, it, end)) return;
        value = awsjobs::no_alternative{};
        if (*it == '}') {
            ++it;
            return;
        }
        std::size_t index = U::keys.size();
        m::read_text<ws_handled<Opts>()>(ctx, it, end, [&](std::string_view key) {
            index = awsjobs_bench::mapping::alternative_index<U>(key);
        });
        if (bool(ctx.error)) [[unlikely]]
            return;
        if (index == U::keys.size()) {
            ctx.error = error_code::unknown_key;
            return;
        }
        if (skip_ws<Opts>(ctx, it, end)) return;
        if (match_invalid_end<':', Opts>(ctx, it, end)) return;
        boost::mp11::mp_with_index<U::keys.size()>(index, [&](auto I) {
            parse<JSON>::op<Inner>(value.template emplace<I + 1>(), ctx, it, end);
        });
        if (bool(ctx.error)) [[unlikely]]
            return;
        if (skip_ws<Opts>(ctx, it, end)) return;
        match<'}'>(ctx, it);
    }
};

template <class U>
    requires awsjobs::is_one_of<U>::value
struct to<JSON, U> {
    template <auto Opts>
    static void op(const U& value, is_context auto&& ctx, auto&& b, auto&& ix) {
        namespace m = awsjobs_bench::glaze_mapping;
        const std::size_t index = value.index();
        dump<'{'>(b, ix);
        if (index == U::keys.size() + 1) {  // a key the model does not know, kept as raw JSON
            const auto& unknown = *std::get_if<awsjobs::unknown_alternative>(&value.as_variant());
            m::write_text<Opts>(unknown.key, ctx, b, ix);
            dump<':'>(b, ix);
            dump(unknown.json, b, ix);
        } else if (index != 0) {
            boost::mp11::mp_with_index<U::keys.size() + 1>(index, [&](auto I) {
                if constexpr (I != 0) {
                    m::write_text<Opts>(U::keys[I - 1], ctx, b, ix);
                    dump<':'>(b, ix);
                    serialize<JSON>::op<Opts>(*std::get_if<I>(&value.as_variant()), ctx, b, ix);
                }
            });
        }
        dump<'}'>(b, ix);
    }
};

}  // namespace glz

namespace awsjobs_bench::glaze_mapping {

/// Members glaze does not know are skipped, as awsjobs and the other peers skip them.
inline constexpr glz::opts read_options{.error_on_unknown_keys = false};

/// glz::read into `out`; false on any error.
template <class T>
bool read(std::string_view text, T& out) {
    return !glz::read<read_options>(out, text);
}

/// glz::write_json into `out`, whose capacity is reused; false on any error.
template <class T>
bool write(const T& value, std::string& out) {
    return !glz::write_json(value, out);
}

/// The same with glaze's own timestamp routines (glaze_chrono_opts).
template <class T>
bool write_with_glaze_chrono(const T& value, std::string& out) {
    return !glz::write<glaze_chrono_opts{}>(value, out);
}

}  // namespace awsjobs_bench::glaze_mapping

#endif

// The round-trip properties every model type must have, checked on random values.
//
// For each random value v of each shape of a registry:
//   - write(v) succeeds, and reading it back gives a value equal to v (open_enum
//     compares unknown values by their text, unknown_alternative by key and raw JSON,
//     so unknown values must survive byte for byte);
//   - writing what was read gives the same bytes again, and so do writing to a stream
//     and appending to a string;
//   - the pretty form reads back to v as well.
// Zero-copy views must read what the owning model wrote to the same value, and write it
// back byte for byte.
//
// AWSJOBS_PROPERTY_SEED=n replays a run (every failure prints its seed);
// AWSJOBS_PROPERTY_ITERATIONS=n sets how many values of each shape are tried.
#ifndef AWSJOBS_TESTS_PROPERTY_ROUND_TRIP_HPP
#define AWSJOBS_TESTS_PROPERTY_ROUND_TRIP_HPP

#include "generator.hpp"

#include <awsjobs/json.hpp>
#include <doctest/doctest.h>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstdint>
#include <cstdlib>
#include <random>
#include <sstream>
#include <string>
#include <string_view>

namespace property {

/// Values of each shape per run unless AWSJOBS_PROPERTY_ITERATIONS says otherwise.
inline constexpr std::size_t default_iterations = 500;

struct settings {
    std::uint64_t seed;
    std::size_t iterations;
};

/// Fresh seed each run unless AWSJOBS_PROPERTY_SEED says otherwise: CI explores new
/// values every time, and a failure prints what it needs to be replayed.
inline settings from_environment(std::size_t default_iterations) {
    settings s{std::random_device{}() * std::uint64_t(0x100000000) + std::random_device{}(), default_iterations};
    if (const char* seed = std::getenv("AWSJOBS_PROPERTY_SEED"); seed && *seed) s.seed = std::strtoull(seed, nullptr, 10);
    if (const char* n = std::getenv("AWSJOBS_PROPERTY_ITERATIONS"); n && *n) s.iterations = std::strtoull(n, nullptr, 10);
    return s;
}

inline std::string replay(const settings& s) {
    return "seed " + std::to_string(s.seed) + " (replay with AWSJOBS_PROPERTY_SEED=" + std::to_string(s.seed) + ")";
}

/// The start of a long JSON text, enough to see what went wrong.
inline std::string excerpt(std::string_view text) {
    constexpr std::size_t limit = 4000;
    return text.size() <= limit ? std::string(text) : std::string(text.substr(0, limit)) + "... (" + std::to_string(text.size()) + " bytes)";
}

/// Why `value` does not survive write -> read -> write, or "" when it does.
template <class T>
std::string round_trip_problem(const T& value) {
    const auto first = json::write(value);
    if (!first) return "write failed: " + first.error().describe();
    const auto read = json::parse<T>(std::string_view(*first));
    if (!read) return "reading back failed: " + read.error().describe() + "\nJSON: " + excerpt(*first);
    if (!(*read == value)) return "read back a different value\nJSON: " + excerpt(*first);
    const auto second = json::write(*read);
    if (!second) return "writing what was read failed: " + second.error().describe();
    if (*second != *first) return "the second write differs\nfirst:  " + excerpt(*first) + "\nsecond: " + excerpt(*second);
    std::string appended = "[0,";  // writing appends to what the string holds
    if (const auto ok = json::write(value, appended); !ok || appended != "[0," + *first)
        return "appending to a string gives other bytes: " + excerpt(appended);
    std::ostringstream stream;
    if (const auto streamed = json::write(value, stream); !streamed) return "writing to a stream failed: " + streamed.error().describe();
    if (stream.str() != *first) return "writing to a stream gives other bytes\nstring: " + excerpt(*first) + "\nstream: " + excerpt(stream.str());
    const auto pretty = json::write(value, {.pretty = true, .indent = 2});
    if (!pretty) return "pretty write failed: " + pretty.error().describe();
    const auto pretty_read = json::parse<T>(std::string_view(*pretty));
    if (!pretty_read || !(*pretty_read == value)) return "the pretty form does not read back\nJSON: " + excerpt(*pretty);
    return {};
}

/// Checks the round trip on `iterations` random values of every shape of a
/// registry (a boost::mp11::mp_list of awsjobs::shape). Returns the generator, whose
/// counters tell what was exercised.
template <class Shapes>
generator check_registry(const settings& s) {
    generator gen(s.seed);
    for (std::size_t i = 0; i != s.iterations; ++i) {
        boost::mp11::mp_for_each<Shapes>([&](auto shape) {
            using T = typename decltype(shape)::type;
            const std::string problem = round_trip_problem(gen.make<T>());
            if (!problem.empty())
                FAIL("shape " << decltype(shape)::name << ", value " << i << ", " << replay(s) << ": " << problem);
        });
    }
    return gen;
}

template <class T>
struct is_string : std::bool_constant<std::is_same_v<T, std::string> || std::is_same_v<T, std::string_view>> {};

/// Whether an owning value and a view hold the same thing, member by member.
template <class A, class B>
bool same_value(const A& a, const B& b) {
    if constexpr (is_string<A>::value && is_string<B>::value) {
        return std::string_view(a) == std::string_view(b);
    } else if constexpr (is_optional<A>::value) {
        return a.has_value() == b.has_value() && (!a || same_value(*a, *b));
    } else if constexpr (is_vector<A>::value) {
        if (a.size() != b.size()) return false;
        for (std::size_t i = 0; i != a.size(); ++i)
            if (!same_value(a[i], b[i])) return false;
        return true;
    } else if constexpr (awsjobs::is_map<A>::value) {
        if (a.size() != b.size()) return false;
        auto other = b.begin();
        for (const auto& [key, value] : a) {  // in the same order
            if (!same_value(key, other->first) || !same_value(value, other->second)) return false;
            ++other;
        }
        return true;
    } else if constexpr (awsjobs::is_open_enum<A>::value) {
        return a.is_known() == b.is_known() && a.wire_name() == b.wire_name();
    } else if constexpr (awsjobs::is_one_of<A>::value) {
        if (a.index() != b.index()) return false;
        return boost::mp11::mp_with_index<std::variant_size_v<typename A::variant_type>>(a.index(), [&](auto I) {
            return same_value(*std::get_if<I>(&a.as_variant()), *std::get_if<I>(&b.as_variant()));
        });
    } else if constexpr (described_struct<A>) {
        using members_a = boost::describe::describe_members<A, boost::describe::mod_public>;
        using members_b = boost::describe::describe_members<B, boost::describe::mod_public>;
        static_assert(boost::mp11::mp_size<members_a>::value == boost::mp11::mp_size<members_b>::value);
        bool same = true;
        boost::mp11::mp_for_each<boost::mp11::mp_iota<boost::mp11::mp_size<members_a>>>([&](auto I) {
            same = same && same_value(a.*boost::mp11::mp_at<members_a, decltype(I)>::pointer,
                                      b.*boost::mp11::mp_at<members_b, decltype(I)>::pointer);
        });
        return same;
    } else {
        return a == b;
    }
}

/// Random owning values, written, then read in place into the zero-copy View: the
/// view must hold the same value and write the same bytes.
template <class Owning, class View>
void check_view(const settings& s, std::string_view name) {
    generator gen(s.seed);
    for (std::size_t i = 0; i != s.iterations; ++i) {
        const Owning value = gen.make<Owning>();
        const std::string first = json::write(value).value();
        std::string buffer = first;
        const auto view = json::parse_in_place<View>(buffer);
        if (!view) FAIL(name << ", value " << i << ", " << replay(s) << ": " << view.error().describe() << "\nJSON: " << excerpt(first));
        if (!same_value(value, *view)) FAIL(name << ", value " << i << ", " << replay(s) << ": the view differs\nJSON: " << excerpt(first));
        const auto again = json::write(*view);
        if (!again || *again != first)
            FAIL(name << ", value " << i << ", " << replay(s) << ": the view writes different bytes\nJSON: " << excerpt(first));
        if (!(awsjobs::convert<Owning>(*view) == value))
            FAIL(name << ", value " << i << ", " << replay(s) << ": the view converted to the owning type differs\nJSON: "
                      << excerpt(first));
        const auto as_view = json::write(awsjobs::convert<View>(value));
        if (!as_view || *as_view != first)
            FAIL(name << ", value " << i << ", " << replay(s) << ": the value converted to a view writes different bytes\nJSON: "
                      << excerpt(first));
    }
}

}  // namespace property

#endif

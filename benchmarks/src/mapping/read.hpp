// Filling the model structs from a parsed JSON value, driven by the hand-written
// member tables. `Dom` adapts one library:
//
//   using value = ...;                                   // how a JSON value is passed
//   static bool string(value, std::string_view&);        // false unless a string
//   static bool number(value, double&);                  // false unless a number
//   static bool integer(value, std::int64_t&);           // false unless an integer
//   static bool is_null(value);
//   static bool elements(value, F each);                 // each(value) for an array's elements
//   static bool members(value, F each);                  // each(key, value) for an object's members
//   optional: static std::size_t array_size(value);      // to reserve a vector up front
//
// Every function returns false when the JSON does not fit the model. Members
// the table does not list are skipped; each object is walked once, its keys
// dispatched through the table.
#ifndef AWSJOBS_BENCH_MAPPING_READ_HPP
#define AWSJOBS_BENCH_MAPPING_READ_HPP

#include "fields.hpp"
#include "values.hpp"

#include <boost/mp11/algorithm.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace awsjobs_bench::mapping {

template <class Dom>
struct reader {
    using value = typename Dom::value;

    static bool read(value v, std::string& out) {
        std::string_view s;
        if (!Dom::string(v, s)) return false;
        out.assign(s.data(), s.size());
        return true;
    }

    static bool read(value v, double& out) { return Dom::number(v, out); }

    static bool read(value v, std::int32_t& out) {
        std::int64_t i;
        if (!Dom::integer(v, i) || i < std::numeric_limits<std::int32_t>::min() ||
            i > std::numeric_limits<std::int32_t>::max())
            return false;
        out = static_cast<std::int32_t>(i);
        return true;
    }

    template <class E>
    static bool read(value v, awsjobs::open_enum<E, std::string>& out) {
        std::string_view s;
        if (!Dom::string(v, s)) return false;
        out = awsjobs::open_enum<E, std::string>::from_wire(s);
        return true;
    }

    static bool read(value v, awsjobs::iso8601_timestamp& out) {
        std::string_view s;
        return Dom::string(v, s) && timestamp_from_text(s, out);
    }

    static bool read(value v, awsjobs::epoch_timestamp& out) {
        double seconds;
        return Dom::number(v, seconds) && timestamp_from_seconds(seconds, out);
    }

    template <class T>
    static bool read(value v, std::vector<T>& out) {
        out.clear();
        if constexpr (requires { Dom::array_size(v); }) out.reserve(Dom::array_size(v));
        return Dom::elements(v, [&](value element) { return read(element, out.emplace_back()); });
    }

    template <class T>
        requires has_fields<T>
    static bool read(value v, T& out) {
        return Dom::members(v, [&](std::string_view key, value member) {
            bool ok = true;
            with_field<T>(key, [&](const auto& f) { ok = read_member(member, out.*f.member); });
            return ok;
        });
    }

    /// `{"Key": {...}}`: exactly one key, which names the alternative. Keys the
    /// model does not know are an error here (awsjobs keeps them as raw JSON; the
    /// corpus has none).
    template <class U>
        requires awsjobs::is_one_of<U>::value
    static bool read(value v, U& out) {
        bool seen = false;
        out = awsjobs::no_alternative{};
        return Dom::members(v, [&](std::string_view key, value member) {
            const std::size_t i = alternative_index<U>(key);
            if (seen || i == U::keys.size()) return false;
            seen = true;
            return boost::mp11::mp_with_index<U::keys.size()>(
                i, [&](auto I) { return read(member, out.template emplace<I + 1>()); });
        });
    }

    template <class M>
    static bool read_member(value v, M& member) {
        if constexpr (is_optional_like<M>::value) {
            if (Dom::is_null(v)) {
                member.reset();
                return true;
            }
            return read(v, member.emplace());
        } else {
            return read(v, member);
        }
    }
};

}  // namespace awsjobs_bench::mapping

#endif

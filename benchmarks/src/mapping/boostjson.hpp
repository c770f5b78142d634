// Boost.JSON conversions for the awsjobs models: value_to / value_from through
// Boost.Describe, plus tag_invoke overloads for awsjobs' own member types.
//
// Boost 1.81's built-in conversion of described classes cannot read these
// models: it requires every member to be present (an object of exactly N keys)
// and knows neither std::optional nor awsjobs::required. So the described-struct
// conversion below does what the built-in one does (walk the described members,
// value_to each) and treats optional-like members as later Boost.JSON releases
// treat std::optional: absent or null leaves them empty, and empty ones are not
// written. Like value_to, it throws when the JSON does not fit.
#ifndef AWSJOBS_BENCH_MAPPING_BOOSTJSON_HPP
#define AWSJOBS_BENCH_MAPPING_BOOSTJSON_HPP

#include "values.hpp"

#include <awsjobs/dataexchange/shapes.hpp>
#include <awsjobs/importexport/shapes.hpp>
#include <awsjobs/sesv2/shapes.hpp>

#include <boost/describe/members.hpp>
#include <boost/json.hpp>
#include <boost/mp11/algorithm.hpp>

#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

namespace awsjobs_bench::boostjson {

namespace bj = boost::json;
using mapping::is_optional_like;

template <class T>
concept described_struct = boost::describe::has_describe_members<T>::value && !awsjobs::is_one_of<T>::value;

template <class T>
using members_of = boost::describe::describe_members<T, boost::describe::mod_public>;

inline std::string_view view(const bj::string& s) { return {s.data(), s.size()}; }

// ---- value_to ----

template <described_struct T>
T tag_invoke(bj::value_to_tag<T>, const bj::value& v) {
    const bj::object& object = v.as_object();
    T out{};
    boost::mp11::mp_for_each<members_of<T>>([&](auto D) {
        auto& member = out.*D.pointer;
        using M = std::remove_cvref_t<decltype(member)>;
        const auto found = object.find(D.name);
        if constexpr (is_optional_like<M>::value) {
            if (found == object.end() || found->value().is_null()) return;
            member.emplace(bj::value_to<typename M::value_type>(found->value()));
        } else {
            if (found == object.end()) throw std::invalid_argument("missing member");
            member = bj::value_to<M>(found->value());
        }
    });
    return out;
}

template <class E>
awsjobs::open_enum<E, std::string> tag_invoke(bj::value_to_tag<awsjobs::open_enum<E, std::string>>, const bj::value& v) {
    return awsjobs::open_enum<E, std::string>::from_wire(view(v.as_string()));
}

template <awsjobs::timestamp_format F>
awsjobs::timestamp<F> tag_invoke(bj::value_to_tag<awsjobs::timestamp<F>>, const bj::value& v) {
    awsjobs::timestamp<F> out;
    const bool ok = v.is_string() ? mapping::timestamp_from_text(view(v.get_string()), out)
                                  : mapping::timestamp_from_seconds(v.to_number<double>(), out);
    if (!ok) throw std::invalid_argument("not a timestamp");
    return out;
}

/// `{"Key": {...}}`: exactly one key, which names the alternative.
template <class U>
    requires awsjobs::is_one_of<U>::value
U tag_invoke(bj::value_to_tag<U>, const bj::value& v) {
    const bj::object& object = v.as_object();
    U out = awsjobs::no_alternative{};
    if (object.empty()) return out;
    const std::size_t i = mapping::alternative_index<U>(view(object.begin()->key()));
    if (object.size() != 1 || i == U::keys.size())
        throw std::invalid_argument("not a one-of object");
    boost::mp11::mp_with_index<U::keys.size()>(i, [&](auto I) {
        using A = std::variant_alternative_t<I + 1, typename U::variant_type>;
        out.template emplace<I + 1>(bj::value_to<A>(object.begin()->value()));
    });
    return out;
}

// ---- value_from ----

template <described_struct T>
void tag_invoke(bj::value_from_tag, bj::value& v, const T& in) {
    bj::object& object = v.emplace_object();
    boost::mp11::mp_for_each<members_of<T>>([&](auto D) {
        const auto& member = in.*D.pointer;
        if constexpr (is_optional_like<std::remove_cvref_t<decltype(member)>>::value) {
            if (member) object.emplace(D.name, bj::value_from(*member, object.storage()));
        } else {
            object.emplace(D.name, bj::value_from(member, object.storage()));
        }
    });
}

template <class E>
void tag_invoke(bj::value_from_tag, bj::value& v, const awsjobs::open_enum<E, std::string>& e) {
    const std::string_view name = e.wire_name();
    v.emplace_string().assign(name.data(), name.size());
}

inline void tag_invoke(bj::value_from_tag, bj::value& v, const awsjobs::iso8601_timestamp& t) {
    char buffer[awsjobs::detail::iso8601_max_size];
    const char* end = awsjobs::detail::format_iso8601(buffer, mapping::instant_of(t));
    v.emplace_string().assign(buffer, static_cast<std::size_t>(end - buffer));
}

inline void tag_invoke(bj::value_from_tag, bj::value& v, const awsjobs::epoch_timestamp& t) {
    v = mapping::timestamp_to_seconds(t);
}

template <class U>
    requires awsjobs::is_one_of<U>::value
void tag_invoke(bj::value_from_tag, bj::value& v, const U& in) {
    bj::object& object = v.emplace_object();
    const std::size_t index = in.index();
    if (index == U::keys.size() + 1) {  // a key the model does not know, kept as raw JSON
        const auto& unknown = *std::get_if<awsjobs::unknown_alternative>(&in.as_variant());
        object.emplace(unknown.key, bj::parse(unknown.json, object.storage()));
    } else if (index != 0) {
        boost::mp11::mp_with_index<U::keys.size() + 1>(index, [&](auto I) {
            if constexpr (I != 0) object.emplace(U::keys[I - 1], bj::value_from(*std::get_if<I>(&in.as_variant()), object.storage()));
        });
    }
}

}  // namespace awsjobs_bench::boostjson

// Boost.JSON finds tag_invoke by argument-dependent lookup: make the overloads
// visible in the namespaces of the types they convert.
namespace awsjobs {
using awsjobs_bench::boostjson::tag_invoke;
}
namespace awsjobs::dataexchange {
using awsjobs_bench::boostjson::tag_invoke;
}
namespace awsjobs::sesv2 {
using awsjobs_bench::boostjson::tag_invoke;
}
namespace awsjobs::importexport {
using awsjobs_bench::boostjson::tag_invoke;
}

namespace awsjobs_bench::boostjson {

/// Parses `text` into `out` with Boost.JSON's parse and value_to; false on any error.
/// The DOM lives in a monotonic resource (a stack buffer first), as Boost.JSON's
/// documentation recommends for parse-then-discard.
template <class T>
bool parse(std::string_view text, T& out) {
    alignas(std::max_align_t) unsigned char buffer[16384];
    bj::monotonic_resource resource(buffer, sizeof buffer);
    bj::error_code ec;
    const bj::value dom = bj::parse(bj::string_view(text.data(), text.size()), ec, &resource);
    if (ec) return false;
    try {
        out = bj::value_to<T>(dom);
    } catch (const std::exception&) {
        return false;
    }
    return true;
}

/// value_from into a monotonic resource, then serialize.
template <class T>
std::string write(const T& value) {
    alignas(std::max_align_t) unsigned char buffer[16384];
    bj::monotonic_resource resource(buffer, sizeof buffer);
    return bj::serialize(bj::value_from(value, &resource));
}

}  // namespace awsjobs_bench::boostjson

#endif
